import { SYSTEMS } from '../schema/systems.ts';
import { urlVariable } from '../schema/url-variable.ts';

/** One subgraph the gateway federates: its name (as in the supergraph) and where it answers. */
export interface SubgraphEndpoint {
  name: string;
  url: string;
}

/** Env variable for a subgraph's URL: subgraphUrlVariable('council-of-europe') === 'RH_COUNCIL_OF_EUROPE_URL' */
export const subgraphUrlVariable = urlVariable;

/** Default loopback ports, in list order: registry 4101, un 4102, council-of-europe 4103, inter-american 4104, african 4105. */
export const SUBGRAPH_NAMES = ['registry', ...SYSTEMS.map((s) => s.subgraph)] as const;
const FIRST_PORT = 4101;

/** The subgraph list composition reads: each URL from RH_<NAME>_URL, else the loopback default. */
export function subgraphEndpoints(env: NodeJS.ProcessEnv = process.env): SubgraphEndpoint[] {
  return SUBGRAPH_NAMES.map((name, i) => ({ name, url: env[subgraphUrlVariable(name)] ?? `http://127.0.0.1:${FIRST_PORT + i}/graphql` }));
}
