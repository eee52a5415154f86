import { fileURLToPath } from 'node:url';
import { SYSTEMS } from '../schema/systems.ts';
import type { GeneratedFile } from './generated-file.ts';

/** The registry's loopback port; each system's subgraph takes the next, in the order of schema/systems.ts. */
const FIRST_PORT = 4101;

/**
 * subgraphs/supergraph.json, the plain data list composition and the gateway read (rover's supergraph config shape):
 * the registry, then one subgraph per system of schema/systems.ts, each with its default loopback URL and its SDL
 * file. Written by `npm run compose`, so adding a system is its entry and its folder.
 */
export function supergraphConfigFile(): GeneratedFile {
  const names = ['registry', ...SYSTEMS.map((s) => s.subgraph)];
  const subgraphs = Object.fromEntries(
    names.map((name, i) => [
      name,
      { routing_url: `http://127.0.0.1:${FIRST_PORT + i}/graphql`, schema: { file: `${name}/schema.graphql` } },
    ]),
  );
  return {
    path: fileURLToPath(new URL('../subgraphs/supergraph.json', import.meta.url)),
    text: `${JSON.stringify({ subgraphs }, null, 2)}\n`,
  };
}
