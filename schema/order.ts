import type { UndatedRecords } from './types.ts';

/** What the hub orders records by: a YYYY-MM-DD date (or null) and a stable id. */
export interface Ordered {
  date: string | null;
  id: string;
}

/**
 * The hub's one order for merging and paging: date descending, then id ascending, null dates last.
 * [{date:'2024-07-08',id:'b'},{date:null,id:'a'},{date:'2025-03-19',id:'c'}] sorts to c, b, a.
 */
export function newestFirst(a: Ordered, b: Ordered): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Rows [offset, offset + limit) of `rows` in newest-first order, and how many there were. */
export function pageNewestFirst<T>(
  rows: readonly T[],
  key: (row: T) => Ordered,
  offset: number,
  limit: number,
): { rows: T[]; total: number } {
  const sorted = [...rows].sort((a, b) => newestFirst(key(a), key(b)));
  return { rows: sorted.slice(offset, offset + limit), total: sorted.length };
}

/**
 * inDateRange('2024-07-08', '2024-01-01', null) === true. A null date passes when both bounds are open, or with
 * `undated` INCLUDE (the hub's default: kept, sorted last); ONLY keeps nothing but null dates, with or without bounds.
 * inDateRange(null, '2020-01-01', null) === false; inDateRange(null, '2020-01-01', null, 'INCLUDE') === true.
 */
export function inDateRange(date: string | null, from: string | null, to: string | null, undated: UndatedRecords = 'EXCLUDE'): boolean {
  if (date === null) return undated !== 'EXCLUDE' || (!from && !to);
  return undated !== 'ONLY' && (!from || date >= from) && (!to || date <= to);
}
