/** A value's size as the cache counts it: a string's length in UTF-16 code units, times 2 (its bytes at most); 0 for others. */
function stringSize(value: unknown): number {
  return typeof value === 'string' ? value.length * 2 : 0;
}

/**
 * A Map that keeps at most `maxEntries`, and values of at most `maxBytes` in all (keyv stores its values as strings),
 * dropping the least recently used: keyv's in-memory store, so a long-running hub's cache cannot grow without bound.
 * new LruMap(2).set('a',1).set('b',2).set('c',3).has('a') === false; a value larger than maxBytes by itself is not kept.
 * Values other than strings are counted by `sizeOf` (default 0: bounded by entries only).
 */
export class LruMap<K, V> extends Map<K, V> {
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes = Infinity,
    private readonly sizeOf: (value: V) => number = stringSize,
  ) {
    super();
  }

  /** The values' size in all, as counted against maxBytes. */
  get totalBytes(): number {
    return this.bytes;
  }

  override get(key: K): V | undefined {
    if (!super.has(key)) return undefined;
    const value = super.get(key) as V;
    super.delete(key);
    super.set(key, value);
    return value;
  }

  override set(key: K, value: V): this {
    this.delete(key);
    if (this.sizeOf(value) > this.maxBytes) return this;
    super.set(key, value);
    this.bytes += this.sizeOf(value);
    while (this.size > this.maxEntries || this.bytes > this.maxBytes) this.delete(this.keys().next().value as K);
    return this;
  }

  override delete(key: K): boolean {
    if (!super.has(key)) return false;
    this.bytes -= this.sizeOf(super.get(key) as V);
    return super.delete(key);
  }

  override clear(): void {
    super.clear();
    this.bytes = 0;
  }
}

/**
 * An LruMap behind the async get/set/delete that Apollo Server's `documentStore` takes, so the parsed documents of
 * ever-new client queries are kept up to `maxEntries` (Apollo's default store is bounded only at 30 MiB per server):
 * new ApolloServer({ schema, documentStore: lruKeyValueCache(200) })
 */
export function lruKeyValueCache<V>(maxEntries: number) {
  const map = new LruMap<string, V>(maxEntries);
  return {
    get: async (key: string) => map.get(key),
    set: async (key: string, value: V) => void map.set(key, value),
    delete: async (key: string) => map.delete(key),
  };
}
