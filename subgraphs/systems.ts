import type { System } from '../schema/types.ts';
import { SYSTEMS, type SystemEntry } from '../schema/systems.ts';
import type { ContractSource } from './_shared/contract-source.ts';
import { sourcesOf, type SourceDeclaration } from './_shared/source-declaration.ts';
import type { SystemSubgraph } from './_shared/system-subgraph.ts';

/**
 * One export of the same module in each system's folder, by subgraph name: the systems are listed once, in
 * schema/systems.ts, and a system's folder is found by its subgraph's name.
 */
async function fromEachSystem<T>(file: string, name: string): Promise<ReadonlyMap<string, T>> {
  const modules = await Promise.all(
    SYSTEMS.map(async (e: SystemEntry) => [e.subgraph, (await import(`./${e.subgraph}/${file}`))[name] as T] as const),
  );
  return new Map(modules);
}

/** Each system's subgraph, as its folder's entry makes it (subgraphs/<subgraph>/index.ts exports SUBGRAPH). */
const SUBGRAPHS = await fromEachSystem<SystemSubgraph>('index.ts', 'SUBGRAPH');

/** A system's subgraph: systemSubgraphOf('un').build(env, runtime) is what serves the UN's part of every list. */
export function systemSubgraphOf(subgraph: string): SystemSubgraph {
  const found = SUBGRAPHS.get(subgraph);
  if (!found) throw new Error(`No system has the subgraph "${subgraph}"; known: ${[...SUBGRAPHS.keys()].join(', ')}`);
  return found;
}

/** A system's source declarations, in merge order. */
export function declarationsOf(subgraph: string): readonly SourceDeclaration[] {
  return systemSubgraphOf(subgraph).declarations;
}

/** Makes a system's sources ready for their first query (SourceDeclaration.prepare), before its subgraph serves. */
export async function prepareSources(subgraph: string, env: NodeJS.ProcessEnv): Promise<void> {
  await Promise.all(declarationsOf(subgraph).map((d) => d.prepare?.(env)));
}

/** Every source declaration of every system, systems in merge order. */
export const ALL_DECLARATIONS: readonly SourceDeclaration[] = SYSTEMS.flatMap((e) => declarationsOf(e.subgraph));

/** Each system subgraph's sources, by subgraph name. */
export const SYSTEM_SOURCES: Record<string, (env: NodeJS.ProcessEnv) => ContractSource[]> = Object.fromEntries(
  SYSTEMS.map((e) => [e.subgraph, (env: NodeJS.ProcessEnv) => sourcesOf(declarationsOf(e.subgraph), env)]),
);

/** Each system's source names under this configuration: the only statuses the registry believes from that system's subgraph. */
export function sourceNamesBySystem(env: NodeJS.ProcessEnv): Record<System, string[]> {
  return Object.fromEntries(SYSTEMS.map((e) => [e.system, SYSTEM_SOURCES[e.subgraph](env).map((s) => s.name)])) as Record<System, string[]>;
}
