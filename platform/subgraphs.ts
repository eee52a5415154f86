import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { urlVariable } from '../schema/url-variable.ts';

/** One subgraph the gateway federates: its name (as in the supergraph) and where it answers. */
export interface SubgraphEndpoint {
  name: string;
  url: string;
}

/** Env variable for a subgraph's URL: subgraphUrlVariable('council-of-europe') === 'RH_COUNCIL_OF_EUROPE_URL' */
export const subgraphUrlVariable = urlVariable;

/**
 * The subgraphs the gateway federates, each with its default URL and its committed SDL file: plain data in the shape
 * of rover's supergraph config (subgraphs/supergraph.json), so composition reads files, not subgraph code.
 */
const CONFIG_URL = new URL('../subgraphs/supergraph.json', import.meta.url);

interface SupergraphConfig {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

const CONFIG = JSON.parse(readFileSync(CONFIG_URL, 'utf8')) as SupergraphConfig;

/** The subgraphs in list order: registry (port 4101), un 4102, council-of-europe 4103, inter-american 4104, african 4105. */
export const SUBGRAPH_NAMES: readonly string[] = Object.keys(CONFIG.subgraphs);

/** The subgraph list composition reads: each URL from RH_<NAME>_URL, else the list's default (a loopback port). */
export function subgraphEndpoints(env: NodeJS.ProcessEnv = process.env): SubgraphEndpoint[] {
  return SUBGRAPH_NAMES.map((name) => ({ name, url: env[subgraphUrlVariable(name)] ?? CONFIG.subgraphs[name].routing_url }));
}

/** Where a subgraph's committed SDL is: sdlFileOf('un') is subgraphs/un/schema.graphql, as the list names it. */
export function sdlFileOf(name: string): string {
  const subgraph = CONFIG.subgraphs[name];
  if (!subgraph) throw new Error(`subgraphs/supergraph.json lists no subgraph "${name}"; it lists ${SUBGRAPH_NAMES.join(', ')}`);
  return fileURLToPath(new URL(subgraph.schema.file, CONFIG_URL));
}
