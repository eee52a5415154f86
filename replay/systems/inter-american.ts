import { IACHR_DEFAULTS } from '../../adapters/iachr/index.ts';
import { corteIdhReplay } from '../corteidh.ts';
import { iachrReplay } from '../iachr.ts';
import type { ReplaySystem } from './types.ts';

const fixture = (path: string) => new URL(`../../test/fixtures/${path}`, import.meta.url);

/**
 * The Inter-American system's recorded sources: the Court's jurisprudence search (POST) and the IACHR's pages on
 * oas.org (decisions, precautionary measures, visits), all reconstructed from real records (test/fixtures/README.md).
 */
export const interAmericanReplay: ReplaySystem = {
  mounts: () => ({
    corteidh: corteIdhReplay({ CC: fixture('corteidh/jurisprudencia-CC-es.html') }),
    iachr: iachrReplay({
      dir: fixture('iachr/'),
      listings: {
        ...Object.fromEntries(Object.entries(IACHR_DEFAULTS.decisions).map(([name, l]) => [l.path, name])),
        [IACHR_DEFAULTS.precautionary.path]: 'precautionary',
      },
      visitCodes: ['DM', 'DPPL', 'DPI'],
    }),
  }),
  environment: (server) => ({
    RH_CORTEIDH_URL: server.baseUrl('corteidh'),
    RH_IACHR_URL: server.baseUrl('iachr'),
  }),
};
