import { IACHR_DEFAULTS } from '../../adapters/iachr/index.ts';
import { corteIdhReplay } from '../corteidh.ts';
import { iachrReplay } from '../iachr.ts';
import { recordedUwazi } from '../uwazi.ts';
import type { ReplaySystem } from './types.ts';

const fixture = (path: string) => new URL(`../../test/fixtures/${path}`, import.meta.url);

/** The admissibility-report template of the recorded SUMMA entities (Uwazi's development dump; the live id is not published). */
const SUMMA_ADMISSIBILITY_TEMPLATE = '58ada34c299e826748545054';

/** The newest year of the recorded IACHR listings (precautionary-2024.html): the replayed oas.org's current year. */
const IACHR_LATEST_RECORDED_YEAR = '2024';

/**
 * The Inter-American system's recorded sources: the Court's jurisprudence search (POST) and the IACHR's pages on
 * oas.org (decisions, precautionary measures, visits), and SUMMA's Uwazi API, all reconstructed from real records
 * (test/fixtures/README.md).
 */
export const interAmericanReplay: ReplaySystem = {
  mounts: () => ({
    corteidh: corteIdhReplay(
      { CC: fixture('corteidh/jurisprudencia-CC-es.html'), OC: fixture('corteidh/jurisprudencia-OC-es.html') },
      // Only the listing of cases under supervision is recorded; the archived cases' listing is not (it answers 404).
      { '/casos_en_supervision_por_pais.cfm': fixture('corteidh/casos_en_supervision_por_pais-es.html') },
    ),
    iachr: iachrReplay({
      dir: fixture('iachr/'),
      listings: {
        ...Object.fromEntries(Object.entries(IACHR_DEFAULTS.decisions).map(([name, l]) => [l.path, name])),
        [IACHR_DEFAULTS.precautionary.path]: 'precautionary',
      },
      visitCodes: ['DM', 'DPPL', 'DPI'],
    }),
    summa: recordedUwazi('summa'),
  }),
  environment: (server) => ({
    RH_CORTEIDH_URL: server.baseUrl('corteidh'),
    RH_IACHR_URL: server.baseUrl('iachr'),
    RH_IACHR_LATEST_YEAR: IACHR_LATEST_RECORDED_YEAR,
    RH_SUMMA_URL: server.baseUrl('summa'),
    RH_SUMMA_ADMISSIBILITY_TEMPLATE: SUMMA_ADMISSIBILITY_TEMPLATE,
  }),
};
