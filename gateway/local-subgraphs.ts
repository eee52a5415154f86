import { registryTypeDefs } from '../subgraphs/registry/index.ts';
import { sourceSubgraphTypeDefs } from '../subgraphs/_shared/source-subgraph.ts';
import { SYSTEMS } from '../schema/systems.ts';
import type { SubgraphDefinition } from './compose.ts';
import type { SubgraphEndpoint } from './subgraphs.ts';

/** Each endpoint with the SDL this repository defines for it (what static composition reads). */
export function withLocalTypeDefs(endpoints: SubgraphEndpoint[]): SubgraphDefinition[] {
  return endpoints.map((e) => {
    if (e.name === 'registry') return { ...e, typeDefs: registryTypeDefs };
    const entry = SYSTEMS.find((s) => s.subgraph === e.name);
    if (!entry) throw new Error(`No SDL is known for subgraph "${e.name}"; known: registry, ${SYSTEMS.map((s) => s.subgraph).join(', ')}`);
    return { ...e, typeDefs: sourceSubgraphTypeDefs(entry) };
  });
}
