import { newestFirst } from './order.ts';

/** The date a record sorts by, per list: issuedOn, startDate (else publishedOn), date (decisions, communications, reviews). Sources sort by the same. */
export function sortDateOf(record: object): string | null {
  const r = record as { issuedOn?: string | null; startDate?: string | null; publishedOn?: string | null; date?: string | null };
  if ('issuedOn' in r) return r.issuedOn ?? null;
  if ('startDate' in r) return r.startDate ?? r.publishedOn ?? null;
  return r.date ?? null;
}

/**
 * The one order every source and the hub agree on (schema/order.ts) applied to contract records by their
 * sort date, so that offsets mean the same thing in a source and in the merge.
 */
export function compareNewestFirst(a: { id: string }, b: { id: string }): number {
  return newestFirst({ date: sortDateOf(a), id: a.id }, { date: sortDateOf(b), id: b.id });
}

/**
 * K-way merge of lists each already in compareNewestFirst order; returns the first `limit` records and
 * how many were taken from each list. mergeNewestFirst([[a2024], [b2025]], 1) → { items: [b2025], taken: [0, 1] }
 */
export function mergeNewestFirst<T extends { id: string }>(lists: T[][], limit: number): { items: T[]; taken: number[] } {
  const taken = lists.map(() => 0);
  const items: T[] = [];
  while (items.length < limit) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const candidate = lists[i][taken[i]];
      if (candidate && (best < 0 || compareNewestFirst(candidate, lists[best][taken[best]]) < 0)) best = i;
    }
    if (best < 0) break;
    items.push(lists[best][taken[best]]);
    taken[best]++;
  }
  return { items, taken };
}
