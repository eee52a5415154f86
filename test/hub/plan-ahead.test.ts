import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetch } from 'undici';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { startTracing, stopTracing } from '../../observability/tracing.ts';
import { recordedSources } from '../../replay/recorded.ts';
import { graphqlErrorsTotal, requestsTotal } from '../../observability/metrics.ts';
import { readOperationsManifest } from '../../gateway/plan-ahead.ts';

const dir = mkdtempSync(join(tmpdir(), 'rights-hub-plan-ahead-'));
const manifestOf = (content: unknown, name = 'operations.json') => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const manifest = (operations: unknown[]) => ({ format: 'apollo-persisted-query-manifest', version: 1, operations });

const PLANNED = '{ country(code: "SVN") { records(first: 5) { nodes { __typename } sources { source ok } } } }';
const NAMED = 'query Visits { country(code: "SVN") { visits(first: 3) { nodes { id } } } }';
const NOT_PLANNED = '{ country(code: "SVN") { decisions(first: 2) { nodes { id } } } }';
const WITH_VARIABLES =
  'query Page($code: ID!, $first: Int!, $filter: CountryRecordFilter) { country(code: $code) { records(first: $first, filter: $filter) { totalCount } } }';

describe('operations planned ahead (HUB_PLAN_AHEAD, a persisted-query manifest)', () => {
  const exporter = new InMemorySpanExporter();
  let hub: ReplayHub;
  let upstreamAtStart = 0;
  let registryCallsAtStart = 0;
  let errorsCountedAtStart = 0;
  const upstream = () => Object.keys(recordedSources()).reduce((sum, mount) => sum + hub.replay.hits(mount).length, 0);
  const registryCalls = async () =>
    (await requestsTotal.get()).values.filter((v) => v.labels.service === 'registry').reduce((sum, v) => sum + v.value, 0);
  /** An answer, and how many query plans the gateway made for it; a named operation is sent as Apollo Client sends it, with its operationName. */
  const plansMadeBy = async (query: string, operationName?: string, variables?: object) => {
    exporter.reset();
    const res = await fetch(`${hub.hub.gateway.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, operationName, variables }),
    });
    const answer = (await res.json()) as { data?: any; errors?: unknown[] };
    await new Promise((resolve) => setImmediate(resolve));
    return { answer, plans: exporter.getFinishedSpans().filter((s) => s.name === 'gateway.plan').length };
  };

  beforeAll(async () => {
    startTracing({ exporter });
    const path = manifestOf(
      manifest([
        { id: 'a', type: 'query', body: PLANNED },
        { id: 'b', name: 'Visits', type: 'query', body: NAMED },
        { id: 'v', name: 'Page', type: 'query', body: WITH_VARIABLES },
        { id: 'c', type: 'query', body: '{ nowhere { at all } }' }, // does not validate: logged and left
      ]),
    );
    hub = await startReplayHub({ env: { HUB_PLAN_AHEAD: path } });
    upstreamAtStart = upstream();
    registryCallsAtStart = await registryCalls();
    errorsCountedAtStart = (await graphqlErrorsTotal.get()).values.reduce((sum, v) => sum + v.value, 0);
  }, 120_000);
  afterAll(async () => {
    await hub?.close();
    await stopTracing();
  });

  it('are planned at start without asking any subgraph or source, and count as no request and no error', () => {
    expect(upstreamAtStart).toBe(0);
    expect(registryCallsAtStart).toBe(0);
    expect(errorsCountedAtStart).toBe(0);
  });

  it('are answered at their first request from the plan made at start, as usual', async () => {
    const first = await plansMadeBy(PLANNED);
    expect(first.plans).toBe(0);
    expect(first.answer.errors).toBeUndefined();
    expect(first.answer.data.country.records.sources.length).toBeGreaterThan(10);
    expect(upstream()).toBeGreaterThan(0);
    const named = await plansMadeBy(NAMED, 'Visits');
    expect(named.plans).toBe(0);
    expect(named.answer.errors).toBeUndefined();
    // Planned with placeholders for its required variables: the plan does not depend on their values.
    const page = await plansMadeBy(WITH_VARIABLES, 'Page', { code: 'SVN', first: 2, filter: { from: '2020-01-01' } });
    expect(page.plans).toBe(0);
    expect(page.answer.errors, JSON.stringify(page.answer.errors)).toBeUndefined();
    expect(page.answer.data.country.records.totalCount).toBeGreaterThan(0);
  });

  it('leave any other operation planned at its first request', async () => {
    const other = await plansMadeBy(NOT_PLANNED);
    expect(other.plans).toBe(1);
    expect(other.answer.errors).toBeUndefined();
  });
});

describe('the manifest HUB_PLAN_AHEAD names', () => {
  it('gives its queries, named or not, and leaves other operation types', () => {
    const path = manifestOf(
      manifest([
        { id: '1', name: 'Visits', type: 'query', body: NAMED },
        { id: '2', body: PLANNED },
        { id: '3', name: 'Change', type: 'mutation', body: 'mutation Change { x }' },
      ]),
    );
    expect(readOperationsManifest(path)).toEqual([{ body: NAMED, name: 'Visits' }, { body: PLANNED }]);
  });

  it.each([
    ['is not JSON', '{ "format": ', /is not a readable JSON file/],
    ['is another format', { format: 'relay', operations: [] }, /is not an Apollo persisted-query manifest/],
    ['lists no operations', { format: 'apollo-persisted-query-manifest' }, /is not an Apollo persisted-query manifest/],
    ['has an operation without text', manifest([{ id: 'x', type: 'query' }]), /operation 0 .* has no text/],
    ['lists too many operations', manifest(Array.from({ length: 101 }, (_, i) => ({ id: String(i), body: PLANNED }))), /at most 100/],
  ])('is refused, naming what is wrong, when it %s', (_, content, message) => {
    expect(() => readOperationsManifest(manifestOf(content, 'bad.json'))).toThrow(message);
  });

  it('is refused when it cannot be read', () => {
    expect(() => readOperationsManifest(join(dir, 'missing.json'))).toThrow(/HUB_PLAN_AHEAD: .*missing\.json is not a readable JSON file/);
  });
});
