import type { DocumentNode } from 'graphql';
import { SYSTEMS } from '../../schema/systems.ts';
import { resolversOf, sourcesOf, type SourceDeclaration } from './source-declaration.ts';
import { focalPointResolvers, type FocalPointEntry } from './focal-points.ts';
import { buildSourceSubgraph, sourceSubgraphTypeDefs, type SourceSubgraph } from './source-subgraph.ts';
import type { SourceRuntime } from './runtime.ts';
import type { SliceOptions } from './system-slice.ts';

/** What a system's folder makes of itself (subgraphs/<system>/index.ts): its sources, focal points, SDL, and how to build it. */
export interface SystemSubgraph {
  /** Its source declarations, in merge order (./sources.ts). */
  declarations: readonly SourceDeclaration[];
  /** Its whole SDL: what it serves, and what `npm run compose` writes to its schema.graphql. */
  typeDefs: DocumentNode;
  /** The subgraph with its sources as `env` configures them, its focal points and its own SDL's resolvers. */
  build(env: NodeJS.ProcessEnv, runtime: SourceRuntime, slice?: SliceOptions): SourceSubgraph;
}

/** The subgraph of the system named `subgraph` in schema/systems.ts, from what its folder declares. */
export function systemSubgraph(
  subgraph: string,
  declarations: readonly SourceDeclaration[],
  focalPoints: Readonly<Record<string, FocalPointEntry>>,
): SystemSubgraph {
  const entry = SYSTEMS.find((s) => s.subgraph === subgraph);
  if (!entry) throw new Error(`No system in schema/systems.ts has the subgraph "${subgraph}"`);
  return {
    declarations,
    typeDefs: sourceSubgraphTypeDefs(entry),
    build: (env, runtime, slice) =>
      buildSourceSubgraph(entry, sourcesOf(declarations, env), runtime, slice, {
        ...focalPointResolvers(entry, focalPoints, env),
        ...resolversOf(declarations, env),
      }),
  };
}
