// npm run bench: does the hub ask its sources in parallel, and what does the cache save? Measured as ratios in
// one run on loopback (one replay server per source, each answering with the same injected delay), so the
// numbers hold on any machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startReplayServer, type ReplayServer } from '../replay/server.ts';
import { recordedSources, replayEnvironment } from '../replay/recorded.ts';
import { startHub } from '../scripts/hub.ts';
import { UHRI_SOURCE } from '../adapters/uhri/config.ts';

const DELAY_MS = 200;
const SAMPLES = 5;

/** Every source of every system merged into one list. */
const QUERY = '{ records(filter: { countries: ["SVN"] }, first: 50) { nodes { __typename } sources { source ok latencyMs } } }';

interface Sample {
  totalMs: number;
  slowestSourceMs: number;
  sumOfSourcesMs: number;
  sources: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const mounts = recordedSources();
// Every replayed source answers DELAY_MS late; UHRI's export is read once into its index, not per query.
const delayed = Object.keys(mounts).filter((mount) => mount !== UHRI_SOURCE);
// One loopback server per source, as each mechanism is its own host: the kit's per-host connection limit
// then bounds each source, not all of them together.
const servers = new Map<string, ReplayServer>();
for (const [mount, handler] of Object.entries(mounts)) servers.set(mount, await startReplayServer({ [mount]: handler }));
for (const mount of delayed) servers.get(mount)!.setFault(mount, { kind: 'delay', ms: DELAY_MS });
const indexDir = mkdtempSync(join(tmpdir(), 'rights-hub-bench-'));
const env = replayEnvironment({ baseUrl: (mount: string) => servers.get(mount)!.baseUrl(mount) } as ReplayServer, indexDir);

async function timeQuery(origin: string, query: string): Promise<Sample> {
  const started = performance.now();
  const res = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: unknown; data?: { records?: { sources: { ok: boolean; latencyMs: number | null }[] } } };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const latencies = (body.data?.records?.sources ?? []).map((s) => s.latencyMs ?? 0);
  return {
    totalMs: performance.now() - started,
    slowestSourceMs: Math.max(0, ...latencies),
    sumOfSourcesMs: latencies.reduce((a, b) => a + b, 0),
    sources: latencies.length,
  };
}

// Build the UHRI index once, outside the measurement (it is refreshed daily, not per query).
const warmup = await startHub({ env, gatewayPort: 0 });
await timeQuery(warmup.gateway.origin, QUERY);
await warmup.close();

const cold: Sample[] = [];
const warm: Sample[] = [];
for (let i = 0; i < SAMPLES; i++) {
  const hub = await startHub({ env, gatewayPort: 0 }); // a fresh hub: an empty cache
  await timeQuery(hub.gateway.origin, '{ systems { system } }'); // plan cache and connections, not sources
  cold.push(await timeQuery(hub.gateway.origin, QUERY));
  warm.push(await timeQuery(hub.gateway.origin, QUERY));
  await hub.close();
}

const report = {
  delayPerRequestMs: DELAY_MS,
  sources: cold[0].sources,
  samples: SAMPLES,
  coldMs: Math.round(median(cold.map((s) => s.totalMs))),
  slowestSourceColdMs: Math.round(median(cold.map((s) => s.slowestSourceMs))),
  sumOfSourcesColdMs: Math.round(median(cold.map((s) => s.sumOfSourcesMs))),
  // ~1: the answer takes as long as the slowest source (all asked at once); sources one after another would
  // make it the sum of their latencies (see parallelism).
  overSlowestSourceRatio: +median(cold.map((s) => s.totalMs / s.slowestSourceMs)).toFixed(2),
  // How many sources' worth of waiting the fan-out overlaps: sum of the sources' latencies over the answer's.
  parallelism: +median(cold.map((s) => s.sumOfSourcesMs / s.totalMs)).toFixed(1),
  // Warm answers come from the cache: no delay is paid again.
  warmOverColdRatio: +(median(warm.map((s) => s.totalMs)) / median(cold.map((s) => s.totalMs))).toFixed(2),
};
console.log(JSON.stringify(report, null, 2));
await Promise.all([...servers.values()].map((s) => s.close()));
rmSync(indexDir, { recursive: true, force: true });
