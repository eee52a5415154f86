import type { Visit } from '../../../schema/types.ts';
import { sortDateOf } from '../../../schema/merge.ts';
import { HUDOC_SITES, type HudocSiteConfig } from '../../../adapters/hudoc/index.ts';
import type { Database } from '../../_kit/database.ts';
import {
  createMechanismSubgraph,
  mechanismSource,
  type MechanismSourceOptions,
  type MechanismSubgraph,
  type MechanismSubgraphOptions,
} from '../../_kit/mechanism-subgraph.ts';
import type { ContractQuery, ContractSource, Reader, SourceContext } from '../../_shared/contract-source.ts';
import { joinedWith, mergeSame, sameRecordReader, type WholeSource } from '../../_shared/same-case.ts';
import { hudocCptSource } from '../hudoc-sources.ts';
import { CPT_DATABASE, cptVisitsReader } from './visits.ts';

/** What the CPT gives the kit: its mechanism id, the source's name and its one reader, every filter in SQL. */
function cptSourceOptions(db: () => Promise<Database>): MechanismSourceOptions {
  return { mechanism: 'coe-cpt', source: CPT_DATABASE, readers: { visits: cptVisitsReader(db) } };
}

/** The CPT's own subgraph (the kit's, over its database alone): what `npm run subgraph:cpt` serves. */
export function createCptSubgraph(
  db: () => Promise<Database>,
  options: Omit<MechanismSubgraphOptions, keyof MechanismSourceOptions> = {},
): MechanismSubgraph {
  return createMechanismSubgraph({ ...cptSourceOptions(db), ...options });
}

/**
 * How the same visit is recognised in the CPT's database and in HUDOC-CPT: the same State and start day, or the same
 * State and visit year where that year holds one visit of the State on each side (a State visited twice in a year is
 * matched only by its days). Only public rows are joined: a record the CPT restricts never takes HUDOC's public one in.
 */
export function mergeSameVisits(own: readonly Visit[], hudoc: readonly Visit[]): Visit[] {
  const yearKey = (v: Visit) => (v.country.code && v.year ? `${v.country.code}:${v.year}` : null);
  const once = (list: readonly Visit[]) => {
    const counts = new Map<string, number>();
    for (const v of list) {
      const k = yearKey(v);
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return (k: string | null) => k !== null && counts.get(k) === 1;
  };
  const [ownOnce, hudocOnce] = [once(own), once(hudoc)];
  const keys = (v: Visit): string[] => {
    if (!v.country.code || (v.access ?? 'PUBLIC') !== 'PUBLIC') return [];
    const year = yearKey(v);
    return [...(v.startDate ? [`${v.country.code}@${v.startDate}`] : []), ...(ownOnce(year) && hudocOnce(year) ? [year!] : [])];
  };
  return mergeSame(own, hudoc, keys, (mine, twin) => ({
    ...joinedWith(mine, twin, ['startDate', 'endDate', 'year', 'type', 'report', 'publishedOn']),
    documents: mine.documents.length > 0 ? mine.documents : twin.documents,
  }));
}

/** A reader asked for every record of the query's States, whatever the dates: the merge needs both sides whole. */
function whole(read: Reader<Visit>): (q: ContractQuery, ctx: SourceContext) => Promise<WholeSource<Visit>> {
  return async (q, ctx) => {
    const page = await read(
      { ...q, from: null, to: null, since: null, undated: 'INCLUDE', offset: 0, limit: Number.MAX_SAFE_INTEGER },
      ctx,
    );
    return {
      rows: page.rows,
      fetched: page.fetched,
      warnings: page.warnings,
      complete: page.total === null ? false : page.rows.length >= page.total,
    };
  };
}

/**
 * The Council of Europe subgraph's `cpt-database` source: the CPT's visits from its own database merged with HUDOC-CPT's
 * (one record per visit: the database's, completed from HUDOC's, HUDOC in alsoIn; HUDOC's visits the database lacks
 * as they are), then filtered and paged as one list. One of the two failing leaves the other answering, with a warning.
 */
export function cptDatabaseSource(db: () => Promise<Database>, hudocSite: HudocSiteConfig = HUDOC_SITES.cpt): ContractSource {
  const own = mechanismSource(cptSourceOptions(db));
  const hudoc = hudocCptSource(hudocSite);
  return {
    ...own,
    visits: sameRecordReader(whole(own.visits!), whole(hudoc.visits!), {
      other: 'HUDOC-CPT',
      merge: mergeSameVisits,
      rows: { countries: (v) => [v.country], order: (v) => ({ date: sortDateOf(v), id: v.id }) },
    }),
  };
}
