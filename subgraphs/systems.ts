import type { System } from '../schema/types.ts';
import { SYSTEMS } from '../schema/systems.ts';
import type { ContractSource } from './_shared/contract-source.ts';
import { unResolvers, unSources } from './un/sources.ts';
import { coeSources } from './council-of-europe/sources.ts';
import { interAmericanSources } from './inter-american/sources.ts';
import { africanSources } from './african/sources.ts';
import { focalPointResolvers, type FocalPointEntry } from './_shared/focal-points.ts';
import { UN_FOCAL_POINTS } from './un/focal-points.ts';
import { COE_FOCAL_POINTS } from './council-of-europe/focal-points.ts';
import { INTER_AMERICAN_FOCAL_POINTS } from './inter-american/focal-points.ts';
import { AFRICAN_FOCAL_POINTS } from './african/focal-points.ts';

/** Each system subgraph's sources, by subgraph name (schema/systems.ts lists the systems). */
export const SYSTEM_SOURCES: Record<string, (env: NodeJS.ProcessEnv) => ContractSource[]> = {
  un: unSources,
  'council-of-europe': coeSources,
  'inter-american': interAmericanSources,
  african: africanSources,
};

/** Each system's focal points for cooperation, as its own subgraph configures them (subgraphs/<system>/focal-points.ts). */
const FOCAL_POINTS: Record<string, Record<string, FocalPointEntry>> = {
  un: UN_FOCAL_POINTS,
  'council-of-europe': COE_FOCAL_POINTS,
  'inter-american': INTER_AMERICAN_FOCAL_POINTS,
  african: AFRICAN_FOCAL_POINTS,
};

/** Resolvers of a system's own SDL (subgraphs/<system>/schema.graphql), by subgraph name, where it has one. */
const OWN_RESOLVERS: Record<string, (env: NodeJS.ProcessEnv) => Record<string, object>> = { un: unResolvers };

/** What each system subgraph resolves beyond its parts: its focal points (FocalPoint) and its own SDL's fields. */
export const SYSTEM_RESOLVERS: Record<string, (env: NodeJS.ProcessEnv) => Record<string, object>> = Object.fromEntries(SYSTEMS.map((entry) =>
  [entry.subgraph, (env: NodeJS.ProcessEnv) => ({ ...focalPointResolvers(entry, FOCAL_POINTS[entry.subgraph], env), ...OWN_RESOLVERS[entry.subgraph]?.(env) })]));

/** Each system's source names under this configuration: the only statuses the registry believes from that system's subgraph. */
export function sourceNamesBySystem(env: NodeJS.ProcessEnv): Record<System, string[]> {
  return Object.fromEntries(SYSTEMS.map((e) => [e.system, SYSTEM_SOURCES[e.subgraph](env).map((s) => s.name)])) as Record<System, string[]>;
}
