import pino, { type Logger } from 'pino';

/**
 * One JSON logger for the process (pino), level from LOG_LEVEL (default info; the test run sets silent).
 * At info a request is one line: its id, service, operation name, status, duration and per-source outcomes.
 * Never logged at info: query text, variables, tokens or other headers.
 */
let target: { write(line: string): unknown } = process.stdout;

export const logger: Logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { app: 'rights-hub' },
  timestamp: pino.stdTimeFunctions.isoTime,
}, { write: (line: string) => target.write(line) });

/** Sends the log lines elsewhere (a test reads them); returns the previous destination so it can be put back. */
export function logTo(destination: { write(line: string): unknown }): { write(line: string): unknown } {
  const previous = target;
  target = destination;
  return previous;
}
