import { logger } from '../observability/logging.ts';
import { currentRequest } from '../observability/request.ts';
import type { Caller } from './caller.ts';

/** Written whatever LOG_LEVEL says: turning the logs down does not turn off the record of who saw what. */
const audit = logger.child({}, { level: 'info' });

/**
 * The audit line: one structured log line for each answer that included restricted data (a record or a field above
 * PUBLIC): the caller's mechanism, role and API key id (never the token or key), the ids of the records, and when.
 * Nothing else about callers is kept.
 */
export function auditRestrictedAnswer(service: string, caller: Caller, recordIds: Iterable<string>, at: Date = new Date()): void {
  const records = [...recordIds];
  if (records.length === 0) return;
  audit.info(
    {
      audit: 'restricted-data',
      service,
      reqId: currentRequest()?.id,
      caller: { mechanism: caller.mechanism, role: caller.role, keyId: caller.keyId },
      records,
      at: at.toISOString(),
    },
    'restricted data answered',
  );
}
