import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import { startReplayHub, PATIENT, type ReplayHub } from '../support/replay-hub.ts';

const PAGE = `query($after: String) {
  decisions(filter: { countries: ["SVN"] }, first: 3, after: $after) {
    nodes { id date provenance { system source } }
    endCursor hasNextPage totalCount
    sources { system source ok code count total }
  }
}`;

/**
 * The signed scopes travel in the parts' entity keys, so any Federation gateway carries them unchanged: a stock
 * @apollo/gateway (no Rights Hub data source, no plugin) over the hub's own subgraphs gives the hub's answers.
 */
describe('a stock @apollo/gateway in front of the same subgraphs', () => {
  let hub: ReplayHub;
  let stock: ApolloServer;
  beforeAll(async () => {
    hub = await startReplayHub({ hub: PATIENT }); // compares whole answers: a cold read timing out on one side only is load, not a difference
    stock = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: hub.hub.gateway.supergraphSdl }) });
    await stock.start();
  });
  afterAll(async () => {
    await stock.stop();
    await hub.close();
  });

  async function viaStock(variables: Record<string, unknown>) {
    const res = await stock.executeOperation({ query: PAGE, variables });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return res.body.singleResult;
  }

  it("pages a cross-system list as the hub's gateway does, its cursors included", async () => {
    const ours = await hub.query(PAGE);
    const theirs = await viaStock({});
    expect(theirs.errors).toBeUndefined();
    expect((theirs.data as { decisions: unknown }).decisions).toEqual(ours.data.decisions);
    const page = (theirs.data as { decisions: { nodes: unknown[]; endCursor: string; sources: { ok: boolean }[] } }).decisions;
    expect(page.nodes).toHaveLength(3);
    expect(page.sources.every((s) => s.ok)).toBe(true);

    const second = await viaStock({ after: page.endCursor });
    expect(second.errors).toBeUndefined();
    expect((second.data as { decisions: unknown }).decisions).toEqual((await hub.query(PAGE, { after: page.endCursor })).data.decisions);
  });
});
