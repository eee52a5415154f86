import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryPlan } from '@apollo/query-planner';
import { PATIENT, startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { recordedSources } from '../../replay/recorded.ts';
import { planUpstreamBudget, recordUpstreamUse, upstreamGrant, upstreamUsed } from '../../gateway/upstream-grants.ts';
import { UPSTREAM_CEILING } from '../../platform/upstream-budget.ts';

/** A plan of `n` source-subgraph fetches (the registry's own fetch costs nothing). */
const planOf = (...services: string[]) =>
  ({
    kind: 'QueryPlan',
    node: { kind: 'Sequence', nodes: services.map((serviceName) => ({ kind: 'Fetch', serviceName })) },
  }) as unknown as QueryPlan;

describe('one pool of upstream requests per client request', () => {
  it('passes what a call did not use on to the later calls, and the calls together never get more than the pool', () => {
    const request = {};
    planUpstreamBudget(request, planOf('registry', 'un', 'council-of-europe'), 10);
    expect(upstreamGrant(request, 'registry', {})).toBe(0);
    const un = {};
    expect(upstreamGrant(request, 'un', un)).toBe(5);
    recordUpstreamUse(request, un, '1');
    const coe = {};
    expect(upstreamGrant(request, 'council-of-europe', coe)).toBe(9);
    recordUpstreamUse(request, coe, '9');
    expect(upstreamUsed(request)).toBe(10);
  });

  it('shares one pool between calls in flight at once, between plans of the same request, and counts a silent call at its grant', () => {
    const request = {};
    planUpstreamBudget(request, planOf('un', 'african'), 10);
    const [a, b] = [{}, {}];
    const grants = [upstreamGrant(request, 'un', a), upstreamGrant(request, 'african', b)];
    expect(grants[0] + grants[1]).toBeLessThanOrEqual(10);
    recordUpstreamUse(request, a, null); // hosted elsewhere: no count reported
    recordUpstreamUse(request, b, '0');
    // A second plan of the same request does not open a fresh ceiling.
    planUpstreamBudget(request, planOf('inter-american'), 10);
    expect(upstreamGrant(request, 'inter-american', {})).toBe(10 - grants[0]);
  });

  it('never opens a pool above the ceiling', () => {
    const request = {};
    planUpstreamBudget(request, planOf('un'), UPSTREAM_CEILING * 5);
    expect(upstreamGrant(request, 'un', {})).toBe(UPSTREAM_CEILING);
  });
});

describe('a query whose subgraph calls together need more than the pool', () => {
  const POOL = 12;
  let hub: ReplayHub;
  const MOUNTS = Object.keys(recordedSources({}));
  const upstreamHits = () => MOUNTS.reduce((sum, m) => sum + hub.replay.hits(m).length, 0);
  beforeAll(async () => {
    hub = await startReplayHub({ hub: { ...PATIENT, upstreamCeiling: POOL } });
  }, 60_000);
  afterAll(() => hub?.close());

  it('is cut at the pool: the sources past it say RH_UPSTREAM_BUDGET, and the sites are asked no more than the pool', async () => {
    const before = upstreamHits();
    const res = await hub.query<{
      a: { sources: { source: string; code: string | null }[] };
      b: { sources: { source: string; code: string | null }[] };
    }>(
      '{ a: records(first: 100) { sources { source code } } b: records(first: 100, filter: { from: "2010-01-01" }) { sources { source code } } }',
    );
    expect(res.errors).toBeUndefined();
    const made = upstreamHits() - before;
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThanOrEqual(POOL);
    const statuses = [...res.data!.a.sources, ...res.data!.b.sources];
    expect(statuses.filter((s) => s.code === 'RH_UPSTREAM_BUDGET').length).toBeGreaterThan(0);
    expect(
      (res as { extensions?: { rightsHub?: { upstreamRequests?: number } } }).extensions?.rightsHub?.upstreamRequests,
    ).toBeLessThanOrEqual(POOL);
  }, 60_000);
});
