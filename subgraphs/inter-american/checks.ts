import { CORTEIDH_ADVISORY_SOURCE, CORTEIDH_DEFAULTS, CORTEIDH_SOURCE, CORTEIDH_SUPERVISION_SOURCE } from '../../adapters/corteidh/index.ts';
import { toAdvisoryOpinions } from '../../adapters/corteidh/advisory.ts';
import type { CorteIdhType } from '../../adapters/corteidh/config.ts';
import { searchForm, searchUrl, supervisionUrl } from '../../adapters/corteidh/fetch.ts';
import { parseSupervisionListing } from '../../adapters/corteidh/supervision.ts';
import { parseSearchResults } from '../../adapters/corteidh/parse.ts';
import { toJudgments } from '../../adapters/corteidh/map.ts';
import { IACHR_DEFAULTS, IACHR_SOURCES } from '../../adapters/iachr/index.ts';
import { listingUrl } from '../../adapters/iachr/fetch.ts';
import { parseOasListing } from '../../adapters/iachr/parse.ts';
import { toDecisionRecord, toPrecautionaryRecord, toVisitRecord } from '../../adapters/iachr/map.ts';
import { textCheck, type SourceCheck } from '../_shared/source-check.ts';
import { uwaziSearchCheck } from '../_shared/uwazi.ts';
import { SUMMA_JUDGMENTS, SUMMA_ORDERS, SUMMA_URL } from './summa-source.ts';

/** How a check reads the Court's search answer into records, with the problems it saw. */
type ReadSearch = (body: string, url: string, warnings: string[]) => number;

/** The Court's search is a POST, so its check posts the listing form itself (one type, one range of years). */
function corteIdhSearchCheck(source: string, type: CorteIdhType, range: { from: string | null; to: string | null }, read: ReadSearch): SourceCheck {
  const url = searchUrl(CORTEIDH_DEFAULTS);
  return {
    source, system: 'INTER_AMERICAN', url,
    async run(http) {
      const { body } = await http.postForm(url, searchForm(CORTEIDH_DEFAULTS, type, range), { source, accept: 'text/html' });
      try {
        const warnings: string[] = [];
        const records = read(body, url, warnings);
        return { records, problems: [...warnings, ...(records === 0 ? ['the search parsed to no record'] : [])] };
      } catch (err) {
        return { records: 0, problems: [(err as Error).message] };
      }
    },
  };
}

/** The Court's search: last year's contentious judgments, and every advisory opinion (a few a year at most). */
function corteIdhChecks(year: number): SourceCheck[] {
  return [
    corteIdhSearchCheck(CORTEIDH_SOURCE, 'CC', { from: `${year}-01-01`, to: `${year}-12-31` },
      (body, url, w) => toJudgments(parseSearchResults(body, CORTEIDH_SOURCE, url), CORTEIDH_SOURCE, w).length),
    corteIdhSearchCheck(CORTEIDH_ADVISORY_SOURCE, 'OC', { from: null, to: null },
      (body, url, w) => toAdvisoryOpinions(parseSearchResults(body, CORTEIDH_ADVISORY_SOURCE, url), CORTEIDH_ADVISORY_SOURCE, w).length),
  ];
}

/** The listing of cases under supervision of compliance: the cases it names with at least one dated resolution. */
function supervisionCheck(): SourceCheck {
  const url = supervisionUrl(CORTEIDH_DEFAULTS, 'active');
  return textCheck(CORTEIDH_SUPERVISION_SOURCE, 'INTER_AMERICAN', url, (body) => {
    const listing = parseSupervisionListing(body, CORTEIDH_SUPERVISION_SOURCE, url);
    if (listing.warnings.length > 0) throw new Error(listing.warnings.join('; '));
    return listing.cases.length;
  });
}

/**
 * Live drift checks of the Inter-American sources (last year's pages, which are complete): the Court's search (judgments
 * and advisory opinions) and its listing of cases under supervision of compliance, the
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
    ...corteIdhChecks(year),
    supervisionCheck(),
    textCheck(IACHR_SOURCES.decisions, 'INTER_AMERICAN', merits, (body) => count(body, (e) => toDecisionRecord(e, year))),
    textCheck(IACHR_SOURCES.precautionary, 'INTER_AMERICAN', precautionary, (body) => count(body, toPrecautionaryRecord)),
    textCheck(IACHR_SOURCES.visits, 'INTER_AMERICAN', visits, (body) => count(body, (e) => toVisitRecord(e, visits))),
    ...[SUMMA_JUDGMENTS, ...SUMMA_ORDERS].map((t) => uwaziSearchCheck(t.source, 'INTER_AMERICAN', SUMMA_URL, t.template)),
  ];
}
