import type { System } from '../schema/types.ts';
import { SYSTEMS } from '../schema/systems.ts';
import type { ContractSource } from './_shared/contract-source.ts';
import { unResolvers, unSources } from './un/sources.ts';
import { coeSources } from './council-of-europe/sources.ts';
import { interAmericanSources } from './inter-american/sources.ts';
import { africanSources } from './african/sources.ts';

/** Each system subgraph's sources, by subgraph name (schema/systems.ts lists the systems). */
export const SYSTEM_SOURCES: Record<string, (env: NodeJS.ProcessEnv) => ContractSource[]> = {
  un: unSources,
  'council-of-europe': coeSources,
  'inter-american': interAmericanSources,
  african: africanSources,
};

/** Resolvers of a system's own SDL (subgraphs/<system>/schema.graphql), by subgraph name, where it has one. */
export const SYSTEM_RESOLVERS: Record<string, (env: NodeJS.ProcessEnv) => Record<string, object>> = { un: unResolvers };

/** Each system's source names under this configuration: the only statuses the registry believes from that system's subgraph. */
export function sourceNamesBySystem(env: NodeJS.ProcessEnv): Record<System, string[]> {
  return Object.fromEntries(SYSTEMS.map((e) => [e.system, SYSTEM_SOURCES[e.subgraph](env).map((s) => s.name)])) as Record<System, string[]>;
}
