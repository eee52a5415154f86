import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { supergraphAt } from './supergraph.ts';
import type { GatewayOptions, RunningGateway } from './server.ts';

/**
 * The same committed supergraph under a second Federation 2 gateway: Hive Gateway with its Rust query planner
 * (the planner of Hive Router). Its default planner (@graphql-tools/stitch) cannot follow the registry's
 * `@requires` through the union-typed hidden `parts` field; the Rust planner runs the file unchanged.
 * What differs from the hub's gateway is said in the README ("Running behind Hive Gateway").
 */
export async function startHiveGateway(opts: Omit<GatewayOptions, 'fanOut'>): Promise<RunningGateway> {
  const supergraphSdl = supergraphAt(opts.subgraphs);
  const gateway = createGatewayRuntime({
    supergraph: supergraphSdl,
    unifiedGraphHandler,
    logging: false,
    // Subgraph deadline, as the hub's gateway has: a silent subgraph becomes an error on its fields, not a hang.
    upstreamTimeout: opts.subgraphTimeoutMs ?? 30_000,
    graphiql: false,
    landingPage: false,
  });
  const httpServer = createServer(gateway);
  await new Promise<void>((resolve) => httpServer.listen(opts.port ?? 4000, opts.host ?? '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    origin: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    supergraphSdl,
    close: async () => {
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await gateway.dispose();
    },
  };
}
