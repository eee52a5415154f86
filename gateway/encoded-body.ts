import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import Negotiator from 'negotiator';
import { LruMap } from '../adapters/_kit/lru-map.ts';

export type Encoding = 'br' | 'gzip';

/** The server's preference, brotli first, among what the client accepts (its own order does not count). */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  let known = negotiated.get(acceptEncoding);
  if (known === undefined) {
    const accepted = new Negotiator({ headers: { 'accept-encoding': acceptEncoding } }).encodings(['br', 'gzip']);
    known = (['br', 'gzip'] as const).find((e) => accepted.includes(e)) ?? null;
    negotiated.set(acceptEncoding, known);
  }
  return known ?? undefined;
}

/** The latest Accept-Encoding values seen and their outcome (null: none of ours): clients send a handful of distinct ones, each read once. */
const negotiated = new LruMap<string, Encoding | null>(100);

/** Bodies smaller than this are sent as they are (the compression middleware's own threshold). */
const COMPRESS_FROM_BYTES = 1024;

/**
 * A body sent many times, compressed at most once per encoding, on first use: a cached answer served to thousands of
 * clients costs one compression, not one each. body.in('br') is its brotli form; body.in(undefined) the bytes as they are.
 */
export class EncodedBody {
  readonly identity: Buffer;
  private readonly compressed: Partial<Record<Encoding, Buffer>> = {};

  constructor(content: string) {
    this.identity = Buffer.from(content);
  }

  /** The encoding the body is sent in for a client's Accept-Encoding (none for a small body). */
  encodingFor(acceptEncoding: string | undefined): Encoding | undefined {
    return this.identity.length < COMPRESS_FROM_BYTES ? undefined : preferredEncoding(acceptEncoding);
  }

  in(encoding: Encoding | undefined): Buffer {
    if (!encoding) return this.identity;
    // Brotli at quality 5 and gzip at its default level: what a response is worth compressing at, once.
    return (this.compressed[encoding] ??=
      encoding === 'br'
        ? brotliCompressSync(this.identity, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: this.identity.length },
          })
        : gzipSync(this.identity));
  }
}
