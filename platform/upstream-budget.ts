import type { Readable } from 'node:stream';
import { SourceError } from '../adapters/_kit/errors.ts';
import type { SourceFetcher } from '../adapters/_kit/fetcher.ts';
import type { HttpClient } from '../adapters/_kit/http.ts';

/**
 * The ceiling on what one client request can make the hub ask the mechanisms: at most UPSTREAM_CEILING upstream
 * requests (each distinct page or form a request asks, from cache or not), counted across every subgraph.
 *
 * The gateway keeps one pool of UPSTREAM_CEILING per client request, shared by all its subgraph calls and plans
 * (gateway/upstream-grants.ts), and sends each call its grant from it in UPSTREAM_BUDGET_HEADER; a subgraph refuses the
 * request that would go past its share (the source reports
 * RH_UPSTREAM_BUDGET) and answers how many it made in UPSTREAM_USED_HEADER. A subgraph called without the header
 * (straight, not through the gateway) allows UPSTREAM_CEILING per call, and no header can raise it: so the ceiling
 * holds whatever the query's shape and even if the gateway's query limits were bypassed.
 */
export const UPSTREAM_CEILING = 1_000;
export const UPSTREAM_BUDGET_HEADER = 'x-rh-upstream-budget';
export const UPSTREAM_USED_HEADER = 'x-rh-upstream-used';

/** The budget a subgraph call may spend: the header's value, never above the ceiling; the ceiling when absent or unreadable. */
export function budgetFromHeader(value: string | string[] | undefined): number {
  const n = typeof value === 'string' && /^\d{1,9}$/.test(value.trim()) ? Number(value) : UPSTREAM_CEILING;
  return Math.min(n, UPSTREAM_CEILING);
}

export class UpstreamBudgetError extends SourceError {
  readonly code = 'RH_UPSTREAM_BUDGET';
}

/** One subgraph call's count of upstream requests against its budget. */
export class UpstreamBudget {
  used = 0;
  constructor(readonly granted: number) {}

  /** Counts one upstream request of `source`, or throws UpstreamBudgetError when the budget is spent. */
  take(source: string, url: string): void {
    if (this.used >= this.granted)
      throw new UpstreamBudgetError(
        `${source} was not asked: this request reached its ceiling of ${this.granted} upstream requests in this subgraph ` +
          `(${UPSTREAM_CEILING} a client request at most); ask fewer lists or narrow the filter.`,
        source,
        { url },
      );
    this.used += 1;
  }
}

/** A fetcher that counts each page it is asked for against `budget` (wrap it in perRequestFetcher, so a repeat is free). */
export function budgetedFetcher(fetcher: SourceFetcher, budget: UpstreamBudget): SourceFetcher {
  return {
    get: async (url, opts) => {
      budget.take(opts.source, url);
      return fetcher.get(url, opts);
    },
    post: async (url, form, opts) => {
      budget.take(opts.source, url);
      return fetcher.post(url, form, opts);
    },
  };
}

/** The raw client (streams, UHRI's export) with each request counted against `budget`. */
export function budgetedHttp(http: HttpClient, budget: UpstreamBudget): HttpClient {
  return {
    getText: async (url, opts) => {
      budget.take(opts.source, url);
      return http.getText(url, opts);
    },
    postForm: async (url, form, opts) => {
      budget.take(opts.source, url);
      return http.postForm(url, form, opts);
    },
    getStream: async (url, opts): Promise<Readable> => {
      budget.take(opts.source, url);
      return http.getStream(url, opts);
    },
    close: () => http.close(),
  };
}
