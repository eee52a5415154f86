import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import compression from 'compression';
import { supergraphAt } from './supergraph.ts';
import { HubDataSource } from './data-source.ts';
import { checkSubgraphs, createReadiness } from './health.ts';
import { QUERY_LIMITS, queryLimitRules } from '../platform/limits.ts';
import type { FanOutTable } from '../platform/fan-out.ts';
import { errorsPlugin } from './errors-plugin.ts';
import { GRAPHIQL_ASSETS, graphiql } from './graphiql.ts';
import { lazyRoutes } from './lazy-routes.ts';
import { answerFreshRepeats } from './fresh-repeats.ts';
import { committedFanOut } from './fan-out.ts';
import { planUpstreamBudget } from './upstream-grants.ts';
import { createResponseCache, type ResponseCache, type ResponseCacheConfig } from './response-cache.ts';
import type { SubgraphEndpoint } from '../platform/subgraphs.ts';
import { lruKeyValueCache } from '../adapters/_kit/lru-map.ts';
import { observeRequests } from '../observability/request.ts';
import { observePlugin } from '../observability/apollo-plugin.ts';
import { mountOpsEndpoints } from '../observability/endpoints.ts';
import { startTracing } from '../observability/tracing.ts';
import { graphqlJsonBody, hubApp, jsonErrors } from '../platform/http-surface.ts';
import { noPhoningHome, withoutGatewayTelemetry } from '../platform/no-phoning-home.ts';
import { createIdentity, identityConfigOf, type Identity } from '../access/identity.ts';
import { requireValidIdentity } from '../access/http.ts';
import { notePlanned, planAhead, type KnownOperation } from './plan-ahead.ts';

export interface GatewayOptions {
  subgraphs: SubgraphEndpoint[];
  port?: number;
  host?: string;
  /** Deadline for one subgraph call, in milliseconds. Default 30_000. */
  subgraphTimeoutMs?: number;
  /** Source readers per system and list, for the fan-out cost (fanOutTable of the subgraphs' sources); default gateway/fan-out.json. */
  fanOut?: FanOutTable;
  /** Verifies callers' tokens and API keys; default from RH_AUTH_* and RH_API_KEYS. */
  identity?: Identity;
  /** Upstream requests one client request may cause, across all its subgraph calls; at most (and default) UPSTREAM_CEILING. */
  upstreamCeiling?: number;
  /** The cache of whole answers (response-cache.ts); false: none. Default: in memory. */
  responseCache?: ResponseCacheConfig | false;
  /** The hub's gateway only: operations planned before it listens (plan-ahead.ts; HUB_PLAN_AHEAD names a manifest); default none. */
  planAhead?: readonly KnownOperation[];
}

/** The routes that answer with records, where a credential that fails verification is a 401 (access/http.ts). */
export const CALLER_ROUTES = ['/graphql', '/export', '/feeds'];

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

const BODY_LIMIT = '1mb';

/** The Apollo gateway over a statically composed supergraph, with health, GraphiQL and limits. */
export async function startGateway(opts: GatewayOptions): Promise<RunningGateway> {
  const supergraphSdl = supergraphAt(opts.subgraphs);
  const urls = new Map(opts.subgraphs.map((s) => [s.name, s.url]));
  const timeoutMs = opts.subgraphTimeoutMs ?? 30_000;
  const gateway = withoutGatewayTelemetry(
    () =>
      new ApolloGateway({
        supergraphSdl,
        buildService: ({ name, url }) => new HubDataSource(name, urls.get(name) ?? url ?? '', timeoutMs),
        experimental_didResolveQueryPlan: ({ queryPlan, requestContext }) => {
          notePlanned(requestContext.context);
          planUpstreamBudget(requestContext.context, queryPlan, opts.upstreamCeiling);
        },
        // Query plans of ever-new client queries: a few MiB, not the default 30 (memory stays flat under load).
        experimental_approximateQueryPlanStoreMiB: QUERY_PLAN_STORE_MIB,
      }),
  );

  const responseCache = opts.responseCache === false ? undefined : createResponseCache(opts.responseCache);
  startTracing();
  const app = hubApp();
  app.use(observeRequests('gateway'));
  // Every answer compressed as the client accepts (brotli, gzip); GraphiQL's are compressed once, ahead (graphiql.ts).
  app.use(compression());
  // A cached answer sent ahead of Express carries the ETag Express's res.send gives the same bytes.
  const etagOf = app.get('etag fn') as (body: Buffer) => string | undefined;
  const httpServer = createServer(responseCache ? answerFreshRepeats(responseCache, app, etagOf) : app);
  const server = new ApolloServer({
    gateway,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    documentStore: lruKeyValueCache(PARSED_DOCUMENTS),
    validationRules: queryLimitRules(opts.fanOut ?? committedFanOut()),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...noPhoningHome(),
      errorsPlugin,
      // After errorsPlugin: an answer is kept as the client gets it.
      ...(responseCache ? [responseCache.plugin] : []),
      observePlugin('gateway'),
      // GraphiQL is served ahead of Apollo (below); Apollo's own landing page would load from a CDN.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await server.start();
  responseCache?.attach(server);
  await planAhead(server, gateway.schema!, opts.planAhead ?? []);

  const ui = graphiql();
  app.get('/', ui.page);
  // A browser opening /graphql gets GraphiQL; a GraphQL GET (with ?query=) goes on to Apollo.
  app.get('/graphql', (req, res, next) =>
    req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html' ? ui.page(req, res, next) : next(),
  );
  app.use(GRAPHIQL_ASSETS, ui.assets);
  app.use(CALLER_ROUTES, requireValidIdentity(opts.identity ?? createIdentity(identityConfigOf(process.env))));
  mountOpsEndpoints(app, createReadiness(opts.subgraphs));
  // The export reads the gateway's own public API over loopback (a wildcard listen address is reached on 127.0.0.1).
  const selfHost = !opts.host || opts.host === '0.0.0.0' || opts.host === '::' ? '127.0.0.1' : opts.host;
  const ownGraphqlUrl = () => `http://${selfHost}:${(httpServer.address() as AddressInfo).port}/graphql`;
  app.use(
    lazyRoutes('/export', async () => {
      const { exportHandler } = await import('./export/endpoint.ts');
      return (router) => router.get('/export', exportHandler(ownGraphqlUrl));
    }),
  );
  app.use(
    lazyRoutes('/feeds/', async () => {
      const { mountFeeds } = await import('./feeds/endpoint.ts');
      return (router) => mountFeeds(router, ownGraphqlUrl);
    }),
  );
  app.get('/health', async (_req, res) => {
    const subgraphs = await checkSubgraphs(opts.subgraphs);
    res.status(subgraphs.every((s) => s.ok) ? 200 : 503).json({ ok: subgraphs.every((s) => s.ok), subgraphs });
  });
  app.use('/graphql', ...graphqlJsonBody(BODY_LIMIT), expressMiddleware(server));
  app.use(...jsonErrors(BODY_LIMIT));

  await new Promise<void>((resolve) => httpServer.listen(opts.port ?? 4000, opts.host ?? '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    origin: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    supergraphSdl,
    responseCache,
    close: async () => {
      await server.stop();
      await responseCache?.close();
    },
  };
}
