import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from '@redis/client';
import type { AddressInfo } from 'node:net';
import { createHttpClient } from '../../adapters/_kit/http.ts';
import { createRedisHostSlots, PROCESS_SLOTS, type HostSlots } from '../../adapters/_kit/host-slots.ts';

const REDIS_URL = process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const NO_RETRY = { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 1, statusCodes: [] };

/**
 * A loopback site that remembers the most requests it had in flight at once. It holds its answers until 4 requests are
 * waiting (or 50 ms after the last came), so requests that can overlap do, whatever the machine's speed.
 */
async function startCountingSite(): Promise<{ url: string; mostInFlight(): number; reset(): void; close(): Promise<void> }> {
  let most = 0;
  let held: ServerResponse[] = [];
  let timer: NodeJS.Timeout | undefined;
  const answerAll = () => {
    clearTimeout(timer);
    for (const res of held) res.end('ok');
    held = [];
  };
  const server: Server = createServer((_req, res) => {
    held.push(res);
    most = Math.max(most, held.length);
    clearTimeout(timer);
    if (held.length >= 4) answerAll();
    else timer = setTimeout(answerAll, 50);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/page`,
    mostInFlight: () => most,
    reset: () => {
      most = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('the politeness limit per host, held for the whole fleet through Redis', () => {
  /** Each test's slots in a namespace of its own, so that no lease of another test counts. */
  let namespace = '';
  beforeEach(() => {
    namespace = `rights-hub-test-${randomUUID()}`;
  });
  const slotsOf = (perHost: number, leaseMs = 30_000, url = REDIS_URL): HostSlots =>
    createRedisHostSlots({ url, namespace, perHost, leaseMs, opTimeoutMs: 250 });
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
    site.reset();
    expect(await twoProcessesAsk(PROCESS_SLOTS, PROCESS_SLOTS)).toHaveLength(16);
    expect(site.mostInFlight()).toBe(4);
  });

  it('with slots in one Redis, two processes together never have more requests in flight toward a host than the limit', async () => {
    site.reset();
    const [a, b] = [slotsOf(2), slotsOf(2)];
    try {
      expect(await twoProcessesAsk(a, b)).toEqual(Array(16).fill('ok'));
      expect(site.mostInFlight()).toBeLessThanOrEqual(2);
      expect([a.lastError(), b.lastError()]).toEqual([null, null]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('fails a request as RH_SOURCE_TIMEOUT when the host stays full for the whole wait, naming the host and the limit', async () => {
    const slots = slotsOf(1);
    try {
      const held = await slots.take(site.url, { source: 'counting', waitMs: 1_000 });
      await expect(slots.take(site.url, { source: 'counting', waitMs: 50 })).rejects.toMatchObject({
        code: 'RH_SOURCE_TIMEOUT',
        message: expect.stringMatching(/no free slot toward 127\.0\.0\.1:\d+ .* at most 1 requests at once/),
      });
      held();
    } finally {
      await slots.close();
    }
  });

  it('frees the slots of a process that died holding them once their lease runs out', async () => {
    const slots = slotsOf(1, 100);
    try {
      await slots.take(site.url, { source: 'counting', waitMs: 1_000 }); // never freed, as by a process that crashed
      const next = await slots.take(site.url, { source: 'counting', waitMs: 5_000 });
      expect(typeof next).toBe('function');
      next();
    } finally {
      await slots.close();
    }
  });

  it('frees a slot Redis took after the process had stopped waiting for its answer', async () => {
    const slots = createRedisHostSlots({ url: REDIS_URL, namespace, perHost: 4, leaseMs: 30_000, opTimeoutMs: 0 });
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    try {
      await sleep(200); // lets the slots' client connect: before that, take() does not ask Redis at all
      for (let i = 0; i < 10; i++) (await slots.take(site.url, { source: 'counting', waitMs: 1_000 }))();
      await sleep(200); // the late answers, and the releases they trigger, arrive
      expect(await redis.zCard(`${namespace}:host-slots:${new URL(site.url).host}`)).toBe(0);
    } finally {
      await slots.close();
      redis.destroy();
    }
  });

  it('lets requests go ahead on the process’s own limit when Redis is down, and keeps the error for /health', async () => {
    const slots = slotsOf(1, 30_000, 'redis://127.0.0.1:1');
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
