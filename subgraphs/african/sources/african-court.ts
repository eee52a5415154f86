import { AFRICAN_COURT_DEFAULTS, AFRICAN_COURT_SOURCE } from '../../../adapters/african-court/config.ts';
import { parseReceivedCases, receivedCasesUrl } from '../../../adapters/african-court/index.ts';
import { africanCourtReplay } from '../../../adapters/african-court/replay.ts';
import { textCheck } from '../../_shared/source-check.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { africanCourtSource } from '../african-court-source.ts';
import { IHRDA } from './ihrda.ts';

/** The African Court's registry, merged with IHRDA's African Court template (RH_IHRDA_URL). */
export const AFRICAN_COURT: SourceDeclaration = {
  name: AFRICAN_COURT_SOURCE,
  system: 'AFRICAN',
  defaultUrl: AFRICAN_COURT_DEFAULTS.baseUrl,
  sources: (env) => [africanCourtSource({ baseUrl: baseUrlOf(AFRICAN_COURT, env) }, baseUrlOf(IHRDA, env))],
  // The registry page: table#cases with seven columns.
  checks: () => {
    const url = receivedCasesUrl(AFRICAN_COURT_DEFAULTS);
    return [textCheck(AFRICAN_COURT.name, 'AFRICAN', url, (body) => parseReceivedCases(body, url).length)];
  },
  replay: { mount: () => africanCourtReplay() },
  fixtures: [AFRICAN_COURT_SOURCE],
  readme: {
    source: 'African Court (`table#cases`)',
    adapter: AFRICAN_COURT_SOURCE,
    reads:
      'the registry of applications: case number, parties, filed and decision dates, status (pending, decided, struck out, transferred)',
  },
};
