import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { lruKeyValueCache } from '../../adapters/_kit/lru-map.ts';
import type { GraphQLSchema } from 'graphql';
import { observeRequests } from '../../observability/request.ts';
import { observePlugin } from '../../observability/apollo-plugin.ts';
import { mountOpsEndpoints } from '../../observability/endpoints.ts';
import { startTracing } from '../../observability/tracing.ts';
import { graphqlJsonBody, hubApp, jsonErrors } from '../../platform/http-surface.ts';
import { budgetFromHeader, UPSTREAM_BUDGET_HEADER, UPSTREAM_USED_HEADER, type UpstreamBudget } from '../../platform/upstream-budget.ts';
import { noPhoningHome } from '../../platform/no-phoning-home.ts';
import { SUBGRAPH_LIMITS, subgraphLimitRules, withLimitCode } from '../../platform/limits.ts';
import { ANONYMOUS, type Caller } from '../../access/caller.ts';
import { createIdentity, identityConfigOf, IdentityRefused, type Identity } from '../../access/identity.ts';
import { auditRestrictedAnswer } from '../../access/audit.ts';
import { logger } from '../../observability/logging.ts';
import type { RequestAccess } from './contract-source.ts';
import { answerFreshnessPlugin, REFERENCE_MAX_AGE_SECONDS } from './answer-freshness.ts';

export interface ServedSubgraph {
  /** http://127.0.0.1:PORT/graphql */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions<C extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  /**
   * A context per request, given the upstream budget the caller's x-rh-upstream-budget header grants (capped by the
   * ceiling) and the caller its credential headers prove (verified here again, whatever the gateway did).
   */
  context: (upstreamBudget: number, caller: Caller) => C;
  /** Verifies the caller's credentials; default: from RH_AUTH_* and RH_API_KEYS (the same settings as the gateway's). */
  identity?: Identity;
  /** What GET /health answers (JSON). */
  health: () => unknown;
  port?: number;
  host?: string;
  /** A system subgraph makes per-source statuses: its metrics count them (the registry only passes them on). */
  makesSourceStatuses?: boolean;
}

const BODY_LIMIT = '2mb';

/** Answers how many upstream requests the call made (UPSTREAM_USED_HEADER), for the gateway's count. */
const reportUpstreamUse: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const upstream = (contextValue as { upstream?: UpstreamBudget }).upstream;
        if (upstream) response.http.headers.set(UPSTREAM_USED_HEADER, String(upstream.used));
      },
    };
  },
};

/** Logs the audit line of an answer that included restricted records (the slice collects them in the context). */
const auditPlugin = (service: string): ApolloServerPlugin<BaseContext> => ({
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        const access = (contextValue as { access?: RequestAccess }).access;
        if (access) auditRestrictedAnswer(service, access.caller, access.shown);
      },
    };
  },
});

/**
 * The caller of a subgraph request. A credential that fails here is not an error to the caller (the gateway refuses
 * those with a 401 before any subgraph is called): the subgraph answers as to anyone, PUBLIC data only, and logs it.
 */
async function verifiedCaller(identity: Identity, service: string, headers: IncomingHttpHeaders): Promise<Caller> {
  try {
    return await identity.callerOf(headers);
  } catch (err) {
    if (!(err instanceof IdentityRefused)) throw err;
    logger.warn({ service, code: err.code }, 'credential refused by the subgraph: answered as to an anonymous caller');
    return ANONYMOUS;
  }
}

/**
 * Runs one subgraph on its own HTTP server (so a mechanism can host it alone): POST /graphql, GET /health, and
 * /metrics, /livez, /readyz as every service of the hub.
 * Stack traces never leave the process, whatever NODE_ENV says; every failure is a JSON error (http-surface.ts).
 */
export async function serveSubgraph<C extends BaseContext>(opts: ServeOptions<C>): Promise<ServedSubgraph> {
  startTracing();
  const app = hubApp();
  app.use(observeRequests(opts.name));
  const httpServer: Server = createServer(app);
  const server = new ApolloServer<C>({
    schema: opts.schema,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: SUBGRAPH_LIMITS.tokens },
    validationRules: subgraphLimitRules(),
    formatError: withLimitCode,
    // The gateway's operations, parsed once each; bounded, as the gateway's own (gateway/server.ts).
    documentStore: lruKeyValueCache(200),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ...noPhoningHome(),
      reportUpstreamUse,
      auditPlugin(opts.name),
      // The answer's cache hint (cache-control: max-age), for the gateway's response cache: the freshness plugin
      // restricts the policy before Apollo's cache-control plugin, listed after it, writes the header.
      answerFreshnessPlugin,
      ApolloServerPluginCacheControl({ defaultMaxAge: REFERENCE_MAX_AGE_SECONDS }),
      observePlugin(opts.name, { countSourceStatuses: opts.makesSourceStatuses }),
    ],
  });
  await server.start();
  mountOpsEndpoints(app);
  app.get('/health', (_req, res) => {
    res.json({ subgraph: opts.name, ok: true, ...(opts.health() as object) });
  });
  const identity = opts.identity ?? createIdentity(identityConfigOf(process.env));
  app.use(
    '/graphql',
    ...graphqlJsonBody(BODY_LIMIT),
    expressMiddleware(server, {
      context: async ({ req }) =>
        opts.context(budgetFromHeader(req.headers[UPSTREAM_BUDGET_HEADER]), await verifiedCaller(identity, opts.name, req.headers)),
    }),
  );
  app.use(...jsonErrors(BODY_LIMIT));
  await new Promise<void>((resolve) => httpServer.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}/graphql`,
    close: async () => {
      await server.stop();
    },
  };
}
