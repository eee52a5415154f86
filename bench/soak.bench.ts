// npm run bench:soak [-- --duration=10m --rate=30]: does the hub's memory stay flat under a long mixed load? The whole hub
// (gateway, registry, every system's subgraph, in this process) on the replay server, asked warm, cold and bad queries
// for `duration` (default 10 minutes) at a bounded rate; prints RSS and heap every 10 s and, at the end, their growth
// from minute 2 (or the first third of a shorter run) to the end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetch } from 'undici';
import { startReplayServer } from '../replay/server.ts';
import { recordedSources, replayEnvironment } from '../replay/recorded.ts';
import { startHub } from '../scripts/hub.ts';

export interface SoakOptions {
  durationMs: number;
  /** Requests started per second, at most (the run's request count is bounded by durationMs × rate). */
  rate: number;
  /** Requests in flight at once, at most. */
  concurrency: number;
  /** How often a sample is printed, in ms. Default 10_000. */
  sampleEveryMs?: number;
  log?: (line: string) => void;
}

export interface SoakSample {
  atS: number;
  rssMB: number;
  heapUsedMB: number;
  sourceCacheMB: number;
  requests: number;
  failures: number;
}

export interface SoakReport {
  durationS: number;
  requests: number;
  /** Requests whose HTTP exchange failed (a bad query refused with 400 and an error body is an answer, not a failure). */
  failures: number;
  samples: SoakSample[];
  /** The sample growth is measured from: minute 2, or the first third of a run shorter than 3 minutes. */
  baselineAtS: number;
  rssGrowthPct: number;
  heapGrowthPct: number;
}

const COUNTRIES = ['SVN', 'MEX', 'KEN', 'FRA', 'TUR', 'PER', 'BRA', 'NGA', 'DEU', 'ARG', 'ZAF', 'COL', 'ITA', 'ESP', 'GBR', 'RUS'];
const KINDS = ['records', 'decisions', 'recommendations', 'visits', 'communications', 'reviews'];
const FIELDS = 'nodes { __typename } endCursor hasNextPage sources { source ok code fromCache stale }';

/** The i-th query of the mix: half warm (a few repeated questions), a third cold (ever new filters), the rest bad. */
export function soakQuery(i: number): string {
  const slot = i % 6;
  if (slot < 3) return `{ country(code: "${COUNTRIES[i % 3]}") { records(first: 20) { ${FIELDS} } } }`;
  if (slot < 5) {
    const year = 2000 + (i % 25);
    const kind = KINDS[i % KINDS.length];
    return `{ ${kind}(filter: { countries: ["${COUNTRIES[i % COUNTRIES.length]}"], from: "${year}-01-01", text: "w${i % 500}" }, first: ${10 + (i % 40)}) { ${FIELDS} } }`;
  }
  const bad = [
    '{ records(filter: { countries: ["XXX"] }) { nodes { __typename } } }',
    '{ records(first: 1000) { nodes { __typename } } }',
    `{ records(after: "not-a-cursor-${i}") { nodes { __typename } } }`,
    '{ records(filter: { from: "2024-13-45" }) { nodes { __typename } } }',
    '{ records { nodes { __typename ',
  ];
  return bad[i % bad.length];
}

const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
const pct = (from: number, to: number) => Math.round(((to - from) / from) * 1000) / 10;

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const log = options.log ?? console.log;
  const sampleEveryMs = options.sampleEveryMs ?? 10_000;
  const replay = await startReplayServer(recordedSources());
  const indexDir = mkdtempSync(join(tmpdir(), 'rights-hub-soak-'));
  const env = replayEnvironment(replay, indexDir);
  const hub = await startHub({ env, gatewayPort: 0, fixedSubgraphPorts: false });
  const started = Date.now();
  const samples: SoakSample[] = [];
  let requests = 0;
  let failures = 0;

  const sample = () => {
    globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    const s = {
      atS: Math.round((Date.now() - started) / 1000),
      rssMB: mb(rss),
      heapUsedMB: mb(heapUsed),
      sourceCacheMB: mb(hub.runtime.cache.memoryBytes()),
      requests,
      failures,
    };
    samples.push(s);
    log(JSON.stringify(s));
  };

  async function ask(i: number): Promise<void> {
    try {
      const res = await fetch(`${hub.gateway.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: soakQuery(i) }),
      });
      await res.arrayBuffer();
      if (res.status >= 500) failures++;
    } catch {
      failures++;
    }
  }

  try {
    sample();
    const maxRequests = Math.ceil((options.durationMs / 1000) * options.rate);
    const timer = setInterval(sample, sampleEveryMs);
    const workers = Array.from({ length: options.concurrency }, async () => {
      while (Date.now() - started < options.durationMs && requests < maxRequests) {
        const i = requests++;
        const due = started + (i / options.rate) * 1000;
        if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
        await ask(i);
      }
    });
    await Promise.all(workers);
    clearInterval(timer);
    sample();
  } finally {
    await hub.close();
    await replay.close();
    rmSync(indexDir, { recursive: true, force: true });
  }

  const durationS = Math.round((Date.now() - started) / 1000);
  const baselineAtS = durationS >= 180 ? 120 : Math.round(durationS / 3);
  const baseline = samples.find((s) => s.atS >= baselineAtS) ?? samples[0];
  const end = samples.at(-1)!;
  return {
    durationS,
    requests,
    failures,
    samples,
    baselineAtS: baseline.atS,
    rssGrowthPct: pct(baseline.rssMB, end.rssMB),
    heapGrowthPct: pct(baseline.heapUsedMB, end.heapUsedMB),
  };
}

/** '10m' → 600_000, '90s' → 90_000, '5000' → 5_000 (ms). */
export function durationMs(text: string): number {
  const m = text.match(/^(\d+(?:\.\d+)?)(ms|s|m)?$/);
  if (!m) throw new Error(`--duration must be like 10m, 90s or 5000 (ms); got ${JSON.stringify(text)}`);
  return Number(m[1]) * ({ ms: 1, s: 1_000, m: 60_000 }[m[2] ?? 'ms'] ?? 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const report = await runSoak({
    durationMs: durationMs(arg('duration') ?? process.env.SOAK_DURATION ?? '10m'),
    rate: Number(arg('rate') ?? 30),
    concurrency: Number(arg('concurrency') ?? 8),
  });
  const { samples, ...summary } = report;
  console.log(JSON.stringify({ ...summary, first: samples[0], end: samples.at(-1) }, null, 2));
}
