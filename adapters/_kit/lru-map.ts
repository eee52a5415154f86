/**
 * A Map that keeps at most `maxEntries`, dropping the least recently used: keyv's in-memory store, so a
 * long-running hub's cache cannot grow without bound. new LruMap(2).set('a',1).set('b',2).set('c',3).has('a') === false
 */
export class LruMap<K, V> extends Map<K, V> {
  constructor(private readonly maxEntries: number) {
    super();
  }

  override get(key: K): V | undefined {
    if (!super.has(key)) return undefined;
    const value = super.get(key) as V;
    super.delete(key);
    super.set(key, value);
    return value;
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    while (this.size > this.maxEntries) super.delete(this.keys().next().value as K);
    return this;
  }
}
