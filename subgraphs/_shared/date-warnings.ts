import type { AdapterPage } from '../../adapters/_kit/types.ts';

/** The day fields of the contract's records that have a `sourceDate` beside them. */
const DAY_FIELDS = ['date', 'issuedOn'] as const;

/**
 * A page with a warning added when some of its records carry a date the source wrote but the hub could not use (an
 * impossible or implausible day: 'Sat, 31 Nov 2024', ECRI's 2204), so the null date is said, not silent:
 * 'hudoc-ecri: 1 record dated with no real day (e.g. "Sat, 31 Nov 2024"): its date left empty, the wording kept in sourceDate'.
 */
export function withDateWarnings<T>(source: string, page: AdapterPage<T>): AdapterPage<T> {
  const unusable = page.rows.flatMap((row) => {
    const r = row as Record<string, unknown>;
    const undated = typeof r.sourceDate === 'string' && DAY_FIELDS.some((f) => f in r) && DAY_FIELDS.every((f) => r[f] == null);
    return undated ? [r.sourceDate as string] : [];
  });
  if (unusable.length === 0) return page;
  const warning = `${source}: ${unusable.length} record(s) dated with no real day (e.g. ${JSON.stringify(unusable[0].slice(0, 60))}): its date left empty, the wording kept in sourceDate`;
  return { ...page, warnings: [...page.warnings, warning] };
}
