import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SpanKind, SpanStatusCode, context, trace, type Context, type Span } from '@opentelemetry/api';
import { contextFromHeaders, recordsSpans, tracer } from './tracing.ts';
import { logger } from './logging.ts';
import { operationLabel, requestDuration, requestsTotal } from './metrics.ts';

/** What the GraphQL layer learns of a request, for its log line, metrics and span (filled by observePlugin). */
export interface RequestRecord {
  id: string;
  service: string;
  operation?: string;
  errorCodes: string[];
  /** Per-source outcomes the answer carries in its `sources` lists: 'uhri:ok', 'hudoc-echr:RH_SOURCE_HTTP'. */
  sources: readonly string[];
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

type LogLevel = 'info' | 'debug';

/** One request being observed: its record, path and start, and its server span (continuing the caller's trace). */
class ObservedRequest {
  readonly record: RequestRecord;
  readonly path: string;
  readonly started = performance.now();
  /** Its server span: none when it is answered at once and spans are not recorded (it has no child to carry a trace to). */
  readonly span: Span | undefined;

  constructor(
    readonly req: IncomingMessage & { path?: string },
    readonly service: string,
    parent: Context | undefined,
  ) {
    this.record = { id: requestIdOf(req.headers['x-request-id']), service, errorCodes: [], sources: [] };
    // Read now: a mounted router rewrites it before the answer is sent. A request answered ahead of Express
    // (gateway/fresh-repeats.ts) has no req.path: its URL's, without the query string.
    this.path = req.path ?? (req.url ?? '').split('?')[0];
    this.span = parent
      ? tracer().startSpan(
          `${service} ${req.method} ${this.path}`,
          {
            kind: SpanKind.SERVER,
            attributes: {
              'rh.service': service,
              'http.request.method': req.method,
              'url.path': this.path,
              'rh.request_id': this.record.id,
            },
          },
          parent,
        )
      : undefined;
  }

  /** The request's metrics, the end of its span and its log line (at `logLevel`), once its answer is sent. */
  answered(status: number, logLevel: LogLevel): void {
    const { record, service, path, span } = this;
    const seconds = (performance.now() - this.started) / 1000;
    const operation = operationLabel(record.operation);
    const outcome = status >= 500 ? 'http_5xx' : status >= 400 ? 'http_4xx' : record.errorCodes.length ? 'errors' : 'ok';
    requestsTotal.inc({ service, operation, outcome });
    requestDuration.observe({ service, operation }, seconds);
    if (span) {
      span.setAttributes({ 'http.response.status_code': status, 'graphql.operation.name': operation });
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
    if (!logger.isLevelEnabled(logLevel)) return;
    logger[logLevel](
      {
        reqId: record.id,
        service,
        method: this.req.method,
        path,
        operation,
        status,
        durationMs: Math.round(seconds * 1000),
        ...(record.errorCodes.length && { errors: record.errorCodes }),
        ...(record.sources.length && { sources: record.sources }),
      },
      'request',
    );
  }
}

/**
 * Express middleware for a service (the gateway, a subgraph): a request id (x-request-id, echoed in the answer and
 * in error extensions), a server span continuing the caller's trace (traceparent), one log line and the request
 * metrics when the answer is sent.
 */
export function observeRequests(service: string) {
  return (req: IncomingMessage & { path?: string }, res: ServerResponse, next: () => void): void => {
    const parent = contextFromHeaders(req.headers);
    const observed = new ObservedRequest(req, service, parent);
    res.setHeader('x-request-id', observed.record.id);
    res.on('finish', () => observed.answered(res.statusCode, 'info'));
    current.run(observed.record, () => context.with(trace.setSpan(parent, observed.span!), next));
  };
}

/**
 * The same request id, metrics, span and log line for a request answered at once, ahead of Express
 * (gateway/fresh-repeats.ts), at less cost: `answer` sends the whole answer on `res` before it returns, so no
 * asynchronous context is kept and no finish event awaited; it gets the request's record (its id for the x-request-id
 * header, its operation and sources for the log line). The line is logged at `debug`: a cached answer did no work to
 * log at info, and is counted in the metrics.
 */
export function observeAnswersSentAtOnce(service: string) {
  return (req: IncomingMessage, res: ServerResponse, answer: (record: RequestRecord) => void): void => {
    const observed = new ObservedRequest(req, service, recordsSpans() ? contextFromHeaders(req.headers) : undefined);
    try {
      answer(observed.record);
    } catch (err) {
      observed.span?.end(); // the request goes on to be answered, and observed, elsewhere
      throw err;
    }
    observed.answered(res.statusCode, 'debug');
  };
}
