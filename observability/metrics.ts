import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's Prometheus metrics (prom-client), scraped at /metrics of the gateway and of each subgraph. When
 * the whole hub runs in one process every /metrics shows every series; the `service` label tells them apart.
 * Label values a caller chooses (operation names) are bounded, so a hostile client cannot grow the series.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'rh_' });

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];

export const requestsTotal = new Counter({
  name: 'rh_requests_total',
  help: 'HTTP requests served, by service, GraphQL operation name and outcome (ok, errors, http_4xx, http_5xx).',
  labelNames: ['service', 'operation', 'outcome'] as const,
  registers: [metricsRegistry],
});
export const requestDuration = new Histogram({
  name: 'rh_request_duration_seconds',
  help: 'Time to answer an HTTP request, by service and GraphQL operation name.',
  labelNames: ['service', 'operation'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});
export const graphqlErrorsTotal = new Counter({
  name: 'rh_graphql_errors_total',
  help: 'GraphQL errors sent to clients, by service and extensions.code.',
  labelNames: ['service', 'code'] as const,
  registers: [metricsRegistry],
});
export const upstreamRequestsTotal = new Counter({
  name: 'rh_upstream_requests_total',
  help: "Requests sent to the mechanisms' servers, by source and outcome (ok or the RH_SOURCE_* code).",
  labelNames: ['source', 'outcome'] as const,
  registers: [metricsRegistry],
});
export const upstreamDuration = new Histogram({
  name: 'rh_upstream_duration_seconds',
  help: "Time one request to a mechanism's server took, by source.",
  labelNames: ['source'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});
export const sourceFetchesTotal = new Counter({
  name: 'rh_source_fetches_total',
  help: 'Source reads through the cache, by source and cache outcome (hit, miss, stale, error).',
  labelNames: ['source', 'cache'] as const,
  registers: [metricsRegistry],
});
export const sourceStatusTotal = new Counter({
  name: 'rh_source_status_total',
  help: 'Per-source statuses the system subgraphs reported in sources[], by source and code (ok when it answered).',
  labelNames: ['system', 'source', 'code'] as const,
  registers: [metricsRegistry],
});
/** Readers of the shared stores' state, as /health shows it ({ cache: 'redis', cacheError: null, hostSlots: 'process', … }). */
const storeReaders: (() => Record<string, string | null>)[] = [];

/** Makes a runtime's stores visible as rh_store_redis{store} at each scrape. */
export function watchStores(read: () => Record<string, string | null>): void {
  storeReaders.push(read);
}

new Gauge({
  name: 'rh_store_redis',
  help: 'Whether a shared store is on Redis right now (1) or on the process (0: no HUB_CACHE_URL, or Redis failing), by store.',
  labelNames: ['store'] as const,
  registers: [metricsRegistry],
  collect() {
    for (const read of storeReaders)
      for (const [store, kind] of Object.entries(read())) if (!store.endsWith('Error')) this.set({ store }, kind === 'redis' ? 1 : 0);
  },
});

/** At most this many distinct operation names are labelled; the rest count as "other". */
const MAX_OPERATION_LABELS = 200;
const seenOperations = new Set<string>();

/** operationLabel('CountryPage') === 'CountryPage'; undefined → 'anonymous'; a name past the bound or not a GraphQL name → 'other'. */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return 'other';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_LABELS) return 'other';
  seenOperations.add(name);
  return name;
}
