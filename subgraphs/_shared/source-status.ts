import type { SourceStatus, System } from '../../schema/types.ts';
import type { AdapterPage } from '../../adapters/_kit/types.ts';
import type { SourceError } from '../../adapters/_kit/errors.ts';
import { statusOf } from '../../schema/status.ts';

export { statusOf };

/** The status of a source that answered: counts, cache use, and why it is stale if it is. */
export function okStatus(system: System, source: string, page: AdapterPage<unknown>, latencyMs: number): SourceStatus {
  const staleBecause = page.fetched.find((f) => f.stale)?.staleBecause;
  return {
    system,
    source,
    ok: true,
    code: staleBecause?.code ?? null,
    message: staleBecause ? `served from cache because the source failed: ${staleBecause.message}` : null,
    count: page.rows.length,
    total: page.total,
    fromCache: page.fetched.length > 0 && page.fetched.every((f) => f.fromCache),
    stale: staleBecause !== undefined,
    latencyMs,
    warnings: page.warnings,
  };
}

/** The status of a source that failed: its stable code and message, nothing else. */
export function failedStatus(system: System, source: string, err: SourceError, latencyMs: number | null): SourceStatus {
  return statusOf(system, source, { ok: false, code: err.code, message: err.message, latencyMs });
}

/** A source that was not asked, because it cannot honour the filter; said so rather than silently empty. */
export function skippedStatus(system: System, source: string, why: string): SourceStatus {
  return statusOf(system, source, { total: 0, warnings: [why] });
}
