import { describe, expect, it } from 'vitest';
import { LruMap } from '../../adapters/_kit/lru-map.ts';
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
});
