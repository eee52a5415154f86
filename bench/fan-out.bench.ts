// npm run bench: does the hub ask its sources in parallel, and what does the cache save? Measured as ratios in
// one run on loopback (replay server with an injected delay per source), so the numbers hold on any machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startReplayServer } from '../replay/server.ts';
import { recordedSources, replayEnvironment } from '../replay/recorded.ts';
import { startHub } from '../scripts/hub.ts';

const DELAY_MS = 200;
const SAMPLES = 5;
const DELAYED = ['hudoc-echr', 'hudoc-esc', 'hudoc-cpt'];

const QUERIES = {
  /** One source: the ECtHR only. */
  one: '{ decisions(filter: { countries: ["SVN"], mechanisms: ["coe-ecthr"] }) { nodes { id } } }',
  /** Every source of both systems (UN index, ECtHR, ESC, CPT) merged into one list. */
  all: '{ records(filter: { countries: ["SVN"] }, first: 50) { nodes { ... on Decision { id } ... on Recommendation { id } } } }',
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const replay = await startReplayServer(recordedSources());
for (const mount of DELAYED) replay.setFault(mount, { kind: 'delay', ms: DELAY_MS });
const indexDir = mkdtempSync(join(tmpdir(), 'rights-hub-bench-'));
const env = replayEnvironment(replay, indexDir);

async function timeQuery(origin: string, query: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return performance.now() - started;
}

/** Cold (fresh hub, empty cache) then warm (same hub, cached) latency of one query, SAMPLES times. */
async function measure(query: string): Promise<{ cold: number; warm: number }> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const hub = await startHub({ env, gatewayPort: 0 });
    await timeQuery(hub.gateway.origin, '{ systems { system } }'); // plan cache and connections, not sources
    cold.push(await timeQuery(hub.gateway.origin, query));
    warm.push(await timeQuery(hub.gateway.origin, query));
    await hub.close();
  }
  return { cold: median(cold), warm: median(warm) };
}

// Build the UHRI index once, outside the measurement (it is refreshed daily, not per query).
const warmup = await startHub({ env, gatewayPort: 0 });
await timeQuery(warmup.gateway.origin, QUERIES.all);
await warmup.close();

const one = await measure(QUERIES.one);
const all = await measure(QUERIES.all);
const report = {
  delayPerSourceMs: DELAY_MS,
  samples: SAMPLES,
  oneSourceColdMs: Math.round(one.cold),
  allSourcesColdMs: Math.round(all.cold),
  // ~1 when the three delayed sources are asked in parallel; ~3 if they were asked one after the other.
  fanOutRatio: +(all.cold / one.cold).toFixed(2),
  // Warm answers come from the cache: the delay is not paid again.
  warmOverColdRatio: +(all.warm / all.cold).toFixed(2),
};
console.log(JSON.stringify(report, null, 2));
await replay.close();
rmSync(indexDir, { recursive: true, force: true });
