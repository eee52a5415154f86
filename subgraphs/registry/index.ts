import { buildSubgraphSchema } from '@apollo/subgraph';
import { REGISTRY_TYPE_DEFS } from './sdl.ts';
import { registryResolvers } from './resolvers.ts';

/**
 * The registry: reference data the hub maintains (countries, mechanisms, themes, systems) and the
 * cross-system pages. It holds no mechanism record and calls no source: the gateway brings the parts.
 */
export const registryTypeDefs = REGISTRY_TYPE_DEFS;
export const registrySchema = buildSubgraphSchema({ typeDefs: REGISTRY_TYPE_DEFS, resolvers: registryResolvers as never });
