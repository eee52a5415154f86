import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { PATIENT, startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

/** Tiered access behind Hive Gateway: the same 401 in front, the caller's headers propagated, each subgraph enforcing. */
describe('tiered access behind Hive Gateway', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub({ hub: { ...PATIENT, gateway: 'hive' } });
  }, 60_000);
  afterAll(() => hub?.close());
  const REQUESTED = '{ visits(filter: { systems: [UN], status: [REQUESTED] }) { totalCount nodes { id access } } }';

  it('anonymous: none of the requested visits; staff of a mechanism: all 17 (so the headers reached the UN subgraph)', async () => {
    const [anonymous, staff] = await Promise.all([
      hub.query(REQUESTED),
      hub.query(REQUESTED, undefined, { mechanism: 'coe-cpt', role: 'staff' }),
    ]);
    expect(anonymous.data.visits).toEqual({ totalCount: 0, nodes: [] });
    expect(staff.data.visits.nodes).toHaveLength(17);
    expect(staff.data.visits.nodes.every((v: { access: string }) => v.access === 'MECHANISMS')).toBe(true);
  });

  it('an expired token is a 401, not a PUBLIC answer', async () => {
    const token = await hub.issuer.sign({ mechanism: 'coe-cpt', role: 'staff' }, { seconds: -60 });
    const res = await fetch(`${hub.hub.gateway.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: REQUESTED }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('RH_AUTH_INVALID_TOKEN');
  });
});
