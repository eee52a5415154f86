import { buildSubgraphSchema } from '@apollo/subgraph';
import { REGISTRY_TYPE_DEFS } from './sdl.ts';
import { registryResolvers } from './resolvers.ts';
import type { RegistryTrust } from './page.ts';
import type { Today } from './forecast/window.ts';

/**
 * The registry: reference data the hub maintains (countries, mechanisms, themes, systems) and the
 * cross-system pages. It holds no mechanism record and calls no source: the gateway brings the parts.
 * Its whole SDL (./sdl.ts, from ./own.graphql and the systems) is what `npm run compose` writes to ./schema.graphql.
 */
export const typeDefs = REGISTRY_TYPE_DEFS;
/** The registry's schema, signing with `trust.tokens` (the key the system subgraphs verify with); `today` is its clock (todayFrom(env)). */
export function buildRegistrySchema(trust: RegistryTrust, today?: Today) {
  return buildSubgraphSchema({ typeDefs: REGISTRY_TYPE_DEFS, resolvers: registryResolvers(trust, today) as never });
}
