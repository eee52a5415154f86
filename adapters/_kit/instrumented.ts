import { SpanKind } from '@opentelemetry/api';
import { inSpan } from '../../observability/tracing.ts';
import { sourceFetchesTotal, upstreamDuration, upstreamRequestsTotal } from '../../observability/metrics.ts';
import { SourceError } from './errors.ts';
import type { HttpClient, HttpRequestOptions } from './http.ts';
import type { Fetched, FetchOptions, SourceFetcher } from './fetcher.ts';

/** Query parameters whose values never go into a span: keys, tokens, signatures, passwords. */
const SECRET_PARAM = /key|token|secret|pass|sig|auth|session/i;

/** https://u:p@x.org/a?q=1&api_key=s → https://x.org/a?q=1&api_key=REDACTED */
export function traceableUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    for (const name of [...u.searchParams.keys()]) if (SECRET_PARAM.test(name)) u.searchParams.set(name, 'REDACTED');
    return u.toString().slice(0, 500);
  } catch {
    return 'unparseable';
  }
}

const outcomeOf = (err: unknown) => (err instanceof SourceError ? err.code : 'RH_INTERNAL');

/**
 * Every request to a mechanism's server, counted (by source and outcome), timed and traced (a client span with the
 * source, the URL without secrets, the status and the bytes). Wraps the kit's client without changing it.
 */
export function instrumentHttp(client: HttpClient): HttpClient {
  function observed<T extends { status: number; body: string }>(
    method: string,
    url: string,
    opts: HttpRequestOptions,
    send: () => Promise<T>,
  ): Promise<T> {
    const started = performance.now();
    return inSpan(
      `${method} ${opts.source}`,
      SpanKind.CLIENT,
      { 'rh.source': opts.source, 'http.request.method': method, 'url.full': traceableUrl(url) },
      async (span) => {
        try {
          const res = await send();
          span.setAttributes({ 'http.response.status_code': res.status, 'http.response.body.size': Buffer.byteLength(res.body) });
          upstreamRequestsTotal.inc({ source: opts.source, outcome: 'ok' });
          return res;
        } catch (err) {
          upstreamRequestsTotal.inc({ source: opts.source, outcome: outcomeOf(err) });
          if (err instanceof SourceError && err.status) span.setAttribute('http.response.status_code', err.status);
          throw err;
        } finally {
          upstreamDuration.observe({ source: opts.source }, (performance.now() - started) / 1000);
        }
      },
    );
  }
  return {
    getText: (url, opts) => observed('GET', url, opts, () => client.getText(url, opts)),
    postForm: (url, form, opts) => observed('POST', url, opts, () => client.postForm(url, form, opts)),
    getStream: (url, opts) => {
      upstreamRequestsTotal.inc({ source: opts.source, outcome: 'stream' });
      return client.getStream(url, opts);
    },
    close: () => client.close(),
  };
}

/** A source read through the cache, counted and traced by its cache outcome: hit, miss, stale (served after a failure) or error. */
export function instrumentFetcher(fetcher: SourceFetcher): SourceFetcher {
  function observed(method: string, url: string, opts: FetchOptions, read: () => Promise<Fetched>): Promise<Fetched> {
    return inSpan(
      `source ${opts.source}`,
      SpanKind.INTERNAL,
      { 'rh.source': opts.source, 'http.request.method': method, 'url.full': traceableUrl(url) },
      async (span) => {
        try {
          const fetched = await read();
          const cache = fetched.stale ? 'stale' : fetched.fromCache ? 'hit' : 'miss';
          span.setAttributes({ 'rh.cache': cache, 'http.response.body.size': Buffer.byteLength(fetched.body) });
          sourceFetchesTotal.inc({ source: opts.source, cache });
          return fetched;
        } catch (err) {
          span.setAttributes({ 'rh.cache': 'error', 'rh.error_code': outcomeOf(err) });
          sourceFetchesTotal.inc({ source: opts.source, cache: 'error' });
          throw err;
        }
      },
    );
  }
  return {
    get: (url, opts) => observed('GET', url, opts, () => fetcher.get(url, opts)),
    post: (url, form, opts) => observed('POST', url, opts, () => fetcher.post(url, form, opts)),
  };
}
