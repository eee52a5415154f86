import type { ReplaySystem } from './types.ts';
import { uhriReplay } from '../uhri.ts';
import { tbinternetReplay } from '../tbinternet.ts';
import { spinternetReplay } from '../spinternet.ts';
import { recordedUwazi } from '../uwazi.ts';
import { spcommreportsReplay } from '../spcommreports.ts';

/** The UN system's recorded sources: mount name → handler, and the environment pointing adapters at them. */
export const unReplay: ReplaySystem = {
  mounts: () => ({ uhri: uhriReplay(), tbinternet: tbinternetReplay(), spinternet: spinternetReplay(), 'upr-info': recordedUwazi('upr-info'), spcommreports: spcommreportsReplay() }),
  environment: (server) => ({
    RH_UHRI_URL: server.baseUrl('uhri'),
    RH_TBINTERNET_URL: server.baseUrl('tbinternet'),
    RH_SPINTERNET_URL: server.baseUrl('spinternet'),
    RH_UPR_INFO_URL: server.baseUrl('upr-info'),
    RH_SPCOMMREPORTS_URL: server.baseUrl('spcommreports'),
  }),
};
