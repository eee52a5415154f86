import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { createClient } from '@redis/client';
import type { AddressInfo } from 'node:net';
import { createHttpClient } from '../../adapters/_kit/http.ts';
import { createRedisHostSlots, PROCESS_SLOTS, type HostSlots, type HostSlotsConfig } from '../../adapters/_kit/host-slots.ts';

const REDIS_URL = process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const NO_RETRY = { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 1, statusCodes: [] };

/**
 * A loopback site that remembers the most requests it had in flight at once. It holds its answers until 4 requests are
 * waiting (the most two processes of 2 connections each may send), until all the requests a test said it would send
 * have come, or until answerAll() (called when a request waits for a slot: the fleet's limit is reached), so requests
 * that can overlap do, whatever the machine's speed, and no timer decides.
 */
async function startCountingSite() {
  let most = 0;
  let answered = 0;
  let expected = Infinity;
  let held: ServerResponse[] = [];
  const answerAll = () => {
    for (const res of held) res.end('ok');
    answered += held.length;
    held = [];
  };
  const server: Server = createServer((_req, res) => {
    held.push(res);
    most = Math.max(most, held.length);
    if (held.length >= 4 || answered + held.length >= expected) answerAll();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/page`,
    mostInFlight: () => most,
    answerAll,
    /** Starts counting afresh for a test that sends `requests` requests. */
    reset: (requests: number) => {
      [most, answered, expected] = [0, 0, requests];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the politeness limit per host, held for the whole fleet through Redis', () => {
  /** Each test's slots in a namespace of its own, so that no lease of another test counts. */
  let namespace = '';
  beforeEach(() => {
    namespace = `rights-hub-test-${randomUUID()}`;
  });
  const slotsOf = (perHost: number, url = REDIS_URL, clock: Pick<HostSlotsConfig, 'now' | 'sleep'> = {}) =>
    createRedisHostSlots({ url, namespace, perHost, leaseMs: 30_000, opTimeoutMs: 250, ...clock });
  const keyOf = (url: string) => `${namespace}:host-slots:${new URL(url).host}`;
  /** A clock that stands still but for the pauses of the slots' waits: each pause moves it on, at once. */
  const steppedClock = () => {
    let t = 0;
    return {
      now: () => t,
      sleep: async (ms: number) => {
        t += ms;
      },
    };
  };
  let site: Awaited<ReturnType<typeof startCountingSite>>;
  beforeAll(async () => {
    site = await startCountingSite();
  });
  afterAll(() => site.close());

  /** Two processes' clients, each allowed 2 connections per host, asking 8 pages each at once. */
  async function twoProcessesAsk(a: HostSlots, b: HostSlots): Promise<string[]> {
    const clients = [a, b].map((slots) => createHttpClient({ maxConcurrentPerHost: 2, retry: NO_RETRY }, { slots }));
    try {
      const asks = clients.flatMap((c) => Array.from({ length: 8 }, () => c.getText(site.url, { source: 'counting' })));
      return (await Promise.all(asks)).map((r) => r.body);
    } finally {
      await Promise.all(clients.map((c) => c.close()));
    }
  }

  it('without a shared limit, two processes send a host twice what one may', async () => {
    site.reset(16);
    expect(await twoProcessesAsk(PROCESS_SLOTS, PROCESS_SLOTS)).toHaveLength(16);
    expect(site.mostInFlight()).toBe(4);
  });

  it('with slots in one Redis, two processes together never have more requests in flight toward a host than the limit', async () => {
    site.reset(16);
    // A request that finds the host full means the fleet's limit is reached: the site then answers what it holds.
    const answerHeld = { sleep: async () => void site.answerAll() };
    const [a, b] = [slotsOf(2, REDIS_URL, answerHeld), slotsOf(2, REDIS_URL, answerHeld)];
    try {
      expect(await twoProcessesAsk(a, b)).toEqual(Array(16).fill('ok'));
      expect(site.mostInFlight()).toBeLessThanOrEqual(2);
      expect([a.lastError(), b.lastError()]).toEqual([null, null]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('fails a request as RH_SOURCE_TIMEOUT when the host stays full for the whole wait, naming the host and the limit', async () => {
    const clock = steppedClock();
    const slots = slotsOf(1, REDIS_URL, clock);
    try {
      const held = await slots.take(site.url, { source: 'counting', waitMs: 1_000 });
      const waitedFrom = clock.now();
      await expect(slots.take(site.url, { source: 'counting', waitMs: 50 })).rejects.toMatchObject({
        code: 'RH_SOURCE_TIMEOUT',
        message: expect.stringMatching(/no free slot toward 127\.0\.0\.1:\d+ .* at most 1 requests at once/),
      });
      expect(clock.now() - waitedFrom).toBe(50); // it asked again until the whole wait had passed, and not longer
      held();
    } finally {
      await slots.close();
    }
  });

  it('frees the slots of a process that died holding them once their lease runs out', async () => {
    const slots = slotsOf(1);
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    try {
      await slots.take(site.url, { source: 'counting', waitMs: 1_000 }); // never freed, as by a process that crashed
      // The lease expires leaseMs after it was taken, in Redis's own clock (TIME) ...
      const [seconds, micros] = (await redis.sendCommand(['TIME'])) as [string, string];
      const redisNow = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
      const [lease] = await redis.zRangeWithScores(keyOf(site.url), 0, -1);
      expect(lease.score - redisNow).toBeGreaterThan(30_000 - 1_000);
      expect(lease.score - redisNow).toBeLessThanOrEqual(30_000);
      // ... so moving its expiry into the past is the lease running out, without waiting for it.
      await redis.zAdd(keyOf(site.url), { score: redisNow - 1, value: lease.value }, { XX: true });
      const next = await slots.take(site.url, { source: 'counting', waitMs: 0 });
      expect(typeof next).toBe('function');
      next();
    } finally {
      await slots.close();
      redis.destroy();
    }
  });

  it('frees a slot Redis took after the process had stopped waiting for its answer', async () => {
    const slots = createRedisHostSlots({ url: REDIS_URL, namespace, perHost: 4, leaseMs: 30_000, opTimeoutMs: 0 });
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    try {
      expect(await slots.connected).toBe(true); // before it is connected, take() does not ask Redis at all
      for (let i = 0; i < 10; i++) (await slots.take(site.url, { source: 'counting', waitMs: 1_000 }))();
      await slots.settled(); // the late answers, and the releases they trigger, have arrived
      expect(await redis.zCard(keyOf(site.url))).toBe(0);
    } finally {
      await slots.close();
      redis.destroy();
    }
  });

  it('lets requests go ahead on the process’s own limit when Redis is down, and keeps the error for /health', async () => {
    site.reset(3);
    const slots = slotsOf(1, 'redis://127.0.0.1:1');
    const client = createHttpClient({ retry: NO_RETRY }, { slots });
    try {
      const answers = await Promise.all([1, 2, 3].map(() => client.getText(site.url, { source: 'counting' })));
      expect(answers.map((r) => r.body)).toEqual(['ok', 'ok', 'ok']);
      expect(slots.lastError()).not.toBeNull();
    } finally {
      await client.close();
      await slots.close();
    }
  });
});
