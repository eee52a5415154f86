import { SourceInsaneError } from './errors.ts';

/** Earliest and latest years a mechanism record can carry (the ECtHR's first judgment was 1960). */
const FIRST_YEAR = 1945;
const LAST_YEAR = new Date().getUTCFullYear() + 5;

/** isPlausibleDate('2025-05-22') === true; isPlausibleDate('2204-01-01') === false (ECRI's typo); isPlausibleDate('0001-01-01') === false. */
export function isPlausibleDate(date: string | null | undefined): date is string {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return false;
  const year = Number(date.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR && !Number.isNaN(Date.parse(date.slice(0, 10)));
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
