import { SYSTEMS, systemEntry } from '../schema/systems.ts';
import { fanOutTable, type FanOutTable } from '../platform/fan-out.ts';
import { buildRegistrySchema } from '../subgraphs/registry/index.ts';
import { todayFrom } from '../subgraphs/registry/forecast/window.ts';
import { createSourceRuntime, runtimeHealth, scopeKeyOf, type SourceRuntime } from '../subgraphs/_shared/runtime.ts';
import { serveSubgraph, type ServedSubgraph } from '../subgraphs/_shared/serve.ts';
import type { SliceOptions } from '../subgraphs/_shared/system-slice.ts';
import { prepareSources, SYSTEM_SOURCES, sourceNamesBySystem, systemSubgraphOf } from '../subgraphs/systems.ts';
import { startGateway, type RunningGateway } from '../gateway/server.ts';
import { startHiveGateway } from '../gateway/hive.ts';
import { operationsToPlanFromEnv } from '../gateway/plan-ahead.ts';
import { responseCacheFromEnv, type ResponseCacheConfig } from '../gateway/response-cache.ts';
import { SUBGRAPH_NAMES, subgraphEndpoints, subgraphUrlVariable, type SubgraphEndpoint } from '../platform/subgraphs.ts';
import type { HttpConfig } from '../adapters/_kit/config.ts';
import { InvalidConfigError } from '../adapters/_kit/errors.ts';
import { watchStores } from '../observability/metrics.ts';
import { createIdentity, identityConfigOf } from '../access/identity.ts';

export interface HubOptions {
  env?: NodeJS.ProcessEnv;
  /** 0 for an ephemeral port (tests). Default: PORT or 4000. */
  gatewayPort?: number;
  /** Listen on the default subgraph ports 4101… (true) or on ephemeral ones (false, tests). */
  fixedSubgraphPorts?: boolean;
  http?: Partial<HttpConfig>;
  slice?: SliceOptions;
  subgraphTimeoutMs?: number;
  /** The hub's gateway only: upstream requests one client request may cause (GatewayOptions.upstreamCeiling). */
  upstreamCeiling?: number;
  /** The hub gateway's cache of whole answers; default from env (HUB_RESPONSE_CACHE, HUB_CACHE_URL…); `now` for tests. */
  responseCache?: ResponseCacheConfig | false;
  /** Which Federation gateway fronts the subgraphs: the hub's own (default) or Hive Gateway. Default: RH_GATEWAY or 'hub'. */
  gateway?: GatewayKind;
}

export type GatewayKind = 'hub' | 'hive';

/** RH_GATEWAY=hive runs Hive Gateway (Rust query planner) in front of the same subgraphs; anything else is refused. */
export function gatewayKindOf(value: string | undefined): GatewayKind {
  if (value === undefined || value === '' || value === 'hub') return 'hub';
  if (value === 'hive') return 'hive';
  throw new Error(`RH_GATEWAY must be "hub" or "hive", not ${JSON.stringify(value.slice(0, 40))}`);
}

export interface RunningHub {
  gateway: RunningGateway;
  /** The subgraphs this process started (those without an RH_<NAME>_URL pointing elsewhere). */
  subgraphs: Map<string, ServedSubgraph>;
  runtime: SourceRuntime;
  close(): Promise<void>;
}

/**
 * The whole hub in one process, each part on its own loopback port: the registry, one subgraph per system,
 * and the gateway over them. A subgraph whose RH_<NAME>_URL is set (e.g. hosted by its mechanism) is not
 * started here: the gateway uses that URL, and RH_SCOPE_KEY must then give the key both sides sign and verify
 * part scopes with. With every part in this process and no RH_SCOPE_KEY, a random key is made for this process.
 */
/** The fan-out cost table of this repository's sources as `env` configures them (a subgraph hosted elsewhere is assumed to have the same). */
export function hubFanOut(env: NodeJS.ProcessEnv): FanOutTable {
  return fanOutTable((system) => SYSTEM_SOURCES[systemEntry(system).subgraph](env));
}

/** gateway/fan-out.json as `npm run compose` writes it: the table of the sources' default configuration. */
export const defaultFanOutJson = () => `${JSON.stringify(hubFanOut({}), null, 2)}\n`;

export async function startHub(options: HubOptions = {}): Promise<RunningHub> {
  const env = options.env ?? process.env;
  const scopeKey = scopeKeyOf(env);
  const elsewhere = SUBGRAPH_NAMES.filter((name) => env[subgraphUrlVariable(name)]);
  if (elsewhere.length > 0 && !scopeKey)
    throw new InvalidConfigError(
      `${elsewhere.map(subgraphUrlVariable).join(', ')} point to subgraphs this process does not start; ` +
        'set RH_SCOPE_KEY to the key they sign and verify part scopes with',
    );
  const runtime = createSourceRuntime({
    cacheUrl: env.HUB_CACHE_URL,
    cacheNamespace: env.HUB_CACHE_NAMESPACE,
    http: options.http,
    scopeKey,
    env,
  });
  const defaults = subgraphEndpoints({});
  const subgraphs = new Map<string, ServedSubgraph>();
  const port = (name: string) => (options.fixedSubgraphPorts ? Number(new URL(defaults.find((d) => d.name === name)!.url).port) : 0);
  watchStores(() => runtimeHealth(runtime));
  const health = (statuses: () => unknown[]) => () => ({ sources: statuses(), stores: runtimeHealth(runtime) });
  // One verifier of the callers' credentials, used by the gateway and again by every subgraph (each apart would build its own from the same settings).
  const identity = createIdentity(identityConfigOf(env));

  if (!env[subgraphUrlVariable('registry')]) {
    const schema = buildRegistrySchema({ tokens: runtime.tokens, sourcesOf: sourceNamesBySystem(env) }, todayFrom(env));
    subgraphs.set(
      'registry',
      await serveSubgraph({ name: 'registry', schema, context: () => ({}), health: health(() => []), port: port('registry'), identity }),
    );
  }
  for (const entry of SYSTEMS) {
    if (env[subgraphUrlVariable(entry.subgraph)]) continue;
    await prepareSources(entry.subgraph, env);
    const subgraph = systemSubgraphOf(entry.subgraph).build(env, runtime, options.slice);
    subgraphs.set(
      entry.subgraph,
      await serveSubgraph({
        name: entry.subgraph,
        schema: subgraph.schema,
        context: subgraph.context,
        health: health(subgraph.sourceHealth),
        port: port(entry.subgraph),
        makesSourceStatuses: true,
        identity,
      }),
    );
  }

  const endpoints: SubgraphEndpoint[] = SUBGRAPH_NAMES.map((name) => ({
    name,
    url: subgraphs.get(name)?.url ?? subgraphEndpoints(env).find((e) => e.name === name)!.url,
  }));
  const start = (options.gateway ?? gatewayKindOf(env.RH_GATEWAY)) === 'hive' ? startHiveGateway : startGateway;
  const gateway = await start({
    subgraphs: endpoints,
    port: options.gatewayPort ?? Number(env.PORT ?? 4000),
    subgraphTimeoutMs: options.subgraphTimeoutMs,
    identity,
    upstreamCeiling: options.upstreamCeiling,
    // A subgraph hosted elsewhere is assumed to have the sources this configuration gives it.
    fanOut: hubFanOut(env),
    responseCache: options.responseCache ?? responseCacheFromEnv(env),
    planAhead: operationsToPlanFromEnv(env),
  });
  return {
    gateway,
    subgraphs,
    runtime,
    close: async () => {
      await gateway.close();
      await Promise.all([...subgraphs.values()].map((s) => s.close()));
      await runtime.close();
    },
  };
}
