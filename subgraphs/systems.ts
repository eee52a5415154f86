import type { System } from '../schema/types.ts';
import { SYSTEMS, type SystemEntry } from '../schema/systems.ts';
import type { ContractSource } from './_shared/contract-source.ts';
import { resolversOf, sourcesOf, type SourceDeclaration } from './_shared/source-declaration.ts';
import { focalPointResolvers, type FocalPointEntry } from './_shared/focal-points.ts';

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

/** Each system's source declarations (subgraphs/<subgraph>/sources.ts exports SOURCES). */
const DECLARED = await fromEachSystem<readonly SourceDeclaration[]>('sources.ts', 'SOURCES');

/** Each system's focal points for cooperation, as its own subgraph configures them (subgraphs/<subgraph>/focal-points.ts exports FOCAL_POINTS). */
const FOCAL_POINTS = await fromEachSystem<Record<string, FocalPointEntry>>('focal-points.ts', 'FOCAL_POINTS');

/** A system's source declarations, in merge order. */
export function declarationsOf(subgraph: string): readonly SourceDeclaration[] {
  const declared = DECLARED.get(subgraph);
  if (!declared) throw new Error(`No system has the subgraph "${subgraph}"; known: ${[...DECLARED.keys()].join(', ')}`);
  return declared;
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

/** What each system subgraph resolves beyond its parts: its focal points (FocalPoint) and its own SDL's fields (subgraphs/<system>/schema.graphql). */
export const SYSTEM_RESOLVERS: Record<string, (env: NodeJS.ProcessEnv) => Record<string, object>> = Object.fromEntries(
  SYSTEMS.map((e) => [
    e.subgraph,
    (env: NodeJS.ProcessEnv) => ({
      ...focalPointResolvers(e, FOCAL_POINTS.get(e.subgraph)!, env),
      ...resolversOf(declarationsOf(e.subgraph), env),
    }),
  ]),
);

/** Each system's source names under this configuration: the only statuses the registry believes from that system's subgraph. */
export function sourceNamesBySystem(env: NodeJS.ProcessEnv): Record<System, string[]> {
  return Object.fromEntries(SYSTEMS.map((e) => [e.system, SYSTEM_SOURCES[e.subgraph](env).map((s) => s.name)])) as Record<System, string[]>;
}
