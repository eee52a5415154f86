import { composeServices } from '@apollo/composition';
import type { DocumentNode } from 'graphql';
import { registryTypeDefs } from '../subgraphs/registry/index.ts';
import { sourceSubgraphTypeDefs } from '../subgraphs/_shared/source-subgraph.ts';
import { SYSTEMS } from '../schema/systems.ts';
import { subgraphEndpoints, type SubgraphEndpoint } from '../platform/subgraphs.ts';

/**
 * Composition is a build step (npm run compose), not something the gateway does at start: the gateway runs the
 * committed gateway/supergraph.graphql, so it imports no subgraph code, and a test keeps the file fresh.
 */
export interface SubgraphDefinition extends SubgraphEndpoint {
  typeDefs: DocumentNode;
}

/** Static composition (no polling, no managed federation): the subgraphs' SDL in, one supergraph SDL out, or a clear error. */
export function composeSupergraph(subgraphs: SubgraphDefinition[]): string {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: s.typeDefs })));
  if (result.errors?.length || !result.supergraphSdl)
    throw new Error(`Supergraph composition failed:\n${(result.errors ?? []).map((e) => `- ${e.message}`).join('\n')}`);
  return result.supergraphSdl;
}

/** Each endpoint with the SDL this repository defines for it. */
function withLocalTypeDefs(endpoints: SubgraphEndpoint[]): SubgraphDefinition[] {
  return endpoints.map((e) => {
    if (e.name === 'registry') return { ...e, typeDefs: registryTypeDefs };
    const entry = SYSTEMS.find((s) => s.subgraph === e.name);
    if (!entry) throw new Error(`No SDL is known for subgraph "${e.name}"; known: registry, ${SYSTEMS.map((s) => s.subgraph).join(', ')}`);
    return { ...e, typeDefs: sourceSubgraphTypeDefs(entry) };
  });
}

/** The supergraph of this repository's subgraphs at their default loopback URLs (what gateway/supergraph.graphql holds). */
export function composeDefaultSupergraph(): string {
  return composeSupergraph(withLocalTypeDefs(subgraphEndpoints({})));
}
