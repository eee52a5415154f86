import type { AccessLevel } from '../../schema/access-level.ts';
import type { HubRecord, ListKind } from '../../schema/types.ts';
import { ACCESS_POLICY, type AccessRule } from './access-policy.ts';
import type { AdapterPage } from '../../adapters/_kit/types.ts';
import { ANONYMOUS, mayRead, strictest, whoMaySee, type Caller } from '../../access/caller.ts';
import type { ContractSource, RequestAccess } from './contract-source.ts';

/**
 * The owner's access rules applied to what one source returns for one caller, in the system slice, before anything
 * is counted, filtered, merged or paged: a record above the caller's level is dropped; a field above it is null and
 * the status says which and why. A record's level is the strictest of its own `access` (a mechanism's database sets
 * it) and the policy's rules for its source (subgraphs/_shared/access-policy.ts); without either it is PUBLIC.
 */
export interface AccessGuard {
  /** Whether records of this source can be above some caller's level, so that it must be read from its start and filtered before paging. */
  filtersRecords: boolean;
  /** The rows the caller may see, each with its fields above the caller nulled and its `access` level set. */
  visible<T extends HubRecord>(rows: readonly T[]): T[];
  /** What was withheld from the records it returned (never how many records were). */
  warnings(): string[];
}

const ownersOf = (r: HubRecord): string[] => ('mechanisms' in r ? r.mechanisms.map((m) => m.id) : [r.mechanism.id]);

function applies(rule: AccessRule, record: HubRecord): boolean {
  return Object.entries(rule.where ?? {}).every(([field, values]) =>
    values.includes((record as unknown as Record<string, string | null>)[field] ?? null),
  );
}

export function accessGuard(
  source: ContractSource,
  kind: ListKind,
  access: RequestAccess | undefined,
  policy: readonly AccessRule[] = ACCESS_POLICY,
): AccessGuard {
  const caller: Caller = access?.caller ?? ANONYMOUS;
  const rules = policy.filter((r) => r.source === source.name && r.kind === kind);
  const withheld = new Map<string, string>();

  function view<T extends HubRecord>(record: T): T | null {
    const matching = rules.filter((r) => applies(r, record));
    const owners = ownersOf(record);
    const level = strictest(record.access, ...matching.map((r) => r.level));
    if (!mayRead(caller, level, owners)) return null;
    const fields = new Map<string, AccessLevel>();
    for (const rule of matching)
      for (const [field, l] of Object.entries(rule.fields ?? {})) fields.set(field, strictest(fields.get(field), l));
    const seen: Record<string, unknown> = { ...record, access: level };
    let restricted = level !== 'PUBLIC';
    for (const [field, l] of fields) {
      if (!(field in seen)) continue;
      if (mayRead(caller, l, owners)) restricted ||= l !== 'PUBLIC' && seen[field] !== null;
      else {
        seen[field] = null;
        if (!withheld.has(field)) withheld.set(field, whoMaySee(l, owners));
      }
    }
    if (restricted) access?.shown.add(record.id);
    return seen as T;
  }

  return {
    filtersRecords: source.recordsCarryAccess === true || rules.some((r) => r.level !== undefined && r.level !== 'PUBLIC'),
    visible: (rows) => rows.map(view).filter((r): r is NonNullable<typeof r> => r !== null),
    warnings: () =>
      [...withheld].map(([field, who]) => `${source.name}: ${field} is null where withheld (${who}, by its owner's access policy)`),
  };
}

type Window = { offset: number; limit: number };

/**
 * A source's reader behind the guard. Where records can be withheld, the source is read from its start (at least
 * `scanLimit` records) and filtered before the window is cut, so offsets, counts and totals are those of what the
 * caller may see (the total is unknown when the source holds more than was read). Elsewhere the window is read as
 * asked and the guard still drops any record above the caller (its total is then unknown, so it reveals nothing).
 */
export function guardedReader<T extends HubRecord>(read: (w: Window) => Promise<AdapterPage<T>>, guard: AccessGuard, scanLimit: number) {
  return async (w: Window): Promise<AdapterPage<T>> => {
    if (!guard.filtersRecords) {
      const page = await read(w);
      const rows = guard.visible(page.rows);
      return { ...page, rows, total: rows.length === page.rows.length ? page.total : null };
    }
    const page = await read({ offset: 0, limit: Math.max(scanLimit, w.offset + w.limit) });
    const rows = guard.visible(page.rows);
    const whole = page.total !== null && page.rows.length >= page.total;
    return { ...page, rows: rows.slice(w.offset, w.offset + w.limit), total: whole ? rows.length : null };
  };
}
