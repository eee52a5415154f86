import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { CREDENTIAL_HEADERS } from '../access/identity.ts';
import { observeAnswersSentAtOnce } from '../observability/request.ts';
import { logger } from '../observability/logging.ts';
import { LruMap } from '../adapters/_kit/lru-map.ts';
import { requestKeyOf, type FreshRepeat, type RawRequest, type ResponseCache } from './response-cache.ts';
import type { EncodedBody } from './encoded-body.ts';

/**
 * Answers an anonymous repeat of a request whose answer is cached and fresh before Express and Apollo see it. Apollo
 * would parse, validate and plan the query and run every plugin, and Express its dozen middlewares, to send the same
 * cached bytes (response-cache.ts): about ten times what sending them costs (bench/RESULTS.md). Everything else (a
 * caller with credentials, which access/http.ts verifies; a stale or unknown answer; a GET; another media type, encoding
 * or a conditional request) goes on to `app` with its body unread, and is answered exactly as before.
 */
export function answerFreshRepeats(
  cache: ResponseCache,
  app: RequestListener,
  etagOf: (body: Buffer) => string | undefined,
): RequestListener {
  // Counted and traced as every request is; its log line at debug: writing one per cached answer would cost as much
  // as sending it (bench/RESULTS.md).
  const observe = observeAnswersSentAtOnce('gateway');
  /** Bodies seen, as their text, with their request keys: a repeat's body is looked up as it is, neither parsed nor hashed. */
  const keys = new LruMap<string, { requestKey: string | undefined; bytes: number }>(KEPT_BODIES, KEPT_BODY_BYTES, (k) => k.bytes);
  const requestKeyOfBody = (text: string) => {
    let known = keys.get(text);
    if (!known) {
      const request = plainRequest(text);
      keys.set(text, (known = { requestKey: request && requestKeyOf(request), bytes: text.length * 2 }));
    }
    return known.requestKey;
  };
  return (req, res) => {
    const length = Number(req.headers['content-length']);
    if (!mayBeRepeat(req, length)) return app(req, res);
    peekBody(
      req,
      length,
      (body) => {
        try {
          const requestKey = body && requestKeyOfBody(body.toString('utf8'));
          const repeat = requestKey && cache.freshRepeat(requestKey);
          if (!repeat) return false;
          observe(req, res, (record) => {
            record.operation = repeat.operation;
            record.sources = repeat.sources;
            send(req, res, repeat, record.id, etagOf);
          });
          return true;
        } catch (err) {
          // A fault here is the hub's own: logged, and the request answered by Express and Apollo as if it were new.
          logger.error({ err }, 'a cached answer could not be sent ahead of Express');
          if (!res.headersSent) return false;
          res.destroy();
          return true;
        }
      },
      () => app(req, res),
    );
  };
}

const KEPT_BODIES = 1000;
const KEPT_BODY_BYTES = 8_000_000;

/** The largest body looked at: a query this long is not a repeat worth keying (it goes to Apollo as it is). */
const MAX_REPEAT_BYTES = 64 * 1024;
const PLAIN_JSON = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

function mayBeRepeat(req: IncomingMessage, length: number): boolean {
  const h = req.headers;
  return (
    req.method === 'POST' &&
    req.url === '/graphql' &&
    Number.isInteger(length) &&
    length > 0 &&
    length <= MAX_REPEAT_BYTES &&
    PLAIN_JSON.test(h['content-type'] ?? '') &&
    h['content-encoding'] === undefined &&
    h['if-none-match'] === undefined &&
    h['if-modified-since'] === undefined &&
    acceptsPlainJson(h.accept) &&
    CREDENTIAL_HEADERS.every((name) => h[name] === undefined)
  );
}

/**
 * Reads a body of `length` bytes and offers it to `answer`; when that does not answer (false), the bytes are put back
 * at the front of the stream (unshift, before its end is emitted) and `otherwise` runs: Express's body parser reads
 * the request as it came. A stream that fails goes to `otherwise` as it is.
 */
function peekBody(req: IncomingMessage, length: number, answer: (body: Buffer | undefined) => boolean, otherwise: () => void): void {
  (req as PeekedRequest)[PEEK] = { length, chunks: [], size: 0, answer, otherwise };
  req.on('readable', onPeekReadable);
  req.on('error', onPeekError);
}

/** A body being read ahead, kept on its request while the listeners below run. */
interface Peek {
  length: number;
  chunks: Buffer[];
  size: number;
  answer: (body: Buffer | undefined) => boolean;
  otherwise: () => void;
}
const PEEK = Symbol('rh.peek');
type PeekedRequest = IncomingMessage & { [PEEK]?: Peek };

// The listeners are functions of the module, not closures made per request: making them costs more than reading a
// body this small (each named function made is also named at run time, by the TypeScript loader).
function onPeekReadable(this: PeekedRequest): void {
  const peek = this[PEEK]!;
  let chunk: Buffer | null;
  while (peek.size < peek.length && (chunk = this.read() as Buffer | null) !== null) {
    peek.chunks.push(chunk);
    peek.size += chunk.length;
  }
  if (peek.size >= peek.length || this.readableEnded) finishPeek(this, Buffer.concat(peek.chunks));
}

function onPeekError(this: PeekedRequest): void {
  finishPeek(this, undefined);
}

function finishPeek(req: PeekedRequest, body: Buffer | undefined): void {
  const peek = req[PEEK]!;
  req[PEEK] = undefined;
  req.off('readable', onPeekReadable);
  req.off('error', onPeekError);
  if (peek.answer(body)) return;
  if (body) req.unshift(body);
  peek.otherwise();
}

/** A body of only a query text, an operation name and variables (what a repeat is keyed by); anything more: undefined. */
function plainRequest(body: string): RawRequest | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined; // Express's body parser says what is wrong with it
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const { query, operationName, variables, ...rest } = parsed as Record<string, unknown>;
  if (typeof query !== 'string' || Object.keys(rest).length > 0) return undefined;
  if (operationName != null && typeof operationName !== 'string') return undefined;
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  return {
    query,
    operationName: operationName as string | null | undefined,
    variables: variables as Record<string, unknown> | null | undefined,
  };
}

/** Whether Apollo would answer in application/json: no Accept, or one that does not ask for another type. */
function acceptsPlainJson(accept: string | undefined): boolean {
  return !accept || accept === '*/*' || (/^application\/json\b/i.test(accept) && !/graphql-response|multipart/i.test(accept));
}

/** Each cached answer's ETag, as Express's res.send makes it for Apollo's answers, computed once. */
const etags = new WeakMap<EncodedBody, string | undefined>();
function etagOfBody(body: EncodedBody, etagOf: (body: Buffer) => string | undefined): string | undefined {
  if (!etags.has(body)) etags.set(body, etagOf(body.identity));
  return etags.get(body);
}

/** The headers Apollo and the compression middleware send with a cached answer, and its bytes. */
function send(
  req: IncomingMessage,
  res: ServerResponse,
  repeat: FreshRepeat,
  requestId: string,
  etagOf: (body: Buffer) => string | undefined,
): void {
  const encoding = repeat.body.encodingFor(req.headers['accept-encoding']);
  const bytes = repeat.body.in(encoding);
  const etag = etagOfBody(repeat.body, etagOf);
  // A flat list of names and values: Node writes it as it is, without the object form's copying.
  const headers = [
    'x-request-id',
    requestId,
    'content-type',
    'application/json; charset=utf-8',
    'cache-control',
    repeat.maxAgeS > 0 ? `max-age=${repeat.maxAgeS}, public` : 'no-store',
    'age',
    String(repeat.ageS),
    'vary',
    'Accept-Encoding',
    'content-length',
    String(bytes.length),
  ];
  if (encoding) headers.push('content-encoding', encoding);
  if (etag) headers.push('etag', etag);
  res.writeHead(200, headers);
  res.end(bytes);
}
