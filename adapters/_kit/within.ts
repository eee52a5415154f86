/**
 * The value of `op`, or `fallback` if it fails or takes longer than `ms`, each failure told to `onError`. For shared
 * stores (Redis) that must never fail or stall a query: a Redis that is down queues commands forever.
 * await within(keyv.get(key), 250, undefined, note) → the entry, or undefined after 250 ms
 */
export async function within<T>(op: Promise<T>, ms: number, fallback: T, onError: (message: string) => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    // Given up only after the poll phase that follows (setImmediate): when the event loop was held longer than `ms`, an
    // answer that has arrived meanwhile is read first, instead of being taken for a timeout.
    timer = setTimeout(
      () =>
        setImmediate(() => {
          onError(`Redis did not answer within ${ms} ms`);
          resolve(fallback);
        }),
      ms,
    );
  });
  try {
    return await Promise.race([
      op.catch((err: unknown) => {
        onError((err as Error).message);
        return fallback;
      }),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
