/**
 * A circuit breaker for a shared store (Redis): after a failure or a timeout the store is not asked for a back-off
 * period, so a Redis that is down or stalled costs one timeout, not one per query; the callers meanwhile work locally.
 * When the period is over, one probe is sent in the background (half-open): if it answers, the store is used again;
 * if not, the next period is twice as long (up to maxBackoffMs). The clock is injected, so tests never sleep.
 */
export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitOptions {
  /** First back-off after a failure, in milliseconds. Default 5_000. */
  backoffMs?: number;
  /** Longest back-off, in milliseconds. Default 60_000. */
  maxBackoffMs?: number;
  /** Asks the store whether it answers again (resolves true when it does); run in the background only. */
  probe: () => Promise<boolean>;
  now?: () => number;
}

export interface Circuit {
  /** true when the store may be asked now; false while open (then a probe starts once the back-off is over). */
  allow(): boolean;
  /** The store answered. */
  succeeded(): void;
  /** The store failed or was too slow: open the circuit. */
  failed(): void;
  state(): CircuitState;
  /** When the open circuit will next probe the store (epoch ms), null when closed. */
  retryAt(): number | null;
}

export const CIRCUIT_DEFAULTS = { backoffMs: 5_000, maxBackoffMs: 60_000 } as const;

/**
 * const circuit = createCircuit({ probe: () => within(redis.ping().then(() => true), 250, false, note) });
 * if (circuit.allow()) { try { await redisOp(); circuit.succeeded(); } catch { circuit.failed(); } } else { localOp(); }
 */
export function createCircuit(options: CircuitOptions): Circuit {
  const { probe, now = Date.now } = options;
  const first = options.backoffMs ?? CIRCUIT_DEFAULTS.backoffMs;
  const longest = options.maxBackoffMs ?? CIRCUIT_DEFAULTS.maxBackoffMs;
  let state: CircuitState = 'closed';
  let backoff = first;
  let openUntil = 0;

  function open(): void {
    state = 'open';
    openUntil = now() + backoff;
    backoff = Math.min(longest, backoff * 2);
  }

  function close(): void {
    state = 'closed';
    backoff = first;
  }

  function startProbe(): void {
    state = 'half-open';
    probe().then(
      (ok) => (ok ? close() : open()),
      () => open(),
    );
  }

  return {
    allow() {
      if (state === 'closed') return true;
      if (state === 'open' && now() >= openUntil) startProbe();
      return false;
    },
    succeeded() {
      if (state !== 'closed') close();
    },
    failed() {
      // While half-open the probe decides; a late failure of an older request must not restart the back-off.
      if (state === 'closed') open();
    },
    state: () => state,
    retryAt: () => (state === 'closed' ? null : openUntil),
  };
}
