import {
  type UprOhchrConfig,
  createUprOhchrAdapter,
  SOURCE,
  type ThematicListDocument,
  type ThematicRecommendation,
} from '../../../adapters/upr-ohchr/index.ts';
import { UPR_OHCHR_DEFAULTS, validateUprOhchrConfig } from '../../../adapters/upr-ohchr/config.ts';
import { uprOhchrReplay } from '../../../adapters/upr-ohchr/replay.ts';
import { uprOhchrCheck } from '../../../adapters/upr-ohchr/check.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import type { Fetched } from '../../../adapters/_kit/fetcher.ts';
import type { AdapterPage } from '../../../adapters/_kit/types.ts';
import { mechanismRefOf } from '../../../schema/reference/mechanisms.ts';
import { countryByCode } from '../../../schema/reference/countries.ts';
import { themeCodeOfLabel } from '../../../schema/reference/themes.ts';
import { parseTextQuery } from '../../../schema/text-query.ts';
import type { DocumentRef, Recommendation } from '../../../schema/types.ts';
import { filtersApplied, type ContractQuery, type ContractSource, type SourceContext } from '../../_shared/contract-source.ts';
import { countryRefOf } from '../../_shared/country-ref.ts';
import { filteredPage } from '../../_shared/filtered-page.ts';
import { recommendationMatchesText } from '../../_shared/local-filters.ts';
import { provenanceFrom } from '../../_shared/provenance.ts';
import { sdgRef, statePosition } from '../to-contract.ts';

export const UPR_OHCHR = SOURCE;

/** The report on the UN's Official Document System, the address form the UN's own document links use. */
export function reportRef(symbol: string): DocumentRef {
  return {
    symbol,
    title: null,
    url: `https://documents.un.org/api/symbol/access?s=${encodeURIComponent(symbol)}&l=en&t=pdf`,
    language: 'en',
  };
}

/**
 * One recommendation of a thematic list as a contract Recommendation, with an id of its own: the report's symbol and
 * the recommendation's number in it; its link is the report (the list gives no page per recommendation).
 * toUprOhchrRecommendation(a_hrc_59_15, r140_7, fetched, w) → { id: 'upr-ohchr:A/HRC/59/15:140.7', countries: [{ code: 'SVN', … }],
 *   recommendingStates: [{ code: 'MDV', name: 'Maldives' }, { code: 'PRT', … }], statePosition: { value: 'SUPPORTED', label: 'Supported',
 *   source: 'A/HRC/59/15/Add.1 - Para.3' }, themes: [{ code: 'A1', … }, …], provenance: { source: 'upr-ohchr', sourceUrl: 'https://documents.un.org/…' } }
 */
export function toUprOhchrRecommendation(
  doc: ThematicListDocument,
  r: ThematicRecommendation,
  fetched: Fetched,
  warnings: string[],
): Recommendation {
  const report = reportRef(doc.symbol);
  return {
    id: `${UPR_OHCHR}:${doc.symbol}:${r.number}`,
    text: `${r.number} ${r.text}`.trim(),
    issuedOn: doc.issuedOn,
    sourceDate: null,
    mechanism: mechanismRefOf('un-upr'),
    mechanismLabel: 'UPR',
    annotationType: null,
    countries: [{ code: doc.state, name: countryByCode(doc.state)?.name ?? doc.state }],
    themes: r.themes.map((label) => ({ code: themeCodeOfLabel(label) ?? null, label })),
    sdgs: r.sdgs.map(sdgRef),
    affectedPersons: r.affectedPersons,
    document: report,
    statePosition: statePosition(r.position, r.positionSource),
    recommendingStates: r.recommendingStates.map((name) => countryRefOf(name, warnings)),
    uprCycle: doc.cycle,
    uprSession: doc.session,
    followUp: null,
    provenance: provenanceFrom('UN', UPR_OHCHR, 'OHCHR', fetched, report.url),
  };
}

/**
 * The UPR's recommendations read from OHCHR's thematic lists (one per review, adapters/upr-ohchr/config.ts): the lists
 * of the query's States are read whole; themes (UHRI codes of the list's labels) and text are filtered here, before
 * paging, so the total is exact whenever every list was read.
 * await uprOhchrSource({ baseUrl }).recommendations!({ …q, countries: ['SVN'] }, ctx) → 254 rows, 140.1 … 140.254
 */
export function uprOhchrSource(config: Partial<UprOhchrConfig> = {}): ContractSource {
  const adapter = createUprOhchrAdapter(config);

  async function recommendations(q: ContractQuery, ctx: SourceContext): Promise<AdapterPage<Recommendation>> {
    const read = await adapter.read(q.countries, ctx.fetcher);
    const warnings = [...read.warnings];
    const text = q.text ? parseTextQuery(q.text) : null;
    const all = read.lists.flatMap(({ document, list, fetched }) =>
      list.recommendations.map((r) => toUprOhchrRecommendation(document, r, fetched, warnings)),
    );
    const kept = all.filter(
      (r) =>
        (q.themes.length === 0 || r.themes.some((t) => t.code !== null && q.themes.includes(t.code))) &&
        (text === null || recommendationMatchesText(text, r)),
    );
    const page = filteredPage(kept, q, { countries: (r) => r.countries, order: (r) => ({ date: r.issuedOn, id: r.id }) });
    return {
      rows: page.rows,
      total: read.complete ? page.total : null,
      fetched: read.fetched,
      warnings: [...new Set(warnings.map((w) => (w.startsWith(SOURCE) ? w : `${SOURCE}: ${w}`)))],
    };
  }

  return {
    name: UPR_OHCHR,
    system: 'UN',
    mechanisms: ['un-upr'],
    canFilterBy: filtersApplied('themes', 'text'),
    textSearch: "the hub's stemmed word matching (English) over the lists it reads",
    recommendations,
  };
}

/** The thematic lists read, at the base URL the environment gives (adapters/upr-ohchr/config.ts names them). */
export const uprListsOf = (env: NodeJS.ProcessEnv): UprOhchrConfig => validateUprOhchrConfig({ baseUrl: baseUrlOf(UPR_OHCHR_SOURCE, env) });

/** OHCHR's UPR thematic lists of recommendations: the review's recommendations with ids of their own (the report and the number). */
export const UPR_OHCHR_SOURCE: SourceDeclaration = {
  name: UPR_OHCHR,
  system: 'UN',
  defaultUrl: UPR_OHCHR_DEFAULTS.baseUrl,
  sources: (env) => [uprOhchrSource(uprListsOf(env))],
  checks: () => [uprOhchrCheck(UPR_OHCHR_DEFAULTS, UPR_OHCHR)],
  replay: { mount: () => uprOhchrReplay() },
  fixtures: [UPR_OHCHR],
  readme: {
    source: "OHCHR's UPR thematic lists of recommendations",
    adapter: UPR_OHCHR,
    reads:
      "each UPR review's recommendations from OHCHR's thematic list of its Working Group report (the list's text, one cell or bullet a line): number (`140.7`), text, recommending States, the position (Supported/Noted) and where it was given (`StatePosition.source`: `A/HRC/59/15/Add.1 - Para.3`), theme labels (UHRI codes where a label is a level-2 title), groups of persons, SDGs; id `upr-ohchr:<report>:<number>`, link the report on documents.un.org",
  },
};
