import { describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { randomUUID } from 'node:crypto';
import { startReplayServer } from '../../replay/server.ts';
import { recordedSources } from '../../replay/recorded.ts';
import { startReplayHub } from '../support/replay-hub.ts';

const REDIS_URL = process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const QUERY = '{ decisions(filter: { countries: ["SVN"] }) { nodes { id provenance { fromCache } } sources { source ok fromCache } } }';

describe('two gateways sharing one Redis cache', () => {
  it('serve a page fetched by one of them warm from the other, without asking the source again', async () => {
    const replay = await startReplayServer(recordedSources());
    const env = { HUB_CACHE_URL: REDIS_URL, HUB_CACHE_NAMESPACE: `rights-hub-test-${randomUUID()}` };
    const first = await startReplayHub({ replay, env });
    const second = await startReplayHub({ replay, env });
    try {
      const a = await first.query(QUERY);
      const fetchesAfterFirst = replay.hits('hudoc-echr').length;
      const b = await second.query(QUERY);
      expect(a.data.decisions.sources.find((s: { source: string }) => s.source === 'hudoc-echr')).toMatchObject({
        ok: true,
        fromCache: false,
      });
      expect(b.data.decisions.sources.find((s: { source: string }) => s.source === 'hudoc-echr')).toMatchObject({
        ok: true,
        fromCache: true,
      });
      expect(b.data.decisions.nodes.map((n: { id: string }) => n.id)).toEqual(a.data.decisions.nodes.map((n: { id: string }) => n.id));
      expect(replay.hits('hudoc-echr').length).toBe(fetchesAfterFirst);
      // Both the cache and the politeness limit per host are the fleet's, in Redis.
      const health = (await (await fetch(`${second.hub.gateway.origin}/health`)).json()) as {
        subgraphs: { name: string; stores?: object }[];
      };
      expect(health.subgraphs.find((s) => s.name === 'council-of-europe')?.stores).toEqual({
        cache: 'redis',
        cacheServing: 'redis',
        cacheError: null,
        hostSlots: 'redis',
        hostSlotsServing: 'redis',
        hostSlotsError: null,
      });
    } finally {
      await first.close();
      await second.close();
      await replay.close();
    }
  });
});
