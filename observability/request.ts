import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { contextFromHeaders, tracer } from './tracing.ts';
import { logger } from './logging.ts';
import { operationLabel, requestDuration, requestsTotal } from './metrics.ts';

/** What the GraphQL layer learns of a request, for its log line, metrics and span (filled by observePlugin). */
export interface RequestRecord {
  id: string;
  service: string;
  operation?: string;
  errorCodes: string[];
  /** Per-source outcomes the answer carries in its `sources` lists: 'uhri:ok', 'hudoc-echr:RH_SOURCE_HTTP'. */
  sources: string[];
}

const current = new AsyncLocalStorage<RequestRecord>();

/** The record of the request being served, where there is one. */
export function currentRequest(): RequestRecord | undefined {
  return current.getStore();
}

/** A client's own request id is kept when it is a plain token; otherwise (or when absent) one is made. */
function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[A-Za-z0-9._:-]{1,64}$/.test(given) ? given : randomUUID();
}

/**
 * Express middleware for a service (the gateway, a subgraph): a request id (x-request-id, echoed in the answer and
 * in error extensions), a server span continuing the caller's trace (traceparent), one log line and the request
 * metrics when the answer is sent. The line is logged at `logLevel`: `debug` for the gateway's answers sent from its
 * cache ahead of Express (gateway/fresh-repeats.ts), which did no work to log at info and are counted in the metrics.
 */
export function observeRequests(service: string, logLevel: 'info' | 'debug' = 'info') {
  return (req: IncomingMessage & { path?: string }, res: ServerResponse, next: () => void): void => {
    const started = performance.now();
    const record: RequestRecord = { id: requestIdOf(req.headers['x-request-id']), service, errorCodes: [], sources: [] };
    res.setHeader('x-request-id', record.id);
    const parent = contextFromHeaders(req.headers);
    // Read now: a mounted router rewrites it before the answer is sent. A request answered ahead of Express
    // (gateway/fresh-repeats.ts) has no req.path: its URL's, without the query string.
    const path = req.path ?? (req.url ?? '').split('?')[0];
    const span = tracer().startSpan(
      `${service} ${req.method} ${path}`,
      {
        kind: SpanKind.SERVER,
        attributes: { 'rh.service': service, 'http.request.method': req.method, 'url.path': path, 'rh.request_id': record.id },
      },
      parent,
    );
    res.on('finish', () => {
      const seconds = (performance.now() - started) / 1000;
      const operation = operationLabel(record.operation);
      const outcome = res.statusCode >= 500 ? 'http_5xx' : res.statusCode >= 400 ? 'http_4xx' : record.errorCodes.length ? 'errors' : 'ok';
      requestsTotal.inc({ service, operation, outcome });
      requestDuration.observe({ service, operation }, seconds);
      span.setAttributes({ 'http.response.status_code': res.statusCode, 'graphql.operation.name': operation });
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      logger[logLevel](
        {
          reqId: record.id,
          service,
          method: req.method,
          path,
          operation,
          status: res.statusCode,
          durationMs: Math.round(seconds * 1000),
          ...(record.errorCodes.length && { errors: record.errorCodes }),
          ...(record.sources.length && { sources: record.sources }),
        },
        'request',
      );
    });
    current.run(record, () => context.with(trace.setSpan(parent, span), next));
  };
}
