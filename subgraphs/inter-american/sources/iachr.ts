import { IACHR_DEFAULTS } from '../../../adapters/iachr/index.ts';
import { iachrChecks } from '../../../adapters/iachr/check.ts';
import { iachrReplay } from '../../../adapters/iachr/replay.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { iachrSources } from '../iachr-sources.ts';
import { fixture } from './fixtures.ts';
import { IACHR_SOURCE } from '../../../adapters/iachr/config.ts';

/** The newest year of the recorded IACHR listings (precautionary-2024.html): the replayed oas.org's current year. */
const IACHR_LATEST_RECORDED_YEAR = '2024';

/**
 * The IACHR's pages on oas.org: decisions, precautionary measures and visits (sources iachr-decisions,
 * iachr-precautionary, iachr-visits); RH_IACHR_LATEST_YEAR is the newest listing year (default the current year).
 */
export const IACHR: SourceDeclaration = {
  name: IACHR_SOURCE,
  system: 'INTER_AMERICAN',
  defaultUrl: IACHR_DEFAULTS.baseUrl,
  sources: (env) =>
    iachrSources({
      baseUrl: baseUrlOf(IACHR, env),
      ...(env.RH_IACHR_LATEST_YEAR ? { latestYear: Number(env.RH_IACHR_LATEST_YEAR) } : {}),
    }),
  // Last year's merits and precautionary-measure listings (complete), and the migrants rapporteurship's country-visit page.
  checks: (now) => iachrChecks(IACHR_DEFAULTS, now),
  replay: {
    mount: () =>
      iachrReplay({
        dir: fixture('iachr/'),
        listings: {
          ...Object.fromEntries(Object.entries(IACHR_DEFAULTS.decisions).map(([name, l]) => [l.path, name])),
          [IACHR_DEFAULTS.precautionary.path]: 'precautionary',
        },
        visitCodes: ['DM', 'DPPL', 'DPI'],
      }),
    settings: { RH_IACHR_LATEST_YEAR: IACHR_LATEST_RECORDED_YEAR },
  },
  fixtures: [IACHR_SOURCE],
  readme: {
    source: 'IACHR (oas.org)',
    adapter: IACHR_SOURCE,
    reads:
      'decisions on petitions and cases (yearly listings by country), precautionary measures (as `Communication`s: urgent requests to a State, not decisions on the merits), on-site and working visits; iso-8859-1 pages; `RH_IACHR_LATEST_YEAR` is the newest listing year (default the current year)',
  },
};
