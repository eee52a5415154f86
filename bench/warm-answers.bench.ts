// npm run bench:warm: warm cross-system answers per second, with the gateway's response cache and without it (then
// every request runs the query plan and the subgraphs answer from their per-source cache of parsed records).
// The whole hub on loopback over the replay server; autocannon, 20 connections, after one warm-up request.
// Options: -- --seconds=10 --connections=20
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startReplayServer } from '../replay/server.ts';
import { recordedSources, replayEnvironment } from '../replay/recorded.ts';
import { startHub } from '../scripts/hub.ts';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SECONDS = arg('seconds', 10);
const CONNECTIONS = arg('connections', 20);
const QUERY =
  '{ country(code: "SVN") { records(first: 20) { nodes { __typename ... on Recommendation { id text provenance { fetchedAt fromCache } } ' +
  '... on Visit { id startDate } ... on Decision { id title } } sources { source ok fromCache } } } }';

const replay = await startReplayServer(recordedSources());
const indexDir = mkdtempSync(join(tmpdir(), 'rights-hub-bench-warm-'));
const results: Record<string, unknown>[] = [];
for (const responseCache of ['off', 'on']) {
  const hub = await startHub({
    env: { ...replayEnvironment(replay, indexDir), LOG_LEVEL: 'false', HUB_RESPONSE_CACHE: responseCache },
    gatewayPort: 0,
  });
  const url = `${hub.gateway.origin}/graphql`;
  const body = JSON.stringify({ query: QUERY });
  const warm = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  if (!warm.ok) throw new Error(`warm-up answered ${warm.status}`);
  const run = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  results.push({
    responseCache,
    rps: Math.round(run.requests.average),
    p50Ms: run.latency.p50,
    p95Ms: run.latency.p97_5,
    p99Ms: run.latency.p99,
    non2xx: run.non2xx,
    errors: run.errors,
    timeouts: run.timeouts,
  });
  await hub.close();
}
console.table(results);
console.log(JSON.stringify({ seconds: SECONDS, connections: CONNECTIONS, results }, null, 2));
await replay.close();
rmSync(indexDir, { recursive: true, force: true });
