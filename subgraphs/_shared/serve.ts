import express from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { observeRequests } from '../../observability/request.ts';
import { observePlugin } from '../../observability/apollo-plugin.ts';
import { mountOpsEndpoints } from '../../observability/endpoints.ts';
import { startTracing } from '../../observability/tracing.ts';

export interface ServedSubgraph {
  /** http://127.0.0.1:PORT/graphql */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions<C extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  context: () => C;
  /** What GET /health answers (JSON). */
  health: () => unknown;
  port?: number;
  host?: string;
  /** A system subgraph makes per-source statuses: its metrics count them (the registry only passes them on). */
  makesSourceStatuses?: boolean;
}

/**
 * Runs one subgraph on its own HTTP server (so a mechanism can host it alone): POST /graphql, GET /health, and
 * /metrics, /livez, /readyz as every service of the hub.
 * Stack traces never leave the process, whatever NODE_ENV says.
 */
export async function serveSubgraph<C extends BaseContext>(opts: ServeOptions<C>): Promise<ServedSubgraph> {
  startTracing();
  const app = express();
  app.disable('x-powered-by');
  app.use(observeRequests(opts.name));
  const httpServer: Server = createServer(app);
  const server = new ApolloServer<C>({
    schema: opts.schema,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(),
      observePlugin(opts.name, { countSourceStatuses: opts.makesSourceStatuses }),
    ],
  });
  await server.start();
  mountOpsEndpoints(app);
  app.get('/health', (_req, res) => { res.json({ subgraph: opts.name, ok: true, ...(opts.health() as object) }); });
  app.use('/graphql', express.json({ limit: '2mb' }), expressMiddleware(server, { context: async () => opts.context() }));
  await new Promise<void>((resolve) => httpServer.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}/graphql`,
    close: async () => { await server.stop(); },
  };
}
