import { CORTEIDH_DEFAULTS, CORTEIDH_SOURCE } from '../../adapters/corteidh/index.ts';
import { searchForm, searchUrl } from '../../adapters/corteidh/fetch.ts';
import { parseSearchResults } from '../../adapters/corteidh/parse.ts';
import { toJudgments } from '../../adapters/corteidh/map.ts';
import { IACHR_DEFAULTS, IACHR_SOURCES } from '../../adapters/iachr/index.ts';
import { listingUrl } from '../../adapters/iachr/fetch.ts';
import { parseOasListing } from '../../adapters/iachr/parse.ts';
import { toDecisionRecord, toPrecautionaryRecord, toVisitRecord } from '../../adapters/iachr/map.ts';
import { textCheck, type SourceCheck } from '../_shared/source-check.ts';
import { uwaziSearchCheck } from '../_shared/uwazi.ts';
import { SUMMA_JUDGMENTS, SUMMA_ORDERS, SUMMA_URL } from './summa-source.ts';

/** The Court's search is a POST, so its check posts the listing form itself (last year's contentious judgments). */
function corteIdhCheck(year: number): SourceCheck {
  const url = searchUrl(CORTEIDH_DEFAULTS);
  const range = { from: `${year}-01-01`, to: `${year}-12-31` };
  return {
    source: CORTEIDH_SOURCE, system: 'INTER_AMERICAN', url,
    async run(http) {
      const { body } = await http.postForm(url, searchForm(CORTEIDH_DEFAULTS, 'CC', range), { source: CORTEIDH_SOURCE, accept: 'text/html' });
      try {
        const warnings: string[] = [];
        const records = toJudgments(parseSearchResults(body, CORTEIDH_SOURCE, url), CORTEIDH_SOURCE, warnings).length;
        return { records, problems: [...warnings, ...(records === 0 ? ['the search parsed to no judgment'] : [])] };
      } catch (err) {
        return { records: 0, problems: [(err as Error).message] };
      }
    },
  };
}

/**
 * Live drift checks of the Inter-American sources (last year's pages, which are complete): the Court's search, the
 * IACHR's merits and precautionary-measure listings, the migrants rapporteurship's country-visit page, and the first
 * ten entities of each SUMMA template read (`/api/search` rows with a sharedId).
 */
export function interAmericanChecks(now = new Date()): SourceCheck[] {
  const year = now.getUTCFullYear() - 1;
  const merits = listingUrl(IACHR_DEFAULTS, IACHR_DEFAULTS.decisions.merits, year);
  const precautionary = listingUrl(IACHR_DEFAULTS, IACHR_DEFAULTS.precautionary, year);
  const visits = `${IACHR_DEFAULTS.baseUrl}${IACHR_DEFAULTS.visitPages[0]}`;
  const count = <T>(body: string, map: (e: ReturnType<typeof parseOasListing>[number]) => T | null) =>
    parseOasListing(body).map(map).filter((r) => r !== null).length;
  return [
    corteIdhCheck(year),
    textCheck(IACHR_SOURCES.decisions, 'INTER_AMERICAN', merits, (body) => count(body, (e) => toDecisionRecord(e, year))),
    textCheck(IACHR_SOURCES.precautionary, 'INTER_AMERICAN', precautionary, (body) => count(body, toPrecautionaryRecord)),
    textCheck(IACHR_SOURCES.visits, 'INTER_AMERICAN', visits, (body) => count(body, (e) => toVisitRecord(e, visits))),
    ...[SUMMA_JUDGMENTS, ...SUMMA_ORDERS].map((t) => uwaziSearchCheck(t.source, 'INTER_AMERICAN', SUMMA_URL, t.template)),
  ];
}
