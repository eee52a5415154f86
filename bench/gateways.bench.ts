// npm run bench:gateways: the hub's gateway side by side with stock @apollo/gateway + @apollo/server, Hive Gateway
// (Rust query planner) and a bare node:http server sending the same bytes, each in its own process, in front of
// the same subgraphs (one process) over the same replay servers on loopback (this process, where upstream requests
// are counted). Warm: interleaved autocannon rounds per query; cold: fresh subgraphs and gateway per sample, every
// upstream request delayed, the answer timed against its slowest asked source. Prints the targets of issue 16, held
// or not, and writes bench/RESULTS.md. BENCH_QUICK=1: one short round and one cold sample (the suite's check).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { startReplayServer, type ReplayServer } from '../replay/server.ts';
import { recordedSources, replayEnvironment, systemReplay, type ReplaySystem } from '../replay/recorded.ts';
import { outsideJurisdiction } from '../schema/systems.ts';
import type { System } from '../schema/types.ts';
import { MEXICO_FORECAST_QUERY } from '../gateway/default-query.ts';
import { cpuMs, rssMiB, startChild, watchRss, type Child } from './gateways/proc.ts';
import { UHRI_SOURCE } from '../adapters/uhri/config.ts';

/** The settings a run may be given (the command in the report names those it was). */
const BENCH_SETTINGS = ['BENCH_QUICK', 'BENCH_ROUNDS', 'BENCH_SECONDS', 'BENCH_COLD_SAMPLES'];
const QUICK = process.env.BENCH_QUICK === '1';
const ROUNDS = QUICK ? 1 : Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = QUICK ? 3 : Number(process.env.BENCH_SECONDS ?? 8);
const COLD_SAMPLES = QUICK ? 1 : Number(process.env.BENCH_COLD_SAMPLES ?? 3);
const CONNECTIONS = 20;
/** Every replayed source answers this late in the cold samples, as a mechanism's website would (UHRI reads its index). */
const COLD_DELAY_MS = 200;
const loadAtStart = loadavg()[1];
const OUT = process.env.BENCH_OUT ?? (QUICK ? undefined : new URL('RESULTS.md', import.meta.url).pathname);

type Kind = 'hub' | 'stock' | 'hive' | 'bare';
const KINDS: Kind[] = ['hub', 'stock', 'hive', 'bare'];
const LABEL: Record<Kind, string> = {
  hub: "hub's gateway",
  stock: 'stock @apollo/gateway',
  hive: 'Hive Gateway (Rust planner)',
  bare: 'bare node:http',
};

const QUERIES = {
  'cross-system': `{ country(code: "SVN") { records(first: 20) {
    totalCount nodes { __typename ... on Recommendation { id } ... on Decision { id } ... on Visit { id } ... on Communication { id } ... on Review { id } }
    sources { system source ok code total fromCache latencyMs }
  } } }`,
  'registry-only': '{ systems { system name subgraph } }',
  'visit forecast': MEXICO_FORECAST_QUERY,
} as const;
type QueryName = keyof typeof QUERIES;
const bodyOf = (name: QueryName) => JSON.stringify({ query: QUERIES[name] });

// One replay server per source, as each mechanism is its own host (the kit's per-host connection limit then bounds each).
const SYSTEM_REPLAYS: Record<System, ReplaySystem> = {
  UN: systemReplay('UN'),
  EUROPEAN: systemReplay('EUROPEAN'),
  INTER_AMERICAN: systemReplay('INTER_AMERICAN'),
  AFRICAN: systemReplay('AFRICAN'),
};
const mounts = recordedSources();
const servers = new Map<string, ReplayServer>();
for (const [mount, handler] of Object.entries(mounts)) servers.set(mount, await startReplayServer({ [mount]: handler }));
const hits = () => [...servers].reduce((sum, [mount, s]) => sum + s.hits(mount).length, 0);
/** The mounts of the systems that cannot hold a record on Slovenia: a cold Slovenia query must not reach them. */
const cannotHoldSvn = (Object.keys(SYSTEM_REPLAYS) as System[])
  .filter((system) => outsideJurisdiction(system, ['SVN']))
  .flatMap((system) => Object.keys(SYSTEM_REPLAYS[system].mounts({})));
const hitsAt = (names: string[]) => names.reduce((sum, m) => sum + (servers.get(m)?.hits(m).length ?? 0), 0);
const setDelay = (ms: number | undefined) => {
  for (const mount of servers.keys())
    if (mount !== UHRI_SOURCE) servers.get(mount)!.setFault(mount, ms ? { kind: 'delay', ms } : undefined);
};
const indexDir = mkdtempSync(join(tmpdir(), 'rights-hub-bench-gateways-'));
const env = replayEnvironment({ baseUrl: (mount: string) => servers.get(mount)!.baseUrl(mount) } as ReplayServer, indexDir);

const startSubgraphs = () => startChild('subgraphs.ts', { BENCH_ENV: JSON.stringify(env) });
// The benchmark's queries as the persisted-query manifest a deployment gives the hub's gateway to plan at start
// (gateway/plan-ahead.ts); stock @apollo/gateway and Hive Gateway, as their documentation starts them, plan at the first request.
const manifestFile = join(indexDir, 'operations.json');
writeFileSync(
  manifestFile,
  JSON.stringify({
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: Object.entries(QUERIES).map(([name, body]) => ({ id: name, type: 'query', body })),
  }),
);
const startContender = (kind: Kind, subgraphs: Child, extra: Record<string, string> = {}) =>
  startChild('contender.ts', { BENCH_KIND: kind, BENCH_SUBGRAPHS: subgraphs.ready, HUB_PLAN_AHEAD: manifestFile, ...extra });

async function post(origin: string, body: string): Promise<{ ms: number; bytes: Buffer; json: any }> {
  const started = performance.now();
  const res = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { ms: performance.now() - started, bytes, json: JSON.parse(bytes.toString()) };
}

/** An answer's data without what differs from one request to the next (latencies). */
/** The data without what says how it was got (latency, cache state): the same records and statuses compare equal. */
const HOW_GOT = new Set(['latencyMs', 'fromCache', 'stale']);
const comparable = (json: any) => JSON.stringify(json.data, (key, value) => (HOW_GOT.has(key) ? undefined : value));

// ---- Warm: one set of subgraphs, every gateway up, each query answered once before the rounds (caches filled).
console.error('warm: starting the subgraphs and the gateways …');
const subgraphs = await startSubgraphs();
const gateways = new Map<Kind, Child>();
const idleRss = new Map<Kind, number>();
for (const kind of KINDS.filter((k) => k !== 'bare')) {
  gateways.set(kind, await startContender(kind, subgraphs));
  idleRss.set(kind, rssMiB(gateways.get(kind)!.pid));
}
const reference = new Map<QueryName, { json: any; bytes: Buffer }>();
for (const name of Object.keys(QUERIES) as QueryName[]) {
  await post(gateways.get('hub')!.ready, bodyOf(name)); // fills the sources' caches (and builds the UHRI index)
  reference.set(name, await post(gateways.get('hub')!.ready, bodyOf(name)));
}
const answersFile = join(indexDir, 'bare-answers.json');
writeFileSync(
  answersFile,
  JSON.stringify(Object.fromEntries([...reference].map(([name, r]) => [bodyOf(name), r.bytes.toString('base64')]))),
);
gateways.set('bare', await startContender('bare', subgraphs, { BENCH_BARE_ANSWERS: answersFile }));
idleRss.set('bare', rssMiB(gateways.get('bare')!.pid));

/** Whether each gateway answers each query with the hub's data and no error. */
const sameAnswer = new Map<string, boolean>();
for (const kind of KINDS)
  for (const name of Object.keys(QUERIES) as QueryName[]) {
    const answer = await post(gateways.get(kind)!.ready, bodyOf(name));
    sameAnswer.set(`${kind}/${name}`, !answer.json.errors && comparable(answer.json) === comparable(reference.get(name)!.json));
  }

interface Run {
  requests: number;
  seconds: number;
  errors: number;
  latencies: number[];
  gatewayCpuMs: number;
  subgraphCpuMs: number;
  upstream: number;
  peakRss: number;
}
const runs = new Map<string, Run[]>();

async function round(kind: Kind, name: QueryName): Promise<Run> {
  const { pid } = gateways.get(kind)!;
  const latencies: number[] = [];
  const [cpu0, sub0, hits0] = [cpuMs(pid), cpuMs(subgraphs.pid), hits()];
  const peak = watchRss(pid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${gateways.get(kind)!.ready}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: bodyOf(name),
        connections: CONNECTIONS,
        duration: SECONDS,
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  });
  return {
    requests: result.requests.total,
    seconds: result.duration,
    errors: result.errors + result.timeouts + result.non2xx,
    latencies,
    gatewayCpuMs: cpuMs(pid) - cpu0,
    subgraphCpuMs: cpuMs(subgraphs.pid) - sub0,
    upstream: hits() - hits0,
    peakRss: peak(),
  };
}

for (let r = 0; r < ROUNDS; r++) {
  for (const name of Object.keys(QUERIES) as QueryName[]) {
    // Interleaved, each round in another order, so that no gateway always runs first (or last) on a loaded machine.
    const order = KINDS.map((_, i) => KINDS[(i + r) % KINDS.length]);
    for (const kind of order) {
      console.error(`warm round ${r + 1}/${ROUNDS}: ${name} through ${kind}`);
      const key = `${kind}/${name}`;
      runs.set(key, [...(runs.get(key) ?? []), await round(kind, name)]);
    }
  }
}
for (const child of [...gateways.values(), subgraphs]) await child.stop();

// ---- Cold: fresh subgraphs and a fresh gateway per sample (empty caches everywhere), every upstream request late.
interface Cold {
  kind: Kind;
  ms: number;
  slowestAskedMs: number;
  upstream: number;
  unaskable: number;
  ok: boolean;
}
const colds: Cold[] = [];
setDelay(COLD_DELAY_MS);
for (let s = 0; s < COLD_SAMPLES; s++) {
  for (const kind of (QUICK ? ['hub'] : ['hub', 'stock', 'hive']) as Kind[]) {
    console.error(`cold sample ${s + 1}/${COLD_SAMPLES} through ${kind}`);
    const fresh = await startSubgraphs();
    const gateway = await startContender(kind, fresh);
    await post(gateway.ready, bodyOf('registry-only')); // connections and the plan cache, no source
    const [hits0, unaskable0] = [hits(), hitsAt(cannotHoldSvn)];
    const answer = await post(gateway.ready, bodyOf('cross-system'));
    const sources: { ok: boolean; latencyMs: number | null }[] = answer.json.data?.country?.records?.sources ?? [];
    colds.push({
      kind,
      ms: answer.ms,
      slowestAskedMs: Math.max(0, ...sources.map((src) => src.latencyMs ?? 0)),
      upstream: hits() - hits0,
      unaskable: hitsAt(cannotHoldSvn) - unaskable0,
      ok: !answer.json.errors && sources.length > 0 && sources.every((src) => src.ok),
    });
    await gateway.stop();
    await fresh.stop();
  }
}
setDelay(undefined);
await Promise.all([...servers.values()].map((s) => s.close()));
rmSync(indexDir, { recursive: true, force: true });

// ---- Report.
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
function summary(kind: Kind, name: QueryName) {
  const rs = runs.get(`${kind}/${name}`) ?? [];
  const requests = rs.reduce((n, r) => n + r.requests, 0);
  const latencies = rs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  return {
    rps: requests / rs.reduce((n, r) => n + r.seconds, 0),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: rs.reduce((n, r) => n + r.errors, 0),
    peakRss: Math.max(...rs.map((r) => r.peakRss)),
    gatewayCpuMs: rs.reduce((n, r) => n + r.gatewayCpuMs, 0) / requests,
    subgraphCpuMs: rs.reduce((n, r) => n + r.subgraphCpuMs, 0) / requests,
    upstream: rs.reduce((n, r) => n + r.upstream, 0) / requests,
    same: sameAnswer.get(`${kind}/${name}`),
  };
}
const fixed = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const lines: string[] = [];
for (const name of Object.keys(QUERIES) as QueryName[]) {
  lines.push(
    `\n### warm: ${name}\n`,
    '| gateway | RPS | p50 ms | p95 ms | p99 ms | errors | peak RSS MiB | gateway CPU ms/req | subgraphs CPU ms/req | upstream req/query | same data as the hub |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const kind of KINDS) {
    const s = summary(kind, name);
    lines.push(
      `| ${LABEL[kind]} | ${fixed(s.rps)} | ${fixed(s.p50)} | ${fixed(s.p95)} | ${fixed(s.p99)} | ${s.errors} | ${s.peakRss} | ${fixed(s.gatewayCpuMs, 2)} | ${fixed(s.subgraphCpuMs, 2)} | ${fixed(s.upstream, 2)} | ${s.same ? 'yes' : 'NO'} |`,
    );
  }
}
lines.push(
  '\n### cold: cross-system (fresh subgraphs and gateway per sample, every upstream request delayed ' + `${COLD_DELAY_MS} ms)\n`,
  '| gateway | sample | answer ms | slowest asked source ms | ratio | upstream requests | requests to sources that cannot hold SVN | all sources ok |',
  '|---|---|---|---|---|---|---|---|',
);
colds.forEach((c, i) =>
  lines.push(
    `| ${LABEL[c.kind]} | ${i + 1} | ${Math.round(c.ms)} | ${c.slowestAskedMs} | ${fixed(c.ms / c.slowestAskedMs, 3)} | ${c.upstream} | ${c.unaskable} | ${c.ok ? 'yes' : 'NO'} |`,
  ),
);
lines.push(
  '\n### start-up weight: RSS after start, before any request (MiB)\n',
  `| ${KINDS.map((k) => LABEL[k]).join(' | ')} |`,
  `|${KINDS.map(() => '---').join('|')}|`,
  `| ${KINDS.map((k) => idleRss.get(k)).join(' | ')} |`,
);

const warm = (kind: Kind, name: QueryName) => summary(kind, name).rps;
/** A warm target: the hub's RPS at least `factor` times another's; a gateway that completed no request is said so, not counted as 0×. */
function warmTarget(target: string, name: QueryName, other: Kind, factor: number): [string, string, boolean] {
  const [ours, theirs] = [warm('hub', name), warm(other, name)];
  if (!ours || !theirs) return [target, `no request of ${!ours ? "the hub's gateway" : LABEL[other]} completed within a round`, false];
  return [target, factor < 1 ? `${fixed((100 * ours) / theirs)} %` : `${fixed(ours / theirs, 2)}×`, ours / theirs >= factor];
}
const hubCold = colds.filter((c) => c.kind === 'hub');
const targets: [string, string, boolean][] = [
  warmTarget('warm cross-system ≥ 10× stock @apollo/gateway', 'cross-system', 'stock', 10),
  warmTarget('warm cross-system ≥ 2× Hive Gateway', 'cross-system', 'hive', 2),
  warmTarget('warm cross-system ≥ 50 % of the bare server', 'cross-system', 'bare', 0.5),
  warmTarget('warm registry-only ≥ stock @apollo/gateway', 'registry-only', 'stock', 1),
  [
    'cold cross-system ≤ 1.1× its slowest asked source, every sample',
    `max ${fixed(Math.max(...hubCold.map((c) => c.ms / c.slowestAskedMs)), 3)}×`,
    hubCold.every((c) => c.ok && c.ms / c.slowestAskedMs <= 1.1),
  ],
  [
    'a cold Slovenia query asks no source that cannot hold a Slovenian record',
    `${hubCold.reduce((n, c) => n + c.unaskable, 0)} requests`,
    hubCold.every((c) => c.unaskable === 0),
  ],
  [
    'gateway RSS under the warm load ≤ 300 MB',
    `${Math.max(...(Object.keys(QUERIES) as QueryName[]).map((n) => summary('hub', n).peakRss))} MiB`,
    (Object.keys(QUERIES) as QueryName[]).every((n) => summary('hub', n).peakRss * 1.048576 <= 300),
  ],
];
lines.push(
  "\n### targets (issue 16), the hub's gateway\n",
  '| target | measured | held |',
  '|---|---|---|',
  ...targets.map(([t, m, ok]) => `| ${t} | ${m} | ${ok ? 'held' : 'NOT held'} |`),
);

const header = [
  '# Gateways side by side',
  '',
  `Command: \`${BENCH_SETTINGS.filter((name) => process.env[name])
    .map((name) => `${name}=${process.env[name]} `)
    .join(
      '',
    )}npm run bench:gateways\` (${ROUNDS} interleaved rounds of ${SECONDS} s per gateway and query, ${CONNECTIONS} connections, autocannon 9.0.0; ${COLD_SAMPLES} cold samples).`,
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}. Date: ${new Date().toISOString()}.`,
  `Load average (5 min) at the start and the end: ${loadAtStart.toFixed(1)}, ${loadavg()[1].toFixed(1)} on ${cpus().length} cores (above the core count, every other process of the machine took its share of each number).`,
  "Each gateway and the subgraphs run in processes of their own; the replay servers (and autocannon) in the benchmark's. CPU and RSS are read from /proc; upstream requests are counted at the replay servers.",
  "The hub's gateway is given the three queries as a persisted-query manifest (HUB_PLAN_AHEAD) and plans them at start, as a deployment that knows its clients' operations does; stock @apollo/gateway and Hive Gateway run as their documentation starts them and plan each query at its first request (150–250 ms for the cross-system query with Apollo's planner).",
];
const report = [...header, ...lines, ''].join('\n');
console.log(report);
if (OUT) writeFileSync(OUT, report);
