import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SubgraphEndpoint } from '../platform/subgraphs.ts';

/** The committed supergraph (a plain Federation 2 file: the hub's gateway and Hive Gateway both run it as it is). */
export const SUPERGRAPH_PATH = fileURLToPath(new URL('./supergraph.graphql', import.meta.url));

const JOIN_GRAPH = /@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g;

/**
 * The committed supergraph with each subgraph's URL replaced by where it answers now (ephemeral ports in tests, a
 * mechanism's own host by RH_<NAME>_URL); a subgraph missing from `endpoints` is an error, not a silent default.
 */
export function supergraphAt(endpoints: SubgraphEndpoint[], sdl = readFileSync(SUPERGRAPH_PATH, 'utf8')): string {
  const urls = new Map(endpoints.map((e) => [e.name, e.url]));
  return sdl.replace(JOIN_GRAPH, (_match, name: string) => {
    const url = urls.get(name);
    if (!url) throw new Error(`The supergraph names subgraph "${name}" but no URL was given for it`);
    return `@join__graph(name: ${JSON.stringify(name)}, url: ${JSON.stringify(url)})`;
  });
}
