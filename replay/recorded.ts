import type { System } from '../schema/types.ts';
import { systemEntry } from '../schema/systems.ts';
import type { ReplayHandler, ReplayOptions } from '../adapters/_kit/replay-types.ts';
import type { ReplayServer } from './server.ts';
import type { SourceDeclaration } from '../subgraphs/_shared/source-declaration.ts';
import { urlVariableOf } from '../subgraphs/_shared/source-declaration.ts';
import { ALL_DECLARATIONS, declarationsOf } from '../subgraphs/systems.ts';

/** Some sources' recorded stand-ins: each declaration's mount (named as the source) and the RH_* variables that point its readers there. */
export interface ReplaySystem {
  mounts(options?: ReplayOptions): Record<string, ReplayHandler>;
  environment(server: ReplayServer): NodeJS.ProcessEnv;
}

/** The replay of these declarations (a declaration with `site` reads its site's mount). */
function replayOf(declarations: readonly SourceDeclaration[]): ReplaySystem {
  const replayed = declarations.filter((d) => d.replay);
  return {
    mounts: (options = {}) => Object.fromEntries(replayed.map((d) => [d.name, d.replay!.mount(options)])),
    environment: (server) =>
      Object.assign({}, ...replayed.map((d) => ({ [urlVariableOf(d)]: server.baseUrl(d.name), ...d.replay!.settings }))),
  };
}

/** One system's recorded sources: systemReplay('AFRICAN').mounts() → { achpr, 'african-court', ihrda }. */
export function systemReplay(system: System): ReplaySystem {
  return replayOf(declarationsOf(systemEntry(system).subgraph));
}

const ALL = replayOf(ALL_DECLARATIONS);

/**
 * Every source the demo and the tests replay, by mount name, each answering its real paths with the
 * recorded responses in test/fixtures (provenance in test/fixtures/README.md).
 */
export function recordedSources(options: ReplayOptions = {}): Record<string, ReplayHandler> {
  return ALL.mounts(options);
}

/**
 * The day the demo and the tests take as today (RH_TODAY): the recordings hold special-procedures visits scheduled
 * for February–July 2022 (Sudan, Somalia, Botswana, the Central African Republic), the IACHR's visit to Mexico of
 * 11–15 July 2022 and CEDAW's 81st session (February 2022), so the six-month visit forecast from it has content.
 */
export const RECORDED_TODAY = '2022-02-01';

/** The environment that points every adapter at the replay server (see README: Configuration). */
export function replayEnvironment(server: ReplayServer, uhriIndexDir: string): NodeJS.ProcessEnv {
  return { RH_UHRI_INDEX_DIR: uhriIndexDir, RH_TODAY: RECORDED_TODAY, ...ALL.environment(server) };
}
