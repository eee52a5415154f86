import { UHRI_DEFAULTS, type UhriConfig, UHRI_SOURCE } from '../../../adapters/uhri/config.ts';
import { uhriCheck } from '../../../adapters/uhri/check.ts';
import { uhriReplay } from '../../../adapters/uhri/replay.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { UPR_OHCHR_SOURCE, uprListsOf } from './upr-ohchr.ts';
import type { Recommendation } from '../../../schema/types.ts';
import type { AdapterPage } from '../../../adapters/_kit/types.ts';
import { createUhriAdapter, type UhriRecord } from '../../../adapters/uhri/index.ts';
import { MECHANISMS, mechanismById } from '../../../schema/reference/mechanisms.ts';
import { filtersApplied, type ContractQuery, type ContractSource, type SourceContext } from '../../_shared/contract-source.ts';
import { recommendationWarnings, toRecommendation, uhriTextFields } from '../to-contract.ts';
import { recommendationMatchesText } from '../../_shared/local-filters.ts';
import { parseTextQuery } from '../../../schema/text-query.ts';

/** Every UN mechanism: UHRI indexes the treaty bodies, the special procedures and the UPR. */
const UN_MECHANISMS: readonly string[] = MECHANISMS.filter((m) => m.system === 'UN').map((m) => m.id);

/** UPR reports whose recommendations another source reads from the document itself (upr-ohchr's thematic lists). */
export interface ReadElsewhere {
  source: string;
  symbols: readonly string[];
}

/**
 * UHRI as the UN subgraph's source of recommendations and observations. Themes (A1–H1 codes) and mechanisms
 * are filtered in the adapter, before paging, so `total` is right; mechanism ids become UHRI bodies by acronym
 * (un-crc → CRC, un-upr → UPR, un-sp → SP: every special-procedure mandate). UHRI's UPR records of a report in
 * `leftTo` are not served (the document's own source wins; counted in the warnings), before paging, so the total stays exact.
 * const uhri = uhriSource({ indexDir }); await uhri.recommendations!({ countries: ['SVN'], …, themes: ['G1'], mechanisms: ['un-upr'] }, ctx)
 */
export function uhriSource(config: Partial<UhriConfig> = {}, leftTo: ReadElsewhere | null = null): ContractSource {
  const adapter = createUhriAdapter(config);

  async function recommendations(q: ContractQuery, ctx: SourceContext): Promise<AdapterPage<Recommendation>> {
    const ours = q.mechanisms.filter((id) => UN_MECHANISMS.includes(id));
    if (q.mechanisms.length > 0 && ours.length === 0) return { rows: [], total: 0, fetched: [], warnings: [] };
    // Text is matched on the same fields as every other source's recommendations, while the index is scanned.
    const text = q.text ? parseTextQuery(q.text) : null;
    const left = new Map<string, number>();
    const where = (r: UhriRecord) => {
      if (leftTo && r.body === 'UPR' && r.symbol !== null && leftTo.symbols.includes(r.symbol)) {
        left.set(r.symbol, (left.get(r.symbol) ?? 0) + 1);
        return false;
      }
      return !text || recommendationMatchesText(text, uhriTextFields(r));
    };
    const page = await adapter.search(
      { ...q, text: null, where, bodies: ours.map((id) => mechanismById(id)!.acronym) },
      { http: ctx.http },
    );
    const rows = page.rows.map((r) => toRecommendation(r, page.fetched[0]));
    const leftOut = [...left].map(
      ([symbol, n]) =>
        `uhri: ${n} UPR record(s) of ${symbol} are served by ${leftTo!.source}, the document they come from, and not repeated here`,
    );
    return {
      rows,
      total: page.total,
      fetched: page.fetched,
      warnings: [...new Set([...page.warnings, ...rows.flatMap(recommendationWarnings), ...leftOut])],
    };
  }

  return {
    name: UHRI_SOURCE,
    system: 'UN',
    mechanisms: UN_MECHANISMS,
    canFilterBy: filtersApplied('themes', 'text'),
    textSearch: "the hub's stemmed word matching (English) while it scans the index",
    recommendations,
  };
}

/**
 * UHRI; RH_UHRI_INDEX_DIR (default <tmp>/rights-hub/uhri) is where its index of the export is kept. Its UPR records of a
 * report whose thematic list upr-ohchr reads are left to upr-ohchr: a recommendation comes back once, with the document's id and link.
 */
export const UHRI: SourceDeclaration = {
  name: UHRI_SOURCE,
  system: 'UN',
  defaultUrl: UHRI_DEFAULTS.baseUrl,
  sources: (env) => [
    uhriSource(
      { baseUrl: baseUrlOf(UHRI, env), ...(env.RH_UHRI_INDEX_DIR && { indexDir: env.RH_UHRI_INDEX_DIR }) },
      { source: UPR_OHCHR_SOURCE.name, symbols: uprListsOf(env).documents.map((d) => d.symbol) },
    ),
  ],
  checks: () => [uhriCheck(UHRI_DEFAULTS, UHRI_SOURCE)],
  replay: { mount: () => uhriReplay() },
  fixtures: [UHRI_SOURCE],
  readme: {
    source: 'Universal Human Rights Index (OHCHR)',
    adapter: UHRI_SOURCE,
    reads:
      "recommendations and observations of the treaty bodies, special procedures and UPR, from UHRI's bulk export (indexed in `RH_UHRI_INDEX_DIR`)",
  },
};
