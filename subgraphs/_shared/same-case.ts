import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import type { AdapterPage } from '../../adapters/_kit/types.ts';
import type { Decision, Provenance } from '../../schema/types.ts';
import type { ContractQuery, Reader, SourceContext } from './contract-source.ts';
import { filteredPage, type RowKeys } from './filtered-page.ts';

/*
 * One case seen in two sources (a body's own site and a case-law database: ACHPR and IHRDA, the Inter-American
 * Court and SUMMA), returned once: the match key and the other source's name are the parameters.
 */

/** Every record (by default decision) one source holds for a query's range, and the answers they were read from. */
export interface WholeSource<T = Decision> {
  rows: T[];
  fetched: Fetched[];
  warnings: string[];
  /** false when the source was read only up to a cap: its records past it are unknown, and so is the total. */
  complete?: boolean;
}

/** How two sources recognise the same case: the keys of a decision (any shared key is a match), and the other source's name for warnings. */
export interface SameCase {
  keys: (d: Decision) => string[];
  other: string;
}

/**
 * One record seen in two sources, kept once: each of `own` joined with the first of `other` it shares a key with
 * (`join` says how), then the records of `other` that matched none, as they are.
 */
export function mergeSame<T extends { id: string }>(
  own: readonly T[],
  other: readonly T[],
  keys: (r: T) => string[],
  join: (mine: T, twin: T) => T,
): T[] {
  const byKey = new Map<string, T>();
  for (const r of other) for (const k of keys(r)) if (!byKey.has(k)) byKey.set(k, r);
  const matched = new Set<string>();
  const merged = own.map((o) => {
    const twin = keys(o)
      .map((k) => byKey.get(k))
      .find((r) => r !== undefined && !matched.has(r.id));
    if (!twin) return o;
    matched.add(twin.id);
    return join(o, twin);
  });
  return [...merged, ...other.filter((r) => !matched.has(r.id))];
}

/**
 * The same case in a body's own list and in another's, kept once: the body's record, completed where it says nothing
 * (date, kind, outcome, States it could not name) from the other's, with the other's provenance in alsoIn; the other's
 * records the body does not list are kept as they are.
 * mergeSameCase([corteidh C-109], [summa 19 Merchants (C-109), summa C-113], keys) → [corteidh C-109 + alsoIn [summa], summa C-113]
 */
export function mergeSameCase(own: readonly Decision[], other: readonly Decision[], keys: (d: Decision) => string[]): Decision[] {
  return mergeSame(own, other, keys, (o, twin) => {
    const named = o.respondents.length > 0 && o.respondents.every((r) => r.code !== null);
    return {
      ...joinedWith(o, twin, ['date', 'kind', 'kindLabel', 'conclusion', 'series']),
      respondents: named || twin.respondents.length === 0 ? o.respondents : twin.respondents,
    };
  });
}

/** `mine` with each of `fields` it leaves null taken from its twin, and the twin's provenance in alsoIn. */
export function joinedWith<T extends { alsoIn: Provenance[]; provenance: Provenance }>(mine: T, twin: T, fields: readonly (keyof T)[]): T {
  const filled = Object.fromEntries(fields.map((f) => [f, mine[f] ?? twin[f]]));
  return { ...mine, ...filled, alsoIn: [...mine.alsoIn, twin.provenance] };
}

/** How a reader over two sources keeps one record of each: the other source's name for warnings, the merge, and how rows filter and sort. */
export interface SameRecord<T> {
  other: string;
  merge: (own: readonly T[], other: readonly T[]) => T[];
  rows: RowKeys<T>;
}

/**
 * A reader over a body's own list and another source's, both read for the query's range (cached), merged (`same.merge`),
 * then filtered by State and date, newest first, sliced; total is exact. When one of the two fails, the other still
 * answers, with a warning; when both fail, the body's error is thrown.
 */
export function sameRecordReader<T extends { id: string }>(
  own: (q: ContractQuery, ctx: SourceContext) => Promise<WholeSource<T>>,
  other: (q: ContractQuery, ctx: SourceContext) => Promise<WholeSource<T>>,
  same: SameRecord<T>,
): Reader<T> {
  return async (q, ctx): Promise<AdapterPage<T>> => {
    const [mine, theirs] = await Promise.allSettled([own(q, ctx), other(q, ctx)]);
    if (mine.status === 'rejected' && theirs.status === 'rejected') throw mine.reason;
    const warnings: string[] = [];
    const settled = (r: PromiseSettledResult<WholeSource<T>>, what: string): WholeSource<T> => {
      if (r.status === 'fulfilled') return r.value;
      warnings.push(`${what} could not be read (${(r.reason as Error).message}); the other source answered alone`);
      return { rows: [], fetched: [], warnings: [] };
    };
    const a = settled(mine, "the body's own list");
    const b = settled(theirs, same.other);
    const page = filteredPage(same.merge(a.rows, b.rows), q, same.rows);
    const total = a.complete === false || b.complete === false ? null : page.total;
    return {
      rows: page.rows,
      total,
      fetched: [...a.fetched, ...b.fetched],
      warnings: [...new Set([...warnings, ...a.warnings, ...b.warnings])],
    };
  };
}

/** sameRecordReader for decisions: one record per case (mergeSameCase on `same.keys`), filtered by respondent. */
export function sameCaseReader(
  own: (q: ContractQuery, ctx: SourceContext) => Promise<WholeSource>,
  other: (q: ContractQuery, ctx: SourceContext) => Promise<WholeSource>,
  same: SameCase,
): Reader<Decision> {
  return sameRecordReader(own, other, {
    other: same.other,
    merge: (a, b) => mergeSameCase(a, b, same.keys),
    rows: { countries: (d) => d.respondents, order: (d) => d },
  });
}
