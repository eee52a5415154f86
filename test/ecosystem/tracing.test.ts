import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { exporterFromEnv, startTracing, stopTracing } from '../../observability/tracing.ts';
import { traceableUrl } from '../../adapters/_kit/instrumented.ts';

describe('OpenTelemetry traces', () => {
  const exporter = new InMemorySpanExporter();
  let hub: ReplayHub;
  beforeAll(async () => {
    startTracing({ exporter });
    hub = await startReplayHub();
  });
  afterAll(async () => {
    await hub.close();
    await stopTracing();
  });

  it("one cross-system query is one trace: the client's traceparent → gateway → subgraphs → source fetches with their cache outcome", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const res = await fetch(`${hub.hub.gateway.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
      body: JSON.stringify({ query: '{ records(filter: { countries: ["SVN"] }, first: 3) { nodes { __typename } } }' }),
    });
    await res.json();
    await new Promise((resolve) => setImmediate(resolve));
    const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    const byName = (prefix: string) => spans.filter((s) => s.name.startsWith(prefix));
    const gateway = byName('gateway POST /graphql');
    expect(gateway).toHaveLength(1);
    expect(gateway[0]!.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    const calls = byName('subgraph ');
    expect(new Set(calls.map((s) => s.attributes['rh.subgraph']))).toEqual(
      new Set(['registry', 'un', 'council-of-europe', 'inter-american', 'african']),
    );
    // Under the gateway's request span (through @apollo/gateway's own plan/execute spans).
    const parentOf = new Map(spans.map((s) => [s.spanContext().spanId, s.parentSpanContext?.spanId]));
    const ancestors = (spanId: string) => {
      const seen: string[] = [];
      for (let p = parentOf.get(spanId); p; p = parentOf.get(p)) seen.push(p);
      return seen;
    };
    for (const call of calls) expect(ancestors(call.spanContext().spanId)).toContain(gateway[0]!.spanContext().spanId);
    // Each subgraph's own server span continues its call's span.
    const served = byName('council-of-europe POST');
    expect(served.length).toBeGreaterThanOrEqual(1);
    expect(calls.map((c) => c.spanContext().spanId)).toContain(served[0]!.parentSpanContext?.spanId);
    const fetches = byName('source hudoc-');
    expect(fetches.length).toBeGreaterThanOrEqual(1);
    for (const f of fetches) expect(['hit', 'miss', 'stale', 'error']).toContain(f.attributes['rh.cache']);
    const upstream = byName('GET hudoc-echr');
    expect(upstream[0]?.attributes['http.response.status_code']).toBe(200);
    expect(Number(upstream[0]?.attributes['http.response.body.size'])).toBeGreaterThan(0);
  });

  it('exports nothing unless the OTEL_* variables ask', () => {
    expect(exporterFromEnv({})).toBeNull();
    expect(exporterFromEnv({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).toBeNull();
    expect(exporterFromEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })?.constructor.name).toBe('OTLPTraceExporter');
    expect(() => exporterFromEnv({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(/otlp, console or none/);
  });

  it('keeps secrets out of the URLs it records', () => {
    expect(traceableUrl('https://u:p@hudoc.echr.coe.int/app/query/results?query=x&api_key=s3cret')).toBe(
      'https://hudoc.echr.coe.int/app/query/results?query=x&api_key=REDACTED',
    );
  });
});
