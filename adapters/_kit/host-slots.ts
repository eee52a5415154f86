import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from '@redis/client';
import { InvalidConfigError, SourceTimeoutError } from './errors.ts';
import { within } from './within.ts';
import { createCircuit } from './circuit.ts';

/**
 * Requests in flight toward one host, counted for the whole fleet. In one process undici's per-origin connection
 * limit is enough; several gateways and subgraphs sharing one Redis would multiply it, so there each request first
 * takes one of the host's slots in Redis and frees it when done.
 */
export interface HostSlots {
  /** Waits (at most waitMs) for a free slot toward the URL's host; the function returned frees it. */
  take(url: string, opts: { source: string; waitMs: number }): Promise<() => void>;
  /** 'process' (undici's own limit only) or 'redis' (one limit for every process sharing the Redis), for /health. */
  readonly kind: 'process' | 'redis';
  /** Which limit holds now: 'redis', or 'process' (configured so, or while Redis is failing: its circuit is open). */
  serving?(): 'process' | 'redis';
  lastError(): string | null;
  close(): Promise<void>;
}

export interface HostSlotsConfig {
  /** redis://host:port shared by the fleet. */
  url: string;
  /** Key prefix, as the cache's. */
  namespace: string;
  /** Requests in flight toward one host across the fleet. */
  perHost: number;
  /** A slot a process never freed (it crashed) is freed after this, in milliseconds: longer than any request. */
  leaseMs: number;
  /** A Redis slower than this, or down, costs no more than this: the request goes ahead on the process's own limit. */
  opTimeoutMs: number;
  /** After a Redis failure, how long to go on the process's own limit before asking Redis again (circuit.ts). Default 5_000 ms. */
  backoffMs?: number;
  /** The clock of the back-off and of the wait for a free slot (tests inject theirs). Default Date.now. */
  now?: () => number;
  /** The pause between two asks for a full host (tests inject theirs, to wait without time passing). Default a timer. */
  sleep?: (ms: number) => Promise<void>;
}

/** Slots in Redis, with what a caller (a test) may await instead of waiting for time to pass. */
export interface RedisHostSlots extends HostSlots {
  /** Settles when the first connection to Redis is made (true) or has failed (false). */
  readonly connected: Promise<boolean>;
  /** Resolves once every release, and every late answer given up on (and the release it triggers), is done. */
  settled(): Promise<void>;
}

const FREE = () => undefined;

/** Only undici's per-origin connection limit: for one process, or when no Redis is configured. */
export const PROCESS_SLOTS: HostSlots = { kind: 'process', take: async () => FREE, lastError: () => null, close: async () => undefined };

/**
 * Takes a slot when fewer than ARGV[2] unexpired leases are held: leases are members of a sorted set scored by their
 * expiry in Redis's own clock (TIME), so the processes' clocks never matter and a crashed process's slots expire.
 * KEYS[1] = the host's set; ARGV = lease id, limit, lease ms. Returns 1 when taken, 0 when the host is full. The set
 * itself expires with its longest lease (never sooner: processes may hold longer leases than this one).
 */
const TAKE_SLOT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[3]) then redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[3])) end
return 1`;

/** How long to wait before asking again for a full host: short, growing, jittered so that waiting processes do not ask in step. */
function pollDelay(attempt: number): number {
  return Math.min(200, 10 * 2 ** attempt) * (0.5 + Math.random() / 2);
}

/**
 * One limit per host for every process sharing the Redis (see HostSlots). Redis failing or slow never fails a query:
 * the request then goes ahead under the process's own limit, and the error is kept for /health.
 * const slots = createRedisHostSlots({ url: 'redis://127.0.0.1:6379', namespace: 'rights-hub', perHost: 4, leaseMs: 30_000, opTimeoutMs: 250 });
 * const free = await slots.take('https://hudoc.echr.coe.int/app/query/results?…', { source: 'hudoc-echr', waitMs: 20_000 }); try { … } finally { free(); }
 */
export function createRedisHostSlots(config: HostSlotsConfig): RedisHostSlots {
  if (!/^rediss?:\/\//.test(config.url))
    throw new InvalidConfigError(`HUB_CACHE_URL must start with redis:// or rediss://; got ${JSON.stringify(config.url)}`);
  // No offline queue: while Redis is down a command fails at once instead of waiting for it to come back.
  const client = createClient({
    url: config.url,
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (retries) => Math.min(5_000, 100 * 2 ** retries) },
  });
  const now = config.now ?? Date.now;
  const pause = config.sleep ?? sleep;
  let lastError: string | null = null;
  // Releases and late answers in flight, for settled(); each is kept until it is done, and never rejects.
  const pending = new Set<Promise<unknown>>();
  const track = (op: Promise<unknown>) => {
    pending.add(op);
    void op.then(() => pending.delete(op));
  };
  const note = (message: string) => {
    lastError = message;
  };
  client.on('error', (err: Error) => note(err.message));
  const connected = client.connect().then(
    () => true,
    (err: Error) => {
      note(err.message);
      return false;
    },
  );
  // Only the first requests wait (at most opTimeoutMs) for the connection; later, a Redis that is not ready is skipped at once.
  let firstConnection: Promise<boolean> | undefined;
  // A Redis that failed or stalled is not asked again for a back-off period: one timeout, not one per request.
  const circuit = createCircuit({
    probe: () =>
      client.isReady
        ? within(
            client.ping().then(() => true),
            config.opTimeoutMs,
            false,
            note,
          )
        : Promise.resolve(false),
    backoffMs: config.backoffMs,
    now,
  });

  /** true taken, false full, undefined when Redis could not say (down, slow, its circuit open): the caller then goes ahead. */
  async function ask(key: string, lease: string): Promise<boolean | undefined> {
    firstConnection ??= within(connected, config.opTimeoutMs, false, note);
    await firstConnection;
    if (!client.isReady || !circuit.allow()) return undefined;
    const taken = client
      .eval(TAKE_SLOT, { keys: [key], arguments: [lease, String(config.perHost), String(config.leaseMs)] })
      .then((n) => n === 1);
    const answer = await within(taken, config.opTimeoutMs, undefined, note);
    // Given up on, the script may still take the slot: free it when it does, or it would be held for leaseMs.
    if (answer === undefined) {
      circuit.failed();
      track(
        taken.then(
          (late) => late && free(key, lease),
          () => undefined,
        ),
      );
    } else {
      circuit.succeeded();
      lastError = null;
    }
    return answer;
  }

  function free(key: string, lease: string): void {
    track(client.zRem(key, lease).catch((err: Error) => note(err.message)));
  }

  async function take(url: string, opts: { source: string; waitMs: number }): Promise<() => void> {
    const host = new URL(url).host;
    const key = `${config.namespace}:host-slots:${host}`;
    const lease = randomUUID();
    const deadline = now() + opts.waitMs;
    for (let attempt = 0; ; attempt++) {
      const taken = await ask(key, lease);
      if (taken === undefined) return FREE;
      if (taken) return () => free(key, lease);
      const left = deadline - now();
      if (left <= 0)
        throw new SourceTimeoutError(
          `${opts.source}: no free slot toward ${host} within ${opts.waitMs} ms (the fleet sends it at most ${config.perHost} requests at once)`,
          opts.source,
          { url },
        );
      await pause(Math.min(left, pollDelay(attempt)));
    }
  }

  return {
    kind: 'redis',
    serving: () => (client.isReady && circuit.state() === 'closed' ? 'redis' : 'process'),
    take,
    lastError: () => lastError,
    connected,
    async settled() {
      while (pending.size > 0) await Promise.all(pending);
    },
    async close() {
      // close sends the releases still pending; a Redis that stopped answering is not waited for longer than 1 s.
      if (client.isReady) await within(client.close(), 1_000, undefined, note);
      else if (client.isOpen) client.destroy();
    },
  };
}
