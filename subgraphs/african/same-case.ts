import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import type { AdapterPage } from '../../adapters/_kit/types.ts';
import type { Decision } from '../../schema/types.ts';
import type { ContractQuery, Reader, SourceContext } from '../_shared/contract-source.ts';
import { filteredPage } from '../_shared/filtered-page.ts';

/** Every decision one source holds, and the answers they were read from. */
export interface WholeSource {
  rows: Decision[];
  fetched: Fetched[];
  warnings: string[];
}

/** A case number as both sources write it: '001/2008' and '1/08' alike → '1/08'; '599/16' → '599/16'. */
export function caseKey(n: string): string {
  const [num, year = ''] = n.split('/');
  return `${Number(num)}/${year.trim().slice(-2)}`;
}

/**
 * The same case in the body's own list and in IHRDA's, kept once: the body's record, completed where it says nothing
 * (date, outcome, document type, States it could not name) from IHRDA's, with IHRDA's provenance in alsoIn;
 * IHRDA's cases the body does not list are kept as IHRDA's records.
 * mergeByCase([achpr 599/16 (no date)], [ihrda 599/16 (2024-…)]) → [achpr 599/16 dated, alsoIn: [ihrda]]
 */
export function mergeByCase(own: readonly Decision[], ihrda: readonly Decision[]): Decision[] {
  const byKey = new Map<string, Decision>();
  for (const d of ihrda) for (const n of d.caseNumbers) if (!byKey.has(caseKey(n))) byKey.set(caseKey(n), d);
  const matched = new Set<string>();
  const merged = own.map((o) => {
    const twin = o.caseNumbers.map((n) => byKey.get(caseKey(n))).find((d) => d !== undefined);
    if (!twin) return o;
    matched.add(twin.id);
    const named = o.respondents.length > 0 && o.respondents.every((r) => r.code !== null);
    return {
      ...o,
      date: o.date ?? twin.date,
      kind: o.kind ?? twin.kind,
      kindLabel: o.kindLabel ?? twin.kindLabel,
      conclusion: o.conclusion ?? twin.conclusion,
      respondents: named || twin.respondents.length === 0 ? o.respondents : twin.respondents,
      alsoIn: [...o.alsoIn, twin.provenance],
    };
  });
  return [...merged, ...ihrda.filter((d) => !matched.has(d.id))];
}

/**
 * A reader over a body's own list and IHRDA's, both read whole (cached) because a case can only be matched against
 * the whole other list: merged by case (mergeByCase), then filtered by State and date, newest first, sliced; total is
 * exact. When one of the two fails, the other still answers, with a warning; when both fail, the body's error is thrown.
 */
export function sameCaseReader(own: (ctx: SourceContext) => Promise<WholeSource>, ihrda: (ctx: SourceContext) => Promise<WholeSource>): Reader<Decision> {
  return async (q: ContractQuery, ctx): Promise<AdapterPage<Decision>> => {
    const [mine, theirs] = await Promise.allSettled([own(ctx), ihrda(ctx)]);
    if (mine.status === 'rejected' && theirs.status === 'rejected') throw mine.reason;
    const warnings: string[] = [];
    const settled = (r: PromiseSettledResult<WholeSource>, what: string): WholeSource => {
      if (r.status === 'fulfilled') return r.value;
      warnings.push(`${what} could not be read (${(r.reason as Error).message}); the other source answered alone`);
      return { rows: [], fetched: [], warnings: [] };
    };
    const a = settled(mine, 'the body\'s own list');
    const b = settled(theirs, 'IHRDA');
    const page = filteredPage(mergeByCase(a.rows, b.rows), q, { countries: (d) => d.respondents, order: (d) => d });
    return { rows: page.rows, total: page.total, fetched: [...a.fetched, ...b.fetched], warnings: [...new Set([...warnings, ...a.warnings, ...b.warnings])] };
  };
}
