import type { System } from '../schema/types.ts';
import { SYSTEMS, type SystemEntry } from '../schema/systems.ts';
import type { ContractSource } from './_shared/contract-source.ts';
import { resolversOf, sourcesOf, type SourceDeclaration } from './_shared/source-declaration.ts';
import { focalPointResolvers, type FocalPointEntry } from './_shared/focal-points.ts';

/**
 * Each system's source declarations, read from its folder (subgraphs/<subgraph>/sources.ts exports SOURCES): the
 * systems are listed once, in schema/systems.ts, and a system's folder is found by its subgraph's name.
 */
const DECLARED: ReadonlyMap<string, readonly SourceDeclaration[]> = new Map(
  await Promise.all(
    SYSTEMS.map(async (e: SystemEntry) => {
      const module = (await import(`./${e.subgraph}/sources.ts`)) as { SOURCES: readonly SourceDeclaration[] };
      return [e.subgraph, module.SOURCES] as const;
    }),
  ),
);

/** Each system's focal points for cooperation, as its own subgraph configures them (subgraphs/<subgraph>/focal-points.ts exports FOCAL_POINTS). */
const FOCAL_POINTS: ReadonlyMap<string, Record<string, FocalPointEntry>> = new Map(
  await Promise.all(
    SYSTEMS.map(async (e: SystemEntry) => {
      const module = (await import(`./${e.subgraph}/focal-points.ts`)) as { FOCAL_POINTS: Record<string, FocalPointEntry> };
      return [e.subgraph, module.FOCAL_POINTS] as const;
    }),
  ),
);

/** A system's source declarations, in merge order. */
export function declarationsOf(subgraph: string): readonly SourceDeclaration[] {
  const declared = DECLARED.get(subgraph);
  if (!declared) throw new Error(`No system has the subgraph "${subgraph}"; known: ${[...DECLARED.keys()].join(', ')}`);
  return declared;
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
