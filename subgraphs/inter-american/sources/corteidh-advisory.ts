import { CORTEIDH_ADVISORY_SOURCE, CORTEIDH_DEFAULTS, CORTEIDH_SOURCE } from '../../../adapters/corteidh/index.ts';
import { toAdvisoryOpinions } from '../../../adapters/corteidh/advisory.ts';
import { parseSearchResults } from '../../../adapters/corteidh/parse.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { corteIdhAdvisorySource } from '../court-advisory.ts';
import { CORTEIDH } from './corteidh.ts';
import { corteIdhSearchCheck } from './corteidh-search-check.ts';

export const CORTEIDH_ADVISORY: SourceDeclaration = {
  name: CORTEIDH_ADVISORY_SOURCE,
  system: 'INTER_AMERICAN',
  defaultUrl: CORTEIDH_DEFAULTS.baseUrl,
  site: CORTEIDH,
  sources: (env) => [corteIdhAdvisorySource({ baseUrl: baseUrlOf(CORTEIDH_ADVISORY, env) })],
  // Every advisory opinion (a few a year at most).
  checks: () => [
    corteIdhSearchCheck(
      CORTEIDH_ADVISORY_SOURCE,
      'OC',
      { from: null, to: null },
      (body, url, w) => toAdvisoryOpinions(parseSearchResults(body, CORTEIDH_ADVISORY_SOURCE, url), CORTEIDH_ADVISORY_SOURCE, w).length,
    ),
  ],
  fixtures: [CORTEIDH_SOURCE],
  readme: {
    source: 'Inter-American Court, advisory opinions',
    adapter: CORTEIDH_SOURCE,
    reads:
      'Series A advisory opinions from the same search (`nId_Tipo_Jurisprudencia=OC`): number (OC-1/82 …), date, subject, separate opinions, PDF; kind `ADVISORY_OPINION`, no respondent (the listing does not name the requester)',
  },
};
