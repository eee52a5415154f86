import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetch } from 'undici';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { recordedSources, replayEnvironment } from '../../replay/recorded.ts';
import { startHub, type HubOptions, type RunningHub } from '../../scripts/hub.ts';
import { startLocalIssuer, type LocalIssuer, type TokenClaims } from '../../access/local-issuer.ts';

export interface ReplayHub {
  replay: ReplayServer;
  hub: RunningHub;
  /** The local token issuer the hub trusts (RH_AUTH_* point to it). */
  issuer: LocalIssuer;
  /** POST a GraphQL request to the gateway, anonymously or `as` a mechanism's staff (a token of the issuer); returns the parsed body. */
  query<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    as?: TokenClaims,
  ): Promise<{ data?: T; errors?: { message: string; path?: unknown[]; extensions?: any }[] }>;
  close(): Promise<void>;
}

/** Fast, bounded failure handling for tests: one quick retry, short deadlines. */
const TEST_HTTP: HubOptions['http'] = {
  timeoutMs: 1_500,
  retry: { maxRetries: 1, minDelayMs: 5, factor: 2, maxDelayMs: 20, statusCodes: [429, 502, 503, 504] },
};

/**
 * Deadlines for tests that compare whole answers (two gateways, an export against the pages) rather than time
 * failures: on a loaded machine the short ones would time a source out on one side only.
 */
export const PATIENT: Partial<HubOptions> = {
  http: { ...TEST_HTTP, timeoutMs: 10_000 },
  slice: { sourceDeadlineMs: 15_000 },
  subgraphTimeoutMs: 20_000,
};

/**
 * The whole hub on ephemeral loopback ports against the replay server: gateway, registry, one subgraph per
 * system, every adapter pointed at recorded responses, a fresh UHRI index folder and an in-memory cache
 * (or the Redis named by env.HUB_CACHE_URL), and no response cache at the gateway (hub.responseCache turns it on). Pass
 * `replay` to share one replay server between hubs.
 */
export async function startReplayHub(
  options: { hudocMaxHits?: number; hub?: Partial<HubOptions>; env?: NodeJS.ProcessEnv; replay?: ReplayServer } = {},
): Promise<ReplayHub> {
  const replay = options.replay ?? (await startReplayServer(recordedSources({ hudocMaxHits: options.hudocMaxHits })));
  const indexDir = mkdtempSync(join(tmpdir(), 'rights-hub-test-uhri-'));
  const issuer = await startLocalIssuer();
  const hub = await startHub({
    // The CPT's embedded database takes seconds to start: off unless a test turns it on (test/hub/cpt-database.test.ts).
    // The gateway's response cache is off unless a test turns it on: the others ask the sources' behaviour, query after query.
    env: { RH_CPT_DATABASE: 'off', ...replayEnvironment(replay, indexDir), ...issuer.env, HUB_RESPONSE_CACHE: 'off', ...options.env },
    gatewayPort: 0,
    fixedSubgraphPorts: false,
    http: TEST_HTTP,
    slice: { sourceDeadlineMs: 3_000 },
    subgraphTimeoutMs: 5_000,
    ...options.hub,
  });
  return {
    replay,
    hub,
    issuer,
    async query(query, variables, as) {
      const authorization = as ? { authorization: `Bearer ${await issuer.sign(as)}` } : {};
      const res = await fetch(`${hub.gateway.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...authorization },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as never;
    },
    async close() {
      await hub.close();
      await issuer.close();
      if (!options.replay) await replay.close();
      rmSync(indexDir, { recursive: true, force: true });
    },
  };
}
