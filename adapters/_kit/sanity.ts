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
