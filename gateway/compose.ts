import { composeServices } from '@apollo/composition';
import type { DocumentNode } from 'graphql';
import type { SubgraphEndpoint } from './subgraphs.ts';

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
