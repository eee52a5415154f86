import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { supergraphAt } from './supergraph.ts';
import { CALLER_ROUTES, type GatewayOptions, type RunningGateway } from './server.ts';
import { createIdentity, identityConfigOf, IdentityRefused, CREDENTIAL_HEADERS } from '../access/identity.ts';
import { errorBody } from '../platform/http-surface.ts';

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
    // The caller's credentials go to every subgraph as they came, and each subgraph verifies them again.
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) =>
        Object.fromEntries(
          CREDENTIAL_HEADERS.flatMap((name) => {
            const value = request.headers.get(name);
            return value ? [[name, value]] : [];
          }),
        ),
    },
  });
  // As at the hub's gateway: a credential that fails verification is a 401 before Hive Gateway plans anything.
  const identity = opts.identity ?? createIdentity(identityConfigOf(process.env));
  const httpServer = createServer(async (req, res) => {
    if (CALLER_ROUTES.some((route) => req.url?.startsWith(route))) {
      try {
        await identity.callerOf(req.headers);
      } catch (err) {
        const refused =
          err instanceof IdentityRefused ? err : new IdentityRefused('The credential could not be verified.', 'RH_AUTH_UNAVAILABLE', 503);
        res.writeHead(refused.status, { 'content-type': 'application/json' }).end(JSON.stringify(errorBody(refused.message, refused.code)));
        return;
      }
    }
    gateway(req, res);
  });
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
