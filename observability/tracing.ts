import { SpanKind, SpanStatusCode, context, propagation, trace, type Context, type Span } from '@opentelemetry/api';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import {
  AlwaysOffSampler,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';

/**
 * OpenTelemetry tracing, configured only by the standard OTEL_* variables: OTEL_TRACES_EXPORTER (otlp, console or
 * none), OTEL_EXPORTER_OTLP_ENDPOINT / OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, OTEL_SERVICE_NAME, OTEL_SDK_DISABLED.
 * Nothing is exported unless one of them asks; W3C trace context (traceparent) is propagated from the client
 * through the gateway to the subgraphs either way.
 */
export const tracer = () => trace.getTracer('rights-hub');

/** The exporter the environment names, or null (the default: nothing leaves the process). */
export function exporterFromEnv(env: NodeJS.ProcessEnv): SpanExporter | null {
  const otlpAsked = Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
  const kind = (env.OTEL_TRACES_EXPORTER ?? (otlpAsked ? 'otlp' : 'none')).trim().toLowerCase();
  if (kind === 'none') return null;
  if (kind === 'otlp') return new OTLPTraceExporter();
  if (kind === 'console') return new ConsoleSpanExporter();
  throw new Error(`OTEL_TRACES_EXPORTER must be otlp, console or none, not ${JSON.stringify(kind.slice(0, 40))}`);
}

let provider: NodeTracerProvider | undefined;
let recording = false;

/** Whether spans are recorded (an exporter is configured); otherwise a span is dropped unread, only its trace context travels. */
export function recordsSpans(): boolean {
  return recording;
}

/**
 * Registers the process's tracer provider once (AsyncLocalStorage context, W3C propagator). `exporter` is for tests
 * (an in-memory exporter, spans handed over at once); otherwise the environment's exporter, batched.
 */
export function startTracing(options: { env?: NodeJS.ProcessEnv; exporter?: SpanExporter } = {}): void {
  const env = options.env ?? process.env;
  if (provider || /^true$/i.test(env.OTEL_SDK_DISABLED ?? '')) return;
  const exporter = options.exporter ?? exporterFromEnv(env);
  const spanProcessors = !exporter ? [] : options.exporter ? [new SimpleSpanProcessor(exporter)] : [new BatchSpanProcessor(exporter)];
  // With nothing to export, no span is recorded either (no cost per request); the trace context still travels.
  const sampler = exporter ? {} : { sampler: new AlwaysOffSampler() };
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? 'rights-hub' }),
    spanProcessors,
    ...sampler,
  });
  provider.register();
  recording = exporter !== null;
}

/** Flushes and ends tracing (process shutdown, tests). */
export async function stopTracing(): Promise<void> {
  await provider?.shutdown();
  provider = undefined;
  recording = false;
}

/** The trace context a request carries (traceparent, tracestate), or the active one when it carries none. */
export function contextFromHeaders(headers: Record<string, string | string[] | undefined>): Context {
  return propagation.extract(context.active(), headers);
}

/** Writes the active trace context into outgoing headers (traceparent), e.g. a subgraph call. */
export function injectTraceHeaders(set: (name: string, value: string) => void): void {
  propagation.inject(context.active(), {}, { set: (_carrier, name, value) => set(name, value) });
}

/** Runs `work` in a new active span, ending it (with the error recorded) when the work settles. */
export function inSpan<T>(
  name: string,
  kind: SpanKind,
  attributes: Record<string, string | number | boolean>,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  return tracer().startActiveSpan(name, { kind, attributes }, async (span) => {
    try {
      return await work(span);
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message?.slice(0, 200) });
      throw err;
    } finally {
      span.end();
    }
  });
}

export { SpanKind };
