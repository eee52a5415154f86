import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with no client-side decoding (fetch would decompress), so the bytes on the wire are seen. */
function raw(url: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const decoded = (r: Raw) =>
  r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body;

describe('GraphiQL built once and every answer compressed', () => {
  let hub: ReplayHub;
  const at = (path: string) => `${hub.hub.gateway.origin}${path}`;
  beforeAll(async () => {
    hub = await startReplayHub();
  });
  afterAll(() => hub.close());

  it('serves a small GraphiQL page that revalidates by ETag: the second GET is a 304', async () => {
    const first = await raw(at('/'), { accept: 'text/html', 'accept-encoding': 'identity' });
    expect(first.status).toBe(200);
    expect(first.headers['cache-control']).toBe('no-cache');
    const html = first.body.toString();
    expect(html).toContain('<title>Rights Hub</title>');
    expect(html).toMatch(/<script src="\/graphiql\/[\w-]{27}\.js"><\/script>/);
    expect(first.body.length).toBeLessThan(20_000);
    const again = await raw(at('/'), { accept: 'text/html', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The browser's /graphql is the same page.
    expect((await raw(at('/graphql'), { accept: 'text/html', 'accept-encoding': 'identity' })).body.equals(first.body)).toBe(true);
  });

  it('sends its assets for a year, immutable, as brotli or gzip that decode to the same bytes, and 304 when current', async () => {
    const html = (await raw(at('/'), { accept: 'text/html' })).body.toString();
    const paths = [...html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((m) => m[1]);
    expect(paths).toHaveLength(3);
    for (const path of paths) {
      const plain = await raw(at(path), { 'accept-encoding': 'identity' });
      expect(plain.status).toBe(200);
      expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(plain.headers['content-encoding']).toBeUndefined();
      const br = await raw(at(path), { 'accept-encoding': 'gzip, br' });
      const gzip = await raw(at(path), { 'accept-encoding': 'gzip' });
      expect([br.headers['content-encoding'], gzip.headers['content-encoding']]).toEqual(['br', 'gzip']);
      expect(br.body.length).toBeLessThan(plain.body.length);
      expect(decoded(br).equals(plain.body)).toBe(true);
      expect(decoded(gzip).equals(plain.body)).toBe(true);
      expect((await raw(at(path), { 'if-none-match': String(plain.headers.etag) })).status).toBe(304);
    }
    expect((await raw(at('/graphiql/nothing.js'), {})).status).toBe(404);
  });

  it('compresses a JSON answer when the client accepts it, to the same bytes', async () => {
    const body = JSON.stringify({ query: '{ systems { system name subgraph } mechanisms { id name acronym } }' });
    const headers = { 'content-type': 'application/json' };
    const plain = await raw(at('/graphql'), { ...headers, 'accept-encoding': 'identity' }, body);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString()).errors).toBeUndefined();
    for (const encoding of ['br', 'gzip']) {
      const packed = await raw(at('/graphql'), { ...headers, 'accept-encoding': encoding }, body);
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(packed.body.length).toBeLessThan(plain.body.length);
      expect(decoded(packed).equals(plain.body)).toBe(true);
    }
  });
});
