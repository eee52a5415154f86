import { nextDay } from './fetch.ts';

/** A closed range of days, YYYY-MM-DD, both ends included. */
export interface DayRange {
  from: string;
  to: string;
}

/** One query HUDOC can page through whole: a date range (ends may stay open) and how many hits it has. */
export interface HudocWindow {
  from: string | null;
  to: string | null;
  count: number;
}

/** One request to make: rows [start, start + length) of a window. */
export interface WindowSlice {
  window: HudocWindow;
  start: number;
  length: number;
}

const DAY_MS = 86_400_000;

/**
 * Halves a range at its middle day, newer half first; null for a single day.
 * splitRange({ from: '2024-01-01', to: '2024-01-10' }) → [{ from: '2024-01-06', to: '2024-01-10' }, { from: '2024-01-01', to: '2024-01-05' }]
 */
export function splitRange(range: DayRange): [DayRange, DayRange] | null {
  const days = (Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / DAY_MS;
  if (days < 1) return null;
  const mid = new Date(Date.parse(`${range.from}T00:00:00Z`) + Math.floor((days - 1) / 2) * DAY_MS).toISOString().slice(0, 10);
  return [
    { from: nextDay(mid), to: range.to },
    { from: range.from, to: mid },
  ];
}

/**
 * Bisects `range` (which has `count` hits) until every window has at most `maxHits`, asking `countOf` for each
 * half; windows come back newest first, so reading them in order keeps the date-descending order. A single day
 * above the cap cannot be split: its window is cut to `maxHits` and a warning says how many hits are out of reach.
 */
export async function planWindows(
  range: DayRange,
  count: number,
  maxHits: number,
  countOf: (r: DayRange) => Promise<number>,
  warnings: string[],
): Promise<HudocWindow[]> {
  if (count <= maxHits) return [{ ...range, count }];
  const halves = splitRange(range);
  if (!halves) {
    warnings.push(
      `HUDOC holds ${count} hits dated ${range.from}, more than the ${maxHits} one query can reach; ${count - maxHits} of them are left out`,
    );
    return [{ ...range, count: maxHits }];
  }
  const counts = await Promise.all(halves.map(countOf));
  const planned = await Promise.all(halves.map((half, i) => planWindows(half, counts[i], maxHits, countOf, warnings)));
  return planned.flat();
}

/**
 * The requests that read rows [offset, offset + limit) of the windows laid end to end, at most pageSize rows each.
 * slicesOf([{count: 3}, {count: 4}], 2, 3, 500) → window 0 rows [2, 3), window 1 rows [0, 2).
 */
export function slicesOf(windows: readonly HudocWindow[], offset: number, limit: number, pageSize: number): WindowSlice[] {
  const slices: WindowSlice[] = [];
  let position = 0;
  for (const window of windows) {
    const lo = Math.max(offset, position);
    const hi = Math.min(offset + limit, position + window.count);
    for (let s = lo; s < hi; s += pageSize) slices.push({ window, start: s - position, length: Math.min(pageSize, hi - s) });
    position += window.count;
  }
  return slices;
}
