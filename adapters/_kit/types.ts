import type { Fetched } from './fetcher.ts';

/**
 * What a subgraph asks an adapter: records for these countries and dates, newest first,
 * rows [offset, offset + limit) of that order. Countries are ISO 3166 alpha-3; dates YYYY-MM-DD inclusive.
 */
export interface AdapterQuery {
  countries: string[];
  from: string | null;
  to: string | null;
  /** Free text, where the source can search it; adapters that cannot ignore it and say so in warnings. */
  text: string | null;
  offset: number;
  limit: number;
}

/** What an adapter answers: rows in the source's own shape, the source's total for the filter, and evidence. */
export interface AdapterPage<T> {
  rows: T[];
  /** Matching records at the source, where it says (null when it cannot tell). */
  total: number | null;
  /** Every upstream answer the rows were read from (for provenance and source status). */
  fetched: Fetched[];
  /** Things kept but not understood, e.g. a country name outside ISO 3166. */
  warnings: string[];
}
