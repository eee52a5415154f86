import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { supergraphAt } from './supergraph.ts';
import { HubDataSource } from './data-source.ts';
import { checkSubgraphs, createReadiness } from './health.ts';
import { QUERY_LIMITS, queryLimitRules } from './limits.ts';
import { fanOutTable, type FanOutTable } from './fan-out.ts';
import { errorsPlugin } from './errors-plugin.ts';
import { DEFAULT_QUERY, EXAMPLE_TABS } from './default-query.ts';
import { planUpstreamBudget } from './upstream-grants.ts';
import { createResponseCache, type ResponseCache, type ResponseCacheConfig } from './response-cache.ts';
import type { SubgraphEndpoint } from './subgraphs.ts';
import { lruKeyValueCache } from '../adapters/_kit/lru-map.ts';
import { observeRequests } from '../observability/request.ts';
import { observePlugin } from '../observability/apollo-plugin.ts';
import { mountOpsEndpoints } from '../observability/endpoints.ts';
import { startTracing } from '../observability/tracing.ts';
import { exportHandler } from './export/endpoint.ts';
import { mountFeeds } from './feeds/endpoint.ts';
import { graphqlJsonBody, hubApp, jsonErrors } from '../subgraphs/_shared/http-surface.ts';
import { noPhoningHome, withoutGatewayTelemetry } from '../subgraphs/_shared/no-phoning-home.ts';
import { SYSTEM_SOURCES } from '../subgraphs/systems.ts';
import { systemEntry } from '../schema/systems.ts';

export interface GatewayOptions {
  subgraphs: SubgraphEndpoint[];
  port?: number;
  host?: string;
  /** Deadline for one subgraph call, in milliseconds. Default 30_000. */
  subgraphTimeoutMs?: number;
  /** Source readers per system and list, for the fan-out cost; default from this repository's sources. */
  fanOut?: FanOutTable;
  /** The cache of whole answers (response-cache.ts); false: none. Default: in memory. */
  responseCache?: ResponseCacheConfig | false;
}

export interface RunningGateway {
  /** http://HOST:PORT (GraphQL at /graphql, GraphiQL at / and /graphql in a browser, health at /health). */
  origin: string;
  supergraphSdl: string;
  /** The cache of whole answers, when on. */
  responseCache?: ResponseCache;
  close(): Promise<void>;
}

/** The gateway's caches of client queries, bounded so that a stream of distinct queries cannot grow memory (bench/soak.bench.ts). */
const QUERY_PLAN_STORE_MIB = 4;
const PARSED_DOCUMENTS = 200;

/** GraphiQL from the package's own bundle: no CDN, works offline. */
const graphiqlHtml = () => renderGraphiQL({ endpoint: '/graphql', title: 'Rights Hub', defaultQuery: DEFAULT_QUERY, defaultTabs: EXAMPLE_TABS } as never);

const BODY_LIMIT = '1mb';

/** The fan-out of this repository's own subgraphs (a subgraph hosted elsewhere is assumed to have the same sources). */
const hubFanOut = () => fanOutTable((system) => SYSTEM_SOURCES[systemEntry(system).subgraph](process.env));

/** The Apollo gateway over a statically composed supergraph, with health, GraphiQL and limits. */
export async function startGateway(opts: GatewayOptions): Promise<RunningGateway> {
  const supergraphSdl = supergraphAt(opts.subgraphs);
  const urls = new Map(opts.subgraphs.map((s) => [s.name, s.url]));
  const timeoutMs = opts.subgraphTimeoutMs ?? 30_000;
  const gateway = withoutGatewayTelemetry(() => new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new HubDataSource(name, urls.get(name) ?? url ?? '', timeoutMs),
    experimental_didResolveQueryPlan: ({ queryPlan, requestContext }) => planUpstreamBudget(requestContext.context, queryPlan),
    // Query plans of ever-new client queries: a few MiB, not the default 30 (memory stays flat under load).
    experimental_approximateQueryPlanStoreMiB: QUERY_PLAN_STORE_MIB,
  }));

  const responseCache = opts.responseCache === false ? undefined : createResponseCache(opts.responseCache);
  startTracing();
  const app = hubApp();
  app.use(observeRequests('gateway'));
  const httpServer = createServer(app);
  const server = new ApolloServer({
    gateway,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    documentStore: lruKeyValueCache(PARSED_DOCUMENTS),
    validationRules: queryLimitRules(opts.fanOut ?? hubFanOut()),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...noPhoningHome(),
      errorsPlugin,
      // After errorsPlugin: an answer is kept as the client gets it.
      ...(responseCache ? [responseCache.plugin] : []),
      observePlugin('gateway'),
      { async serverWillStart() { return { async renderLandingPage() { return { html: graphiqlHtml() }; } }; } },
    ],
  });
  await server.start();
  responseCache?.attach(server);

  app.get('/', (_req, res) => { res.type('html').send(graphiqlHtml()); });
  mountOpsEndpoints(app, createReadiness(opts.subgraphs));
  // The export reads the gateway's own public API over loopback (a wildcard listen address is reached on 127.0.0.1).
  const selfHost = !opts.host || opts.host === '0.0.0.0' || opts.host === '::' ? '127.0.0.1' : opts.host;
  const ownGraphqlUrl = () => `http://${selfHost}:${(httpServer.address() as AddressInfo).port}/graphql`;
  app.get('/export', exportHandler(ownGraphqlUrl));
  mountFeeds(app, ownGraphqlUrl);
  app.get('/health', async (_req, res) => {
    const subgraphs = await checkSubgraphs(opts.subgraphs);
    res.status(subgraphs.every((s) => s.ok) ? 200 : 503).json({ ok: subgraphs.every((s) => s.ok), subgraphs });
  });
  app.use('/graphql', ...graphqlJsonBody(BODY_LIMIT), expressMiddleware(server));
  app.use(...jsonErrors(BODY_LIMIT));

  await new Promise<void>((resolve) => httpServer.listen(opts.port ?? 4000, opts.host ?? '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return { origin: `http://${opts.host ?? '127.0.0.1'}:${port}`, supergraphSdl, responseCache, close: async () => { await server.stop(); await responseCache?.close(); } };
}
