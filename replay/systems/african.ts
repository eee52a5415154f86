import type { ReplaySystem } from './types.ts';

/** The African system's recorded sources (none yet). */
export const africanReplay: ReplaySystem = {
  mounts: () => ({}),
  environment: () => ({}),
};
