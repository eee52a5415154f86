import { fetch } from 'undici';
import type { SubgraphEndpoint } from '../platform/subgraphs.ts';

export interface SubgraphHealth {
  name: string;
  ok: boolean;
  latencyMs: number | null;
  /** What the subgraph says of its sources (last status of each), when it answered. */
  sources: unknown[];
  /** Its shared stores, where it has them: cache and host slots, 'memory'/'process' or 'redis', and their last errors. */
  stores?: Record<string, string | null>;
  error?: string;
}

/** http://127.0.0.1:4102/graphql → http://127.0.0.1:4102/health */
export function healthUrlOf(graphqlUrl: string): string {
  return new URL('/health', graphqlUrl).toString();
}

/** Asks every subgraph's /health in parallel, each with a short deadline; a silent one is reported, not waited for. */
export async function checkSubgraphs(subgraphs: SubgraphEndpoint[], timeoutMs = 2_000): Promise<SubgraphHealth[]> {
  return Promise.all(
    subgraphs.map(async ({ name, url }) => {
      const started = Date.now();
      try {
        const res = await fetch(healthUrlOf(url), { signal: AbortSignal.timeout(timeoutMs) });
        const body = (await res.json()) as { sources?: unknown[]; stores?: Record<string, string | null> };
        return {
          name,
          ok: res.ok,
          latencyMs: Date.now() - started,
          sources: body.sources ?? [],
          ...(body.stores && { stores: body.stores }),
        };
      } catch (err) {
        return {
          name,
          ok: false,
          latencyMs: null,
          sources: [],
          error: (err as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'unreachable',
        };
      }
    }),
  );
}

/** http://127.0.0.1:4102/graphql → http://127.0.0.1:4102/livez */
const livezUrlOf = (graphqlUrl: string) => new URL('/livez', graphqlUrl).toString();

/**
 * /readyz for the gateway: every subgraph answers its /livez within `timeoutMs`. The answer is kept `cacheMs`, so an
 * orchestrator probing every second costs the subgraphs one call each per few seconds, and no source is asked.
 */
export function createReadiness(subgraphs: SubgraphEndpoint[], options: { cacheMs?: number; timeoutMs?: number; now?: () => number } = {}) {
  const { cacheMs = 5_000, timeoutMs = 1_000, now = Date.now } = options;
  let last: { at: number; answer: Promise<{ ok: boolean; subgraphs: Record<string, boolean> }> } | undefined;
  const probe = async () => {
    const states = await Promise.all(
      subgraphs.map(async ({ name, url }) => {
        try {
          const res = await fetch(livezUrlOf(url), { signal: AbortSignal.timeout(timeoutMs) });
          await res.body?.cancel();
          return [name, res.ok] as const;
        } catch {
          return [name, false] as const;
        }
      }),
    );
    return { ok: states.every(([, ok]) => ok), subgraphs: Object.fromEntries(states) };
  };
  return () => {
    if (!last || now() - last.at >= cacheMs) last = { at: now(), answer: probe() };
    return last.answer;
  };
}
