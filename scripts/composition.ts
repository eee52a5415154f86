import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, type DocumentNode } from 'graphql';
import { sdlFileOf, subgraphEndpoints, type SubgraphEndpoint } from '../platform/subgraphs.ts';

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

/**
 * The supergraph of the subgraphs subgraphs/supergraph.json lists, at their default URLs, from their committed SDL
 * files (what gateway/supergraph.graphql holds): the data list and the files, no subgraph code.
 */
export function composeDefaultSupergraph(): string {
  return composeSupergraph(subgraphEndpoints({}).map((e) => ({ ...e, typeDefs: parse(readFileSync(sdlFileOf(e.name), 'utf8')) })));
}
