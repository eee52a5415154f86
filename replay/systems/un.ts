import type { ReplaySystem } from './types.ts';
import { uhriReplay } from '../uhri.ts';
import { tbinternetReplay } from '../tbinternet.ts';
import { spinternetReplay } from '../spinternet.ts';
import { recordedUwazi } from '../uwazi.ts';
import { spcommreportsReplay } from '../spcommreports.ts';
import { uprOhchrReplay } from '../upr-ohchr.ts';

/** The UN system's recorded sources: mount name → handler, and the environment pointing adapters at them. */
export const unReplay: ReplaySystem = {
  mounts: () => ({ uhri: uhriReplay(), tbinternet: tbinternetReplay(), 'ccpr-follow-up': tbinternetReplay(), spinternet: spinternetReplay(), 'upr-info': recordedUwazi('upr-info'), spcommreports: spcommreportsReplay(), 'upr-ohchr': uprOhchrReplay() }),
  environment: (server) => ({
    RH_UHRI_URL: server.baseUrl('uhri'),
    RH_TBINTERNET_URL: server.baseUrl('tbinternet'),
    // The follow-up reports are the same site's documents, on a mount of their own so that a test can fail them alone.
    RH_CCPR_FOLLOW_UP_URL: server.baseUrl('ccpr-follow-up'),
    RH_SPINTERNET_URL: server.baseUrl('spinternet'),
    RH_UPR_INFO_URL: server.baseUrl('upr-info'),
    RH_SPCOMMREPORTS_URL: server.baseUrl('spcommreports'),
    RH_UPR_OHCHR_URL: server.baseUrl('upr-ohchr'),
  }),
};
