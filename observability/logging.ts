import pino, { type Logger } from 'pino';

/**
 * LOG_LEVEL: trace, debug, info (default), warn, error, or false for nothing. The first five are the words Hive
 * Gateway's logger takes too (it refuses pino's "silent" and "fatal", and, despite its message, "false"), so one
 * variable sets both gateways; the test run sets error.
 */
const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'false'];

function levelOf(value: string | undefined): string {
  if (value === undefined || value === '') return 'info';
  if (!LEVELS.includes(value)) throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, not ${JSON.stringify(value.slice(0, 20))}`);
  return value === 'false' ? 'silent' : value;
}

/**
 * One JSON logger for the process (pino), level from LOG_LEVEL.
 * At info a request is one line: its id, service, operation name, status, duration and per-source outcomes.
 * Never logged at info: query text, variables, tokens or other headers.
 */
let target: { write(line: string): unknown } = process.stdout;

export const logger: Logger = pino(
  {
    level: levelOf(process.env.LOG_LEVEL),
    base: { app: 'rights-hub' },
    timestamp: pino.stdTimeFunctions.isoTime,
  },
  { write: (line: string) => target.write(line) },
);

/** Sends the log lines elsewhere (a test reads them); returns the previous destination so it can be put back. */
export function logTo(destination: { write(line: string): unknown }): { write(line: string): unknown } {
  const previous = target;
  target = destination;
  return previous;
}
