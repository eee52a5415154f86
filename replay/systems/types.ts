import type { ReplayHandler } from '../types.ts';
import type { ReplayServer } from '../server.ts';

export interface ReplayOptions {
  /** HUDOC's hit cap as the replayed site enforces it (default 10,000, the real one). */
  hudocMaxHits?: number;
}

/** One system's recorded sources: its mounts on the replay server and the RH_* variables that point its adapters there. */
export interface ReplaySystem {
  mounts(options: ReplayOptions): Record<string, ReplayHandler>;
  environment(server: ReplayServer): NodeJS.ProcessEnv;
}
