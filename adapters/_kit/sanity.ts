import { SourceInsaneError } from './errors.ts';
import { isoDayOf } from './dates.ts';

/**
 * A text starting with a real day of the years records carry (dates.ts): isPlausibleDate('2025-05-22') === true;
 * isPlausibleDate('2204-01-01') === false (ECRI's typo); isPlausibleDate('0001-01-01') === false; isPlausibleDate('2024-11-31') === false.
 */
export function isPlausibleDate(date: string | null | undefined): date is string {
  return isoDayOf(date) !== null;
}

/**
 * Sanity check on parsed rows (juriscraper's _check_sanity): a page where no row has an id means
 * the layout changed under the parser, so throw rather than serve nothing as if it were data.
 */
export function checkRows<T extends { id: string }>(source: string, rows: T[]): T[] {
  if (rows.length > 0 && rows.every((r) => !r.id))
    throw new SourceInsaneError(`${source}: no row has an id; has the page layout changed?`, source);
  return rows;
}

/**
 * Rows returned once: a row whose id an earlier row already has is merged into it (the first keeps its fields, the
 * later one fills those it lacks), so a feed that repeats an item (ESC's 'cc-30-2005-Assessment4-en') gives one
 * record. Rows without an id are kept as they are.
 */
export function uniqueById<T extends { id: string }>(rows: readonly T[]): T[] {
  const at = new Map<string, number>();
  const out: T[] = [];
  for (const row of rows) {
    const i = row.id ? at.get(row.id) : undefined;
    if (i === undefined) {
      if (row.id) at.set(row.id, out.length);
      out.push(row);
      continue;
    }
    const merged = { ...out[i] };
    for (const [key, value] of Object.entries(row) as [keyof T, T[keyof T]][])
      if ((merged[key] === null || merged[key] === '') && value !== null && value !== '') merged[key] = value;
    out[i] = merged;
  }
  return out;
}
