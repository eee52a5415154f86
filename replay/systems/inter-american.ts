import type { ReplaySystem } from './types.ts';

/** The Inter-American system's recorded sources (none yet). */
export const interAmericanReplay: ReplaySystem = {
  mounts: () => ({}),
  environment: () => ({}),
};
