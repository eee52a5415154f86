import { fetch } from 'undici';
import type { SubgraphEndpoint } from './subgraphs.ts';

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
  return Promise.all(subgraphs.map(async ({ name, url }) => {
    const started = Date.now();
    try {
      const res = await fetch(healthUrlOf(url), { signal: AbortSignal.timeout(timeoutMs) });
      const body = (await res.json()) as { sources?: unknown[]; stores?: Record<string, string | null> };
      return { name, ok: res.ok, latencyMs: Date.now() - started, sources: body.sources ?? [], ...(body.stores && { stores: body.stores }) };
    } catch (err) {
      return { name, ok: false, latencyMs: null, sources: [], error: (err as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'unreachable' };
    }
  }));
}
