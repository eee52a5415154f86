import { achprReplay } from '../achpr.ts';
import { africanCourtReplay } from '../african-court.ts';
import { recordedUwazi } from '../uwazi.ts';
import type { ReplaySystem } from './types.ts';

/** The African system's recorded sources: the Commission's decisions and missions listings (one site, one mount), the Court's registry page and IHRDA's Uwazi API (all reconstructed). */
export const africanReplay: ReplaySystem = {
  mounts: () => ({
    achpr: achprReplay(),
    'african-court': africanCourtReplay(),
    ihrda: recordedUwazi('ihrda'),
  }),
  environment: (server) => ({
    RH_ACHPR_URL: server.baseUrl('achpr'),
    RH_AFRICAN_COURT_URL: server.baseUrl('african-court'),
    RH_IHRDA_URL: server.baseUrl('ihrda'),
  }),
};
