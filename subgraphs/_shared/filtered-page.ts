import { inDateRange, pageNewestFirst, type Ordered } from '../../schema/order.ts';
import { uniqueById } from '../../adapters/_kit/sanity.ts';
import type { CountryRef, MechanismRef } from '../../schema/types.ts';
import type { ContractQuery } from './contract-source.ts';

/** How a reader sees one of its rows for filtering and ordering. */
export interface RowKeys<T> {
  countries: (row: T) => readonly CountryRef[];
  /** Absent for a source of one mechanism (the hub does not ask it for others). */
  mechanisms?: (row: T) => readonly MechanismRef[];
  order: (row: T) => Ordered;
}

/**
 * For sources the hub reads whole (HTML lists, RSS feeds): the rows passing the query's country, mechanism and date filters
 * (undated rows as `undated` says: the hub always sets it, INCLUDE by default), newest first, [offset, offset + limit), with the
 * count for the filter; a row repeating an earlier row's id is merged into it.
 * filteredPage(visits, { ...q, countries: ['MEX'] }, keys) → { rows: [the 2011 right-to-food visit], total: 1 }
 */
export function filteredPage<T extends { id: string }>(
  rows: readonly T[],
  q: ContractQuery,
  keys: RowKeys<T>,
): { rows: T[]; total: number } {
  const kept = uniqueById(rows).filter(
    (r) =>
      (q.countries.length === 0 || keys.countries(r).some((c) => c.code !== null && q.countries.includes(c.code))) &&
      (q.mechanisms.length === 0 || !keys.mechanisms || keys.mechanisms(r).some((m) => q.mechanisms.includes(m.id))) &&
      inDateRange(keys.order(r).date, q.from, q.to, q.undated),
  );
  return pageNewestFirst(kept, keys.order, q.offset, q.limit);
}
