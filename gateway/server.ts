import express from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { composeSupergraph } from './compose.ts';
import { withLocalTypeDefs } from './local-subgraphs.ts';
import { HubDataSource } from './data-source.ts';
import { checkSubgraphs } from './health.ts';
import { depthLimitRule } from './limits.ts';
import { errorsPlugin } from './errors-plugin.ts';
import { DEFAULT_QUERY, EXAMPLE_TABS } from './default-query.ts';
import type { SubgraphEndpoint } from './subgraphs.ts';

export interface GatewayOptions {
  subgraphs: SubgraphEndpoint[];
  port?: number;
  host?: string;
  /** Deadline for one subgraph call, in milliseconds. Default 30_000. */
  subgraphTimeoutMs?: number;
}

export interface RunningGateway {
  /** http://HOST:PORT (GraphQL at /graphql, GraphiQL at / and /graphql in a browser, health at /health). */
  origin: string;
  supergraphSdl: string;
  close(): Promise<void>;
}

/** GraphiQL from the package's own bundle: no CDN, works offline. */
const graphiqlHtml = () => renderGraphiQL({ endpoint: '/graphql', title: 'Rights Hub', defaultQuery: DEFAULT_QUERY, defaultTabs: EXAMPLE_TABS } as never);

/** The Apollo gateway over a statically composed supergraph, with health, GraphiQL and limits. */
export async function startGateway(opts: GatewayOptions): Promise<RunningGateway> {
  const supergraphSdl = composeSupergraph(withLocalTypeDefs(opts.subgraphs));
  const urls = new Map(opts.subgraphs.map((s) => [s.name, s.url]));
  const timeoutMs = opts.subgraphTimeoutMs ?? 30_000;
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new HubDataSource(name, urls.get(name) ?? url ?? '', timeoutMs),
  });

  const app = express();
  const httpServer = createServer(app);
  const server = new ApolloServer({
    gateway,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimitRule()],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      errorsPlugin,
      { async serverWillStart() { return { async renderLandingPage() { return { html: graphiqlHtml() }; } }; } },
    ],
  });
  await server.start();

  app.get('/', (_req, res) => { res.type('html').send(graphiqlHtml()); });
  app.get('/health', async (_req, res) => {
    const subgraphs = await checkSubgraphs(opts.subgraphs);
    res.status(subgraphs.every((s) => s.ok) ? 200 : 503).json({ ok: subgraphs.every((s) => s.ok), subgraphs });
  });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(server));

  await new Promise<void>((resolve) => httpServer.listen(opts.port ?? 4000, opts.host ?? '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return { origin: `http://${opts.host ?? '127.0.0.1'}:${port}`, supergraphSdl, close: () => server.stop() };
}
