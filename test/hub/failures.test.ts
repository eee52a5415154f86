import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import type { ReplayFault } from '../../adapters/_kit/replay-types.ts';

const SLOVENIA_DECISIONS = `{ decisions(filter: { countries: ["SVN"] }, first: 10) {
  nodes { id provenance { source } }
  sources { system source ok code message count total }
} }`;

const SLOVENIA_RECORDS = `{ records(filter: { countries: ["SVN"] }, first: 5) {
  nodes { ... on Recommendation { id provenance { system } } ... on Decision { id provenance { system } } }
  endCursor
  sources { system source ok code message count }
} }`;

type Source = { system: string; source: string; ok: boolean; code: string | null; message: string | null; count: number };
const statusOf = (sources: Source[], source: string) => sources.find((s) => s.source === source);

describe('a failing source or subgraph', () => {
  let hub: ReplayHub;
  beforeEach(async () => {
    hub = await startReplayHub();
  });
  afterEach(() => hub.close());

  it.each<[string, ReplayFault, string]>([
    ['down (503)', { kind: 'status', status: 503, body: 'Service Unavailable' }, 'RH_SOURCE_HTTP'],
    [
      'rate-limiting (429)',
      { kind: 'status', status: 429, body: 'Too Many Requests', headers: { 'retry-after': '600' } },
      'RH_SOURCE_RATE_LIMITED',
    ],
    [
      'answering HTML where JSON was expected',
      { kind: 'garbage', contentType: 'text/html', body: '<html><body><h1>Maintenance</h1></body></html>' },
      'RH_SOURCE_PARSE',
    ],
    ['too slow', { kind: 'delay', ms: 4_000 }, 'RH_SOURCE_TIMEOUT'],
    [
      'behind a bot challenge',
      {
        kind: 'status',
        status: 403,
        body: '<html><head><title>Just a moment...</title></head><body class="challenge-platform"></body></html>',
      },
      'RH_SOURCE_BLOCKED',
    ],
  ])('HUDOC %s: the other sources still answer and the failure is named in sources', async (_, fault, code) => {
    hub.replay.setFault('hudoc-echr', fault);
    const res = await hub.query(SLOVENIA_DECISIONS);
    expect(res.errors).toBeUndefined();
    const { nodes, sources } = res.data.decisions;
    expect(nodes.map((n: { provenance: { source: string } }) => n.provenance.source)).toEqual(['hudoc-esc', 'hudoc-esc', 'hudoc-esc']);
    expect(statusOf(sources, 'hudoc-echr')).toMatchObject({ system: 'EUROPEAN', ok: false, code, count: 0 });
    expect(statusOf(sources, 'hudoc-esc')).toMatchObject({ ok: true, count: 3 });
  });

  it('UHRI down before any index exists: UHRI is reported failed, the other UN sources and the Council of Europe still answer', async () => {
    hub.replay.setFault('uhri', { kind: 'status', status: 503 });
    const res = await hub.query(SLOVENIA_RECORDS);
    expect(res.errors).toBeUndefined();
    expect(statusOf(res.data.records.sources, 'uhri')).toMatchObject({ system: 'UN', ok: false, code: 'RH_SOURCE_HTTP' });
    // Slovenia's UPR recommendations are OHCHR's thematic list's (upr-ohchr), newer than anything of the Council of Europe.
    expect(statusOf(res.data.records.sources, 'upr-ohchr')).toMatchObject({ ok: true, count: 5 });
    expect(statusOf(res.data.records.sources, 'hudoc-echr')).toMatchObject({ system: 'EUROPEAN', ok: true });
  });

  it('a subgraph process down: named by system, the rest of the answer comes back, no internal URL or stack leaks', async () => {
    await hub.hub.subgraphs.get('council-of-europe')!.close();
    const res = await hub.query(SLOVENIA_RECORDS);
    expect(res.data.records.nodes.length).toBe(5);
    expect(res.data.records.nodes.every((n: { provenance: { system: string } }) => n.provenance.system === 'UN')).toBe(true);
    expect(statusOf(res.data.records.sources, 'council-of-europe')).toMatchObject({
      system: 'EUROPEAN',
      ok: false,
      code: 'RH_SUBGRAPH_UNREACHABLE',
    });
    expect(res.errors).toBeUndefined();
    const raw = JSON.stringify(res);
    expect(raw).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stacktrace|at .*\.ts:\d+/);

    // The next page leaves the failed system out, so its return cannot break the order.
    const next = await hub.query(
      `query($after: String) { records(filter: { countries: ["SVN"] }, first: 5, after: $after) { sources { source code } } }`,
      { after: res.data.records.endCursor },
    );
    expect(next.data.records.sources).toContainEqual({ source: 'council-of-europe', code: 'RH_SOURCE_EXCLUDED' });
  });

  it('the registry down: a clear error naming it, nothing else to serve', async () => {
    await hub.hub.subgraphs.get('registry')!.close();
    const res = await hub.query(SLOVENIA_RECORDS);
    expect(res.errors?.[0]).toMatchObject({
      message: 'The registry subgraph did not answer.',
      extensions: { code: 'RH_SUBGRAPH_UNREACHABLE' },
    });
    expect(JSON.stringify(res)).not.toMatch(/127\.0\.0\.1/);
  });

  it('shows a failing source at /health, with its last status', async () => {
    hub.replay.setFault('hudoc-echr', { kind: 'status', status: 503 });
    await hub.query(SLOVENIA_DECISIONS);
    const body = (await (await fetch(`${hub.hub.gateway.origin}/health`)).json()) as {
      subgraphs: { name: string; sources: { source: string; state: string; last: { code: string } | null }[] }[];
    };
    const coe = body.subgraphs.find((s) => s.name === 'council-of-europe')!;
    expect(coe.sources.find((s) => s.source === 'hudoc-echr')).toMatchObject({ state: 'failing', last: { code: 'RH_SOURCE_HTTP' } });
    expect(coe.sources.find((s) => s.source === 'hudoc-esc')).toMatchObject({ state: 'ok' });
  });

  it('reports a subgraph that is down at /health', async () => {
    await hub.hub.subgraphs.get('un')!.close();
    const res = await fetch(`${hub.hub.gateway.origin}/health`);
    const body = (await res.json()) as { ok: boolean; subgraphs: { name: string; ok: boolean; error?: string }[] };
    expect(res.status).toBe(503);
    expect(body.subgraphs.find((s) => s.name === 'un')).toMatchObject({ ok: false, error: 'unreachable' });
  });
});
