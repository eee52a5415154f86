import { ACHPR_DEFAULTS } from '../../adapters/achpr/config.ts';
import { listingUrl, missionsUrl, parseListing, parseMissions } from '../../adapters/achpr/index.ts';
import { AFRICAN_COURT_DEFAULTS } from '../../adapters/african-court/config.ts';
import { parseReceivedCases, receivedCasesUrl } from '../../adapters/african-court/index.ts';
import { textCheck, type SourceCheck } from '../_shared/source-check.ts';
import { uwaziSearchCheck } from '../_shared/uwazi.ts';
import { IHRDA_TEMPLATES, IHRDA_URL } from './ihrda-source.ts';

/**
 * Live drift checks of the African system's sources: the Commission's first decisions listing page (links to
 * communication pages) and first missions listing page (entries naming a State),
 * the African Court's registry page (table#cases with seven columns)
 * and the first ten decisions of each IHRDA template (`/api/search` rows with a sharedId).
 */
export function africanChecks(): SourceCheck[] {
  const court = receivedCasesUrl(AFRICAN_COURT_DEFAULTS);
  const achpr = listingUrl(ACHPR_DEFAULTS, 0);
  const missions = missionsUrl(ACHPR_DEFAULTS, 0);
  return [
    textCheck('achpr', 'AFRICAN', achpr, (body) => parseListing(body).length),
    textCheck('african-court', 'AFRICAN', court, (body) => parseReceivedCases(body, court).length),
    ...IHRDA_TEMPLATES.map((t) => uwaziSearchCheck(t.source, 'AFRICAN', IHRDA_URL, t.template)),
    textCheck('achpr-missions', 'AFRICAN', missions, (body) => parseMissions(body).length),
  ];
}
