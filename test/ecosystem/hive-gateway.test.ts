import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { PATIENT, startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { startHiveGateway } from '../../gateway/hive.ts';
import type { RunningGateway } from '../../gateway/server.ts';

/**
 * Hive Gateway with its Rust query planner in front of the same running subgraphs as the hub's gateway, on the
 * committed supergraph unchanged: the same questions get the same answers. Each subgraph is reached through a
 * recording proxy, so the test can see when each system was asked.
 */

interface Call {
  subgraph: string;
  start: number;
  end: number;
  body: string;
}

/** A loopback proxy in front of one subgraph that records each call's start and end. */
async function recordingProxy(subgraph: string, target: string, calls: Call[]): Promise<{ url: string; server: Server }> {
  const to = new URL(target);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const call: Call = { subgraph, start: performance.now(), end: 0, body: Buffer.concat(chunks).toString('utf8') };
      const upstream = request({ host: to.hostname, port: to.port, path: to.pathname, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res).on('finish', () => {
          call.end = performance.now();
          calls.push(call);
        });
      });
      upstream.on('error', () => {
        res.writeHead(502).end();
      });
      upstream.end(call.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

/** Strips what legitimately differs between two runs of one question (timings, cache state). */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !['latencyMs', 'fromCache', 'stale', 'fetchedAt'].includes(k))
        .map(([k, v]) => [k, stable(v)]),
    );
  return value;
}

const RECORDS_PAGE = `query($after: String) { records(filter: { countries: ["SVN"] }, first: 7, after: $after) {
  totalCount endCursor hasNextPage
  nodes { __typename ... on Recommendation { id text mechanism { id } } ... on Decision { id title respondents { code } }
          ... on Visit { id status } ... on Review { id session } ... on Communication { id code } }
  sources { system source ok code count total warnings }
} }`;

describe('Hive Gateway (Rust query planner) on the committed supergraph', () => {
  let hub: ReplayHub;
  let hive: RunningGateway;
  const calls: Call[] = [];
  const proxies: Server[] = [];

  beforeAll(async () => {
    hub = await startReplayHub({ hub: PATIENT });
    const endpoints = [];
    for (const [name, served] of hub.hub.subgraphs) {
      const proxy = await recordingProxy(name, served.url, calls);
      proxies.push(proxy.server);
      endpoints.push({ name, url: proxy.url });
    }
    hive = await startHiveGateway({ subgraphs: endpoints, port: 0, subgraphTimeoutMs: 20_000 });
  });
  afterAll(async () => {
    await hive.close();
    await Promise.all(proxies.map((p) => new Promise((resolve) => p.close(resolve))));
    await hub.close();
  });

  async function ask(origin: string, query: string, variables?: Record<string, unknown>) {
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    // The answer's data and errors; `extensions` is each gateway's own (the hub's counts upstream requests there).
    const { data, errors } = (await res.json()) as { data?: any; errors?: unknown[] };
    return { data, ...(errors && { errors }) };
  }
  /** The question to both gateways; the hub's first, so Hive's answer comes from the same (warm) sources. */
  async function both(query: string, variables?: Record<string, unknown>) {
    const ours = await ask(hub.hub.gateway.origin, query, variables);
    const theirs = await ask(hive.origin, query, variables);
    return { ours, theirs };
  }

  it('answers a registry-only query identically', async () => {
    const { ours, theirs } = await both(
      '{ systems { system name } country(code: "SVN") { code name systems complaintBodies { id } } mechanisms(system: AFRICAN) { id acronym } }',
    );
    expect(ours.errors).toBeUndefined();
    expect(theirs).toEqual(ours);
  });

  it('pages a cross-system records list over two pages identically, with no gap or duplicate', async () => {
    const first = await both(RECORDS_PAGE);
    expect(first.ours.errors).toBeUndefined();
    expect(stable(first.theirs)).toEqual(stable(first.ours));
    const after = first.ours.data.records.endCursor;
    const second = await both(RECORDS_PAGE, { after });
    expect(stable(second.theirs)).toEqual(stable(second.ours));
    const ids = [...first.ours.data.records.nodes, ...second.ours.data.records.nodes].map((n: { id: string }) => n.id);
    expect(new Set(ids).size).toBe(14);
    expect(new Set(first.ours.data.records.sources.map((s: { system: string }) => s.system)).size).toBeGreaterThan(1);
  });

  it('answers a country page with a system-specific field (Country.standingInvitation, from the UN subgraph) identically', async () => {
    const query = `{ country(code: "MEX") { name standingInvitation { since sinceLabel } visits(first: 3) { nodes { id status } sources { source ok count } } } }`;
    const { ours, theirs } = await both(query);
    expect(ours.errors).toBeUndefined();
    expect(ours.data.country.standingInvitation).not.toBeNull();
    expect(stable(theirs)).toEqual(stable(ours));
  });

  it('asks every system in parallel after one registry call, as the hub gateway does', async () => {
    for (const mount of ['uhri', 'hudoc-echr', 'corteidh', 'african-court']) hub.replay.setFault(mount, { kind: 'delay', ms: 300 });
    try {
      calls.length = 0;
      const res = await ask(
        hive.origin,
        '{ records(filter: { countries: ["MEX"], text: "hive-parallel" }, first: 3) { sources { system ok } } }',
      );
      expect(res.errors).toBeUndefined();
      const systems = calls.filter((c) => c.subgraph !== 'registry');
      expect(new Set(systems.map((c) => c.subgraph))).toEqual(new Set(['un', 'council-of-europe', 'inter-american', 'african']));
      // Parallel: every system's call had started before any of them ended.
      expect(Math.max(...systems.map((c) => c.start))).toBeLessThan(Math.min(...systems.map((c) => c.end)));
      const registry = calls.filter((c) => c.subgraph === 'registry');
      expect(registry.length).toBe(2);
      expect(registry[0]!.end).toBeLessThanOrEqual(Math.min(...systems.map((c) => c.start)));
      expect(registry[1]!.start).toBeGreaterThanOrEqual(Math.max(...systems.map((c) => c.end)));
    } finally {
      for (const mount of ['uhri', 'hudoc-echr', 'corteidh', 'african-court']) hub.replay.setFault(mount, undefined);
    }
  });

  it('a source down: the rest of the answer comes back and the failure is named in sources, as under the hub gateway', async () => {
    hub.replay.setFault('hudoc-echr', { kind: 'status', status: 503, body: 'Service Unavailable' });
    try {
      const query =
        '{ decisions(filter: { countries: ["SVN"], from: "2003-02-01" }, first: 5) { nodes { id } sources { system source ok code count } } }';
      const { ours, theirs } = await both(query);
      expect(stable(theirs)).toEqual(stable(ours));
      expect(theirs.data.decisions.sources).toContainEqual(
        expect.objectContaining({ source: 'hudoc-echr', ok: false, code: 'RH_SOURCE_HTTP' }),
      );
    } finally {
      hub.replay.setFault('hudoc-echr', undefined);
    }
  });

  it('a subgraph down: the other systems still answer and the system is named in sources', async () => {
    await hub.hub.subgraphs.get('african')!.close();
    const query = '{ records(filter: { countries: ["TZA"] }, first: 5) { nodes { __typename } sources { system source ok code } } }';
    const theirs = await ask(hive.origin, query);
    expect(theirs.data.records.sources).toContainEqual(
      expect.objectContaining({ system: 'AFRICAN', ok: false, code: 'RH_SUBGRAPH_UNREACHABLE' }),
    );
    expect(theirs.data.records.sources.some((s: { system: string; ok: boolean }) => s.system === 'UN' && s.ok)).toBe(true);
    expect(JSON.stringify(theirs)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|at .*\.ts:\d+/);
  });
});
