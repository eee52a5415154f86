import { fileURLToPath } from 'node:url';
import { composeSupergraph } from './compose.ts';
import { withLocalTypeDefs } from './local-subgraphs.ts';
import { subgraphEndpoints } from './subgraphs.ts';

/** The committed supergraph (a plain Federation 2 file, also runnable under Apollo Router or Hive Gateway). */
export const SUPERGRAPH_PATH = fileURLToPath(new URL('./supergraph.graphql', import.meta.url));

/** The supergraph of this repository's subgraphs at their default loopback URLs. */
export function composeDefaultSupergraph(): string {
  return composeSupergraph(withLocalTypeDefs(subgraphEndpoints({})));
}
