import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { createCircuit } from '../../adapters/_kit/circuit.ts';
import { createSourceCache, type CachedResponse } from '../../adapters/_kit/cache.ts';
import { createRedisHostSlots } from '../../adapters/_kit/host-slots.ts';

/**
 * Redis as a circuit: a Redis that is down (a real dead port), stalled (a real TCP server that accepts and never
 * answers) or that stalls and comes back (a loopback proxy in front of the real Redis on 6379) costs one timeout; then
 * the cache and the host slots work locally at no cost per query, and go back to Redis when a probe finds it answering.
 * The back-off runs on an injected clock: no test sleeps for it.
 */

const REDIS = new URL(process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const OP_TIMEOUT_MS = 150;
const entry = (body: string): CachedResponse => ({
  url: body,
  status: 200,
  contentType: null,
  body,
  fetchedAt: '',
  freshUntil: Date.now() + 60_000,
});
const closers: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A port nothing listens on (taken from the OS, then released). */
async function deadPort(): Promise<number> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A TCP proxy to the real Redis that can stall (hold every byte, answer nothing) and heal (drop the held connections). */
async function redisProxy() {
  let stalled = false;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(REDIS.port || 6379), REDIS.hostname);
    sockets.add(client).add(upstream);
    client.on('data', (d) => {
      if (!stalled) upstream.write(d);
    });
    upstream.on('data', (d) => {
      if (!stalled) client.write(d);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  const port = await listen(server);
  const drop = () => {
    for (const s of sockets) s.destroy();
    sockets.clear();
  };
  closers.push(() => {
    drop();
    server.close();
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stall: () => {
      stalled = true;
    },
    heal: () => {
      stalled = false;
      drop();
    },
  };
}

/** Runs `times` calls of op one after another; the time they took in all, in ms. */
async function timeOf(times: number, op: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < times; i++) await op();
  return performance.now() - started;
}

describe('the circuit', () => {
  it('opens on a failure, probes once after the back-off, closes when the probe answers and doubles the back-off when not', async () => {
    let now = 0;
    let answers = false;
    const probe = vi.fn(async () => answers);
    const circuit = createCircuit({ probe, backoffMs: 1_000, maxBackoffMs: 3_000, now: () => now });
    expect(circuit.allow()).toBe(true);
    circuit.failed();
    expect([circuit.state(), circuit.allow(), circuit.retryAt()]).toEqual(['open', false, 1_000]);
    now = 999;
    expect(circuit.allow()).toBe(false);
    expect(probe).not.toHaveBeenCalled();
    now = 1_000;
    expect(circuit.allow()).toBe(false); // the probe goes in the background; this call works locally
    expect(circuit.state()).toBe('half-open');
    await vi.waitFor(() => expect(circuit.state()).toBe('open'));
    expect(circuit.retryAt()).toBe(1_000 + 2_000);
    now = 3_000;
    answers = true;
    circuit.allow();
    await vi.waitFor(() => expect(circuit.state()).toBe('closed'));
    expect(probe).toHaveBeenCalledTimes(2);
    expect(circuit.allow()).toBe(true);
  });
});

describe('the cache with Redis failing', () => {
  it.each([
    ['nothing listens on its port', async () => `redis://127.0.0.1:${await deadPort()}`],
    [
      'it accepts connections and never answers',
      async () => {
        const silent = new Set<Socket>();
        const server = createServer((s) => {
          silent.add(s);
        });
        const port = await listen(server);
        closers.push(() => {
          for (const s of silent) s.destroy();
          server.close();
        });
        return `redis://127.0.0.1:${port}`;
      },
    ],
  ])('costs one timeout when %s, then nothing, and keeps caching in memory', async (_what, urlOf) => {
    const cache = createSourceCache({ url: await urlOf(), namespace: `rh-test-${randomUUID()}`, opTimeoutMs: OP_TIMEOUT_MS, now: () => 0 });
    closers.push(() => cache.close());
    const first = await timeOf(1, () => cache.get('a'));
    expect(first).toBeLessThan(OP_TIMEOUT_MS * 4);
    // Twenty reads and writes after it together cost less than one timeout.
    expect(
      await timeOf(20, async () => {
        await cache.set('b', entry('b'));
        await cache.get('b');
      }),
    ).toBeLessThan(OP_TIMEOUT_MS);
    expect(await cache.get('b')).toMatchObject({ body: 'b' });
    expect(cache.serving()).toBe('memory');
    expect(cache.lastError()).not.toBeNull();
  });

  it('goes local when the real Redis stalls, and back to it after the back-off once it answers again', async () => {
    const proxy = await redisProxy();
    const namespace = `rh-test-${randomUUID()}`;
    let now = 0;
    const cache = createSourceCache({ url: proxy.url, namespace, opTimeoutMs: OP_TIMEOUT_MS, backoffMs: 5_000, now: () => now });
    const direct = createSourceCache({ url: REDIS.toString(), namespace });
    closers.push(
      () => cache.close(),
      () => direct.close(),
    );
    await cache.set('before', entry('before'));
    expect(await direct.get('before')).toMatchObject({ body: 'before' });
    expect(cache.serving()).toBe('redis');

    proxy.stall();
    await cache.get('x'); // the one timeout
    expect(cache.serving()).toBe('memory');
    expect(await timeOf(20, () => cache.get('before'))).toBeLessThan(OP_TIMEOUT_MS);
    expect(await cache.get('before')).toMatchObject({ body: 'before' }); // its memory copy

    proxy.heal();
    await direct.set('written-meanwhile', entry('written-meanwhile'));
    expect(await cache.get('written-meanwhile')).toBeUndefined(); // still local: the back-off is not over
    await vi.waitFor(
      async () => {
        now += 60_000; // past any back-off: the next call starts a probe
        await cache.get('probe-trigger');
        expect(cache.serving()).toBe('redis');
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(await cache.get('written-meanwhile')).toMatchObject({ body: 'written-meanwhile' });
    // Back on Redis, a query costs no timeout.
    expect(await timeOf(5, () => cache.get('before'))).toBeLessThan(OP_TIMEOUT_MS * 2);
  });
});

describe('the host slots with Redis failing', () => {
  const site = 'https://hudoc.echr.coe.int/app/query/results';

  it('cost one timeout when the real Redis stalls, then go on the process limit, and return to Redis after the back-off', async () => {
    const proxy = await redisProxy();
    let now = 0;
    const slots = createRedisHostSlots({
      url: proxy.url,
      namespace: `rh-test-${randomUUID()}`,
      perHost: 4,
      leaseMs: 30_000,
      opTimeoutMs: OP_TIMEOUT_MS,
      backoffMs: 5_000,
      now: () => now,
    });
    closers.push(() => slots.close());
    (await slots.take(site, { source: 'hudoc-echr', waitMs: 1_000 }))();
    expect(slots.serving?.()).toBe('redis');

    proxy.stall();
    (await slots.take(site, { source: 'hudoc-echr', waitMs: 1_000 }))(); // the one timeout
    expect(slots.serving?.()).toBe('process');
    expect(await timeOf(20, async () => (await slots.take(site, { source: 'hudoc-echr', waitMs: 1_000 }))())).toBeLessThan(OP_TIMEOUT_MS);

    proxy.heal();
    await vi.waitFor(
      async () => {
        now += 60_000;
        (await slots.take(site, { source: 'hudoc-echr', waitMs: 1_000 }))();
        expect(slots.serving?.()).toBe('redis');
      },
      { timeout: 10_000, interval: 50 },
    );
  });
});
