import type { ReplayHandler } from './types.ts';
import type { ReplayServer } from './server.ts';
import type { ReplayOptions, ReplaySystem } from './systems/types.ts';
import { unReplay } from './systems/un.ts';
import { coeReplay } from './systems/council-of-europe.ts';
import { interAmericanReplay } from './systems/inter-american.ts';
import { africanReplay } from './systems/african.ts';

/** Every system's recorded sources (one module per system in replay/systems/). */
const SYSTEMS: readonly ReplaySystem[] = [unReplay, coeReplay, interAmericanReplay, africanReplay];

/**
 * Every source the demo and the tests replay, by mount name, each answering its real paths with the
 * recorded responses in test/fixtures (provenance in test/fixtures/README.md).
 */
export function recordedSources(options: ReplayOptions = {}): Record<string, ReplayHandler> {
  return Object.assign({}, ...SYSTEMS.map((s) => s.mounts(options)));
}

/**
 * The day the demo and the tests take as today (RH_TODAY): the recordings hold special-procedures visits scheduled
 * for February–July 2022 (Sudan, Somalia, Botswana, the Central African Republic), the IACHR's visit to Mexico of
 * 11–15 July 2022 and CEDAW's 81st session (February 2022), so the six-month visit forecast from it has content.
 */
export const RECORDED_TODAY = '2022-02-01';

/** The environment that points every adapter at the replay server (see README: Configuration). */
export function replayEnvironment(server: ReplayServer, uhriIndexDir: string): NodeJS.ProcessEnv {
  return Object.assign({ RH_UHRI_INDEX_DIR: uhriIndexDir, RH_TODAY: RECORDED_TODAY }, ...SYSTEMS.map((s) => s.environment(server)));
}
