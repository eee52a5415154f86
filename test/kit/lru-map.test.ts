import { describe, expect, it } from 'vitest';
import { LruMap, lruKeyValueCache } from '../../adapters/_kit/lru-map.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';

describe('the bounded in-memory cache', () => {
  it('drops the least recently used entry past its size', () => {
    const map = new LruMap<string, number>(2).set('a', 1).set('b', 2);
    map.get('a');
    map.set('c', 3);
    expect([...map.keys()]).toEqual(['a', 'c']);
  });

  it('keeps at most maxEntries responses', async () => {
    const cache = createSourceCache({ maxEntries: 2 });
    const entry = (url: string) => ({ url, status: 200, contentType: null, body: url, fetchedAt: '', freshUntil: Date.now() + 60_000 });
    for (const url of ['u1', 'u2', 'u3']) await cache.set(url, entry(url));
    expect(await cache.get('u1')).toBeUndefined();
    expect(await cache.get('u3')).toMatchObject({ body: 'u3' });
  });

  it('keeps values of at most maxBytes in all, dropping the least recently used, and never one larger than the bound', () => {
    const map = new LruMap<string, string>(100, 40); // 40 bytes: 20 UTF-16 code units
    map.set('a', 'x'.repeat(8)).set('b', 'y'.repeat(8));
    expect(map.totalBytes).toBe(32);
    map.set('c', 'z'.repeat(8));
    expect([...map.keys()]).toEqual(['b', 'c']);
    map.set('huge', 'h'.repeat(21));
    expect(map.has('huge')).toBe(false);
    map.delete('b');
    expect(map.totalBytes).toBe(16);
  });

  it('bounds the in-memory cache by bytes as well as entries', async () => {
    const cache = createSourceCache({ maxBytes: 30_000 });
    const entry = (url: string) => ({
      url,
      status: 200,
      contentType: null,
      body: 'b'.repeat(5_000),
      fetchedAt: '',
      freshUntil: Date.now() + 60_000,
    });
    for (const url of ['u1', 'u2', 'u3', 'u4']) await cache.set(url, entry(url));
    expect(await cache.get('u1')).toBeUndefined();
    expect(await cache.get('u4')).toMatchObject({ url: 'u4' });
    expect(cache.memoryBytes()).toBeLessThanOrEqual(30_000);
  });

  it("serves as Apollo Server's bounded document store", async () => {
    const store = lruKeyValueCache<string>(2);
    await store.set('q1', 'doc1');
    await store.set('q2', 'doc2');
    await store.set('q3', 'doc3');
    expect([await store.get('q1'), await store.get('q3')]).toEqual([undefined, 'doc3']);
  });
});
