import { Agent, errors as undiciErrors, request, type Dispatcher } from 'undici';
import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { bodyLimitVariable, HTTP_DEFAULTS, validateHttpConfig, type HttpConfig } from './config.ts';
import { PROCESS_SLOTS, type HostSlots } from './host-slots.ts';
import {
  SourceBlockedError,
  SourceError,
  SourceHttpError,
  SourceRateLimitedError,
  SourceTimeoutError,
  SourceTooLargeError,
  SourceUnreachableError,
} from './errors.ts';

/** A successful answer, decoded to text with the charset the server declared. */
export interface HttpText {
  url: string;
  status: number;
  contentType: string | null;
  body: string;
  latencyMs: number;
}

export interface HttpRequestOptions {
  /** The hub's name for the source, carried by every error. */
  source: string;
  accept?: string;
  /** A binary answer (a PDF): the body is its bytes one character each (latin1), undecoded; Buffer.from(body, 'latin1') gives them back. */
  binary?: boolean;
  /** The most bytes of this answer to read (default: the source's limit in HttpConfig); more is RH_SOURCE_TOO_LARGE. */
  maxBodyBytes?: number;
}

export interface HttpClient {
  /** GET with retries for transient failures; throws a SourceError. */
  getText(url: string, opts: HttpRequestOptions): Promise<HttpText>;
  /** POST a form (search services such as the Inter-American Court's). Never retried: a POST is not idempotent. */
  postForm(url: string, form: URLSearchParams, opts: HttpRequestOptions): Promise<HttpText>;
  /** GET a large body as a stream (no retry, no total deadline: the caller drives the read). */
  getStream(url: string, opts: HttpRequestOptions): Promise<Readable>;
  close(): Promise<void>;
}

export interface HttpClientOptions {
  /** undici dispatcher to send through (tests: a MockAgent); default an Agent with maxConcurrentPerHost connections per origin. */
  dispatcher?: Dispatcher;
  /** The fleet's slots per host (host-slots.ts); default the process's own limit only. */
  slots?: HostSlots;
}

/** Markers of bot-challenge pages (Cloudflare and the like), which must never be parsed as data. */
const CHALLENGE_MARKERS =
  /challenge-platform|cf-chl-|cf_chl_|<title>Just a moment\.\.\.<\/title>|Attention Required! \| Cloudflare|captcha-delivery|Request unsuccessful\. Incapsula/i;

/** true for a bot-challenge page: `isChallengePage('<title>Just a moment...</title>') === true` */
export function isChallengePage(body: string): boolean {
  return CHALLENGE_MARKERS.test(body.slice(0, 20_000));
}

/** 'text/html; charset=ISO-8859-1' → 'iso-8859-1'; undefined when none is declared. */
export function charsetOf(contentType: string | null): string | undefined {
  const match = contentType?.match(/charset="?([\w-]+)"?/i);
  return match?.[1]?.toLowerCase();
}

/** windows-1252's characters for bytes 0x80–0x9F (’ “ ” – € …), where ISO-8859-1 has control codes. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const SINGLE_BYTE_LATIN = /^(windows-1252|cp1252|x-cp1252|iso-8859-1|iso8859-1|latin1|l1|us-ascii|ascii)$/;
/** Byte → UTF-16 code unit of windows-1252. */
const CP1252_UNITS = Uint16Array.from({ length: 256 }, (_, b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b));

/** A decoder fed the body chunk by chunk as it arrives, so a large answer is decoded a piece at a time, between other work. */
export interface BodyDecoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

/**
 * A streaming decoder for the declared charset (iso-8859-1 and windows-1252 pages are common on older sites). Both are
 * decoded as windows-1252, as browsers do (WHATWG Encoding), by a table (Node 20's TextDecoder drops 0x80–0x9F); other
 * charsets by TextDecoder, UTF-8 when the charset is unknown.
 */
export function bodyDecoder(contentType: string | null): BodyDecoder {
  const charset = charsetOf(contentType) ?? 'utf-8';
  if (SINGLE_BYTE_LATIN.test(charset)) {
    return {
      write(chunk) {
        const units = new Uint16Array(chunk.length);
        for (let i = 0; i < chunk.length; i++) units[i] = CP1252_UNITS[chunk[i]];
        return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
      },
      end: () => '',
    };
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
}

/** Bytes to text in the declared charset (see bodyDecoder): decodeBody(Uint8Array.of(0x92), 'text/html; charset=windows-1252') === '’'. */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const decoder = bodyDecoder(contentType);
  return decoder.write(bytes) + decoder.end();
}

/** A binary answer (a PDF) kept as its bytes, one character each: Buffer.from(body, 'latin1') gives them back. */
const BYTES_AS_LATIN1: BodyDecoder = { write: (chunk) => Buffer.from(chunk).toString('latin1'), end: () => '' };

/**
 * Reads a body as text, decoding each chunk as it arrives, and stops reading (the stream destroyed) as soon as it passes
 * maxBytes: then `tooLarge` is thrown. One source's huge answer so costs at most maxBytes and never holds the event loop.
 */
export async function readBodyText(
  body: AsyncIterable<Uint8Array> & { destroy(): void },
  contentType: string | null,
  maxBytes: number,
  tooLarge: () => Error,
  decoder: BodyDecoder = bodyDecoder(contentType),
): Promise<string> {
  const parts: string[] = [];
  let bytes = 0;
  for await (const chunk of body) {
    bytes += chunk.length;
    if (bytes > maxBytes) {
      body.destroy();
      throw tooLarge();
    }
    parts.push(decoder.write(chunk));
  }
  parts.push(decoder.end());
  return parts.join('');
}

/** Seconds or an HTTP date → milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The shared HTTP client: undici with connect and total deadlines, at most `maxConcurrentPerHost`
 * connections per origin (undici queues the rest), a descriptive User-Agent, and capped, backed-off
 * retries for GETs on 429/5xx or a reset connection. With `slots` shared through Redis (host-slots.ts), the limit per
 * host holds for every process of the fleet: each text request waits for one of the host's slots first, and the wait
 * counts against the request's own deadline (timeoutMs covers both). Streams (UHRI's daily export) take none: one long
 * download must not hold a slot for minutes.
 */
export function createHttpClient(config: Partial<HttpConfig> = {}, options: HttpClientOptions = {}): HttpClient {
  const cfg = validateHttpConfig({
    ...HTTP_DEFAULTS,
    ...config,
    retry: { ...HTTP_DEFAULTS.retry, ...config.retry },
    maxBodyBytesBySource: { ...HTTP_DEFAULTS.maxBodyBytesBySource, ...config.maxBodyBytesBySource },
  });
  const { dispatcher, slots = PROCESS_SLOTS } = options;
  const agent = dispatcher ?? new Agent({ connections: cfg.maxConcurrentPerHost, connect: { timeout: cfg.connectTimeoutMs } });
  const headers = (opts: HttpRequestOptions) => ({ 'user-agent': cfg.userAgent, accept: opts.accept ?? '*/*' });

  async function once(url: string, opts: HttpRequestOptions, form?: URLSearchParams): Promise<HttpText> {
    const started = Date.now();
    const method = form ? 'POST' : 'GET';
    let free = (): void => undefined;
    try {
      // One deadline for waiting for a slot and for the answer.
      free = await slots.take(url, { source: opts.source, waitMs: cfg.timeoutMs });
      const res = await request(url, {
        method,
        dispatcher: agent,
        signal: AbortSignal.timeout(Math.max(1, started + cfg.timeoutMs - Date.now())),
        headers: form ? { ...headers(opts), 'content-type': 'application/x-www-form-urlencoded' } : headers(opts),
        body: form?.toString(),
      });
      const contentType = headerValue(res.headers['content-type']);
      const limit = opts.maxBodyBytes ?? cfg.maxBodyBytesBySource[opts.source] ?? cfg.maxBodyBytes;
      const tooLarge = () =>
        new SourceTooLargeError(
          `${opts.source} answered more than ${limit} bytes to ${method} ${url} (the source's limit: ${bodyLimitVariable(opts.source)})`,
          opts.source,
          { status: res.statusCode, url },
        );
      if (Number(headerValue(res.headers['content-length']) ?? 0) > limit) {
        res.body.destroy();
        throw tooLarge();
      }
      const body = await readBodyText(res.body, contentType, limit, tooLarge, opts.binary ? BYTES_AS_LATIN1 : bodyDecoder(contentType));
      if (isChallengePage(body))
        throw new SourceBlockedError(
          `${opts.source} answered a bot-challenge page (HTTP ${res.statusCode}) to ${method} ${url}`,
          opts.source,
          { status: res.statusCode, url },
        );
      if (res.statusCode === 429)
        throw new SourceRateLimitedError(`${opts.source} answered 429 Too Many Requests to ${method} ${url}`, opts.source, {
          status: 429,
          url,
          cause: { retryAfterMs: retryAfterMs(res.headers['retry-after']) },
        });
      if (res.statusCode < 200 || res.statusCode >= 300)
        throw new SourceHttpError(`${opts.source} answered ${res.statusCode} to ${method} ${url}`, opts.source, {
          status: res.statusCode,
          url,
        });
      return { url, status: res.statusCode, contentType, body, latencyMs: Date.now() - started };
    } catch (err) {
      throw toSourceError(err, `${method} ${url}`, url, opts.source, cfg.timeoutMs);
    } finally {
      free();
    }
  }

  async function getText(url: string, opts: HttpRequestOptions): Promise<HttpText> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await once(url, opts);
      } catch (err) {
        const wait = retryDelay(err as SourceError, attempt, cfg);
        if (wait === undefined) throw err;
        await sleep(wait);
      }
    }
  }

  async function getStream(url: string, opts: HttpRequestOptions): Promise<Readable> {
    try {
      const res = await request(url, { method: 'GET', headers: headers(opts), dispatcher: agent, headersTimeout: cfg.timeoutMs });
      if (res.statusCode < 200 || res.statusCode >= 300) {
        await res.body.dump();
        throw new SourceHttpError(`${opts.source} answered ${res.statusCode} to GET ${url}`, opts.source, { status: res.statusCode, url });
      }
      return res.body;
    } catch (err) {
      throw toSourceError(err, `GET ${url}`, url, opts.source, cfg.timeoutMs);
    }
  }

  return {
    getText,
    getStream,
    postForm: (url, form, opts) => once(url, opts, form),
    close: () => (dispatcher ? Promise.resolve() : agent.close()),
  };
}

/** A connection dropped mid-answer is worth one more try; a refused one is not. */
const RESET_CODES = new Set(['ECONNRESET', 'UND_ERR_SOCKET']);

function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** How long to wait before retrying, or undefined when this failure must not be retried. */
function retryDelay(err: SourceError, attempt: number, cfg: HttpConfig): number | undefined {
  if (attempt >= cfg.retry.maxRetries) return undefined;
  const retryable =
    (err.status !== undefined && cfg.retry.statusCodes.includes(err.status) && err.code !== 'RH_SOURCE_BLOCKED') ||
    (err.code === 'RH_SOURCE_UNREACHABLE' && RESET_CODES.has((err.cause as { code?: string } | undefined)?.code ?? ''));
  if (!retryable) return undefined;
  const backoff = Math.min(cfg.retry.maxDelayMs, cfg.retry.minDelayMs * cfg.retry.factor ** attempt);
  const asked = (err.cause as { retryAfterMs?: number } | undefined)?.retryAfterMs;
  if (asked === undefined) return backoff;
  return asked > cfg.retry.maxDelayMs ? undefined : Math.max(asked, backoff);
}

/** undici and abort failures → one SourceError each; `what` is the request as the message names it ('GET https://…'). */
function toSourceError(err: unknown, what: string, url: string, source: string, timeoutMs: number): SourceError {
  if (err instanceof SourceError) return err;
  const e = err as { name?: string; code?: string; message?: string };
  if (
    e.name === 'TimeoutError' ||
    err instanceof undiciErrors.ConnectTimeoutError ||
    err instanceof undiciErrors.HeadersTimeoutError ||
    err instanceof undiciErrors.BodyTimeoutError
  )
    return new SourceTimeoutError(`${source} did not answer ${what} within ${timeoutMs} ms`, source, { url, cause: err });
  return new SourceUnreachableError(`${source} could not be reached at ${url}: ${e.code ?? e.message ?? String(err)}`, source, {
    url,
    cause: err,
  });
}
