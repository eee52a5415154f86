import type { ReplaySystem } from './types.ts';
import { uhriReplay } from '../uhri.ts';

/** The UN system's recorded sources: mount name → handler, and the environment pointing adapters at them. */
export const unReplay: ReplaySystem = {
  mounts: () => ({ uhri: uhriReplay() }),
  environment: (server) => ({ RH_UHRI_URL: server.baseUrl('uhri') }),
};
