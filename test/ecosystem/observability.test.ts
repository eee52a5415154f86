import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { logger, logTo } from '../../observability/logging.ts';
import { createReadiness } from '../../gateway/health.ts';

const SLOVENIA = `query SloveniaRecords { records(filter: { countries: ["SVN"] }, first: 5) { nodes { __typename } sources { source ok code } } }`;

describe('metrics, logs, liveness and readiness', () => {
  let hub: ReplayHub;
  const lines: Record<string, unknown>[] = [];
  let previous: ReturnType<typeof logTo>;
  const previousLevel = logger.level;

  beforeAll(async () => {
    hub = await startReplayHub();
    previous = logTo({ write: (line: string) => lines.push(JSON.parse(line)) });
    logger.level = 'info';
  });
  afterAll(async () => {
    logTo(previous);
    logger.level = previousLevel;
    await hub.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${hub.hub.gateway.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('logs one JSON line per request with its id (also in the x-request-id header and in error extensions), never the query text', async () => {
    lines.length = 0;
    const res = await post({ query: SLOVENIA });
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await res.json();
    const gatewayLines = lines.filter((l) => l.service === 'gateway');
    expect(gatewayLines).toHaveLength(1);
    expect(gatewayLines[0]).toMatchObject({ reqId: requestId, operation: 'SloveniaRecords', status: 200, msg: 'request', level: 30 });
    expect(gatewayLines[0]!.sources).toEqual(expect.arrayContaining(['uhri:ok', 'hudoc-echr:ok']));
    // The subgraphs' lines carry the same request id: one request can be followed across the processes.
    expect(lines.filter((l) => l.service !== 'gateway' && l.reqId === requestId).length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(lines)).not.toContain('countries');

    const bad = await post({ query: '{ country(code: "XXX") { name } }' }, { 'x-request-id': 'client-chosen-42' });
    expect(bad.headers.get('x-request-id')).toBe('client-chosen-42');
    const body = (await bad.json()) as { errors: { extensions: { requestId: string } }[] };
    expect(body.errors[0]!.extensions.requestId).toBe('client-chosen-42');
    // A request id that is not a plain token is replaced, not echoed.
    const hostile = await post({ query: '{ systems { name } }' }, { 'x-request-id': 'x'.repeat(500) });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('/metrics scrapes on the gateway and on each subgraph, with per-source series', async () => {
    await (await post({ query: SLOVENIA })).json();
    const text = await (await fetch(`${hub.hub.gateway.origin}/metrics`)).text();
    expect(text).toMatch(/rh_requests_total\{service="gateway",operation="SloveniaRecords",outcome="ok"\} \d+/);
    expect(text).toMatch(/rh_request_duration_seconds_bucket\{le="[\d.]+",service="gateway",operation="SloveniaRecords"\}/);
    expect(text).toMatch(/rh_upstream_requests_total\{source="hudoc-echr",outcome="ok"\} \d+/);
    expect(text).toMatch(/rh_source_fetches_total\{source="hudoc-echr",cache="(hit|miss)"\} \d+/);
    expect(text).toMatch(/rh_source_status_total\{system="EUROPEAN",source="hudoc-echr",code="ok"\} \d+/);
    expect(text).toMatch(/rh_store_redis\{store="cache"\} 0/);
    for (const served of hub.hub.subgraphs.values()) {
      const res = await fetch(new URL('/metrics', served.url));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain');
    }
  });

  it('bounds the operation-name label: a caller cannot grow the series without end', async () => {
    for (let i = 0; i < 3; i++) await (await post({ query: `query Op${'x'.repeat(80)}${i} { systems { name } }` })).json();
    const text = await (await fetch(`${hub.hub.gateway.origin}/metrics`)).text();
    expect(text).not.toContain('Opxxxxxxxx');
    expect(text).toMatch(/rh_requests_total\{service="gateway",operation="other",outcome="ok"\} \d+/);
  });

  it('/livez answers without asking anything upstream; /readyz says whether every subgraph is reachable', async () => {
    const hitsBefore = JSON.stringify(['uhri', 'hudoc-echr', 'corteidh'].map((m) => hub.replay.hits(m).length));
    const live = await fetch(`${hub.hub.gateway.origin}/livez`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${hub.hub.gateway.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ok: true, subgraphs: { registry: true, un: true, 'council-of-europe': true } });
    expect(JSON.stringify(['uhri', 'hudoc-echr', 'corteidh'].map((m) => hub.replay.hits(m).length))).toBe(hitsBefore);
  });

  it('readiness is cached for a few seconds, then sees a subgraph gone', async () => {
    let clock = 0;
    const endpoints = [...hub.hub.subgraphs].map(([name, s]) => ({ name, url: s.url }));
    const ready = createReadiness(endpoints, { cacheMs: 5_000, now: () => clock });
    expect((await ready()).ok).toBe(true);
    await hub.hub.subgraphs.get('african')!.close();
    clock = 4_999;
    expect((await ready()).ok).toBe(true);
    clock = 5_000;
    expect(await ready()).toMatchObject({ ok: false, subgraphs: { african: false, un: true } });
  });
});
