import type { SourceStatus, System } from './types.ts';

/** A status that gave nothing, with `fields` on top: statusOf('UN', 'uhri', { ok: false, code: 'RH_SOURCE_HTTP' }) */
export function statusOf(system: System, source: string, fields: Partial<SourceStatus>): SourceStatus {
  return {
    system,
    source,
    ok: true,
    code: null,
    message: null,
    count: 0,
    total: null,
    fromCache: false,
    stale: false,
    latencyMs: null,
    warnings: [],
    ...fields,
  };
}
