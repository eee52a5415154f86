import type { Fetched, SourceFetcher } from '../_kit/fetcher.ts';
import { validateCorteIdhConfig, CORTEIDH_DEFAULTS, type CorteIdhConfig } from './config.ts';
import { CORTEIDH_SOURCE, fetchJurisprudence, searchUrl } from './fetch.ts';
import { toJudgments, type CorteIdhJudgment } from './map.ts';
import { parseSearchResults } from './parse.ts';

export type { CorteIdhJudgment, CorteIdhDocument } from './map.ts';
export { CORTEIDH_DEFAULTS, type CorteIdhConfig } from './config.ts';
export { CORTEIDH_SOURCE } from './fetch.ts';

/** Every judgment the search gives for the years of a date range, with the answer they were read from. */
export interface CorteIdhListing {
  judgments: CorteIdhJudgment[];
  fetched: Fetched;
  warnings: string[];
}

export interface CorteIdhAdapter {
  readonly config: CorteIdhConfig;
  /** Contentious-case judgments (Series C) of the years from..to, in listing order; States and days are filtered by the caller. */
  judgments(range: { from: string | null; to: string | null }, fetcher: SourceFetcher): Promise<CorteIdhListing>;
}

/**
 * The Inter-American Court's jurisprudence search:
 * createCorteIdhAdapter({ baseUrl: 'http://127.0.0.1:4900/corteidh' }).judgments({ from: '2022-01-01', to: null }, fetcher)
 * The search is a POST, cached (and served stale when the Court fails) under the URL and the form.
 */
export function createCorteIdhAdapter(config: Partial<CorteIdhConfig> = {}): CorteIdhAdapter {
  const cfg = validateCorteIdhConfig({ ...CORTEIDH_DEFAULTS, ...config });
  return {
    config: cfg,
    async judgments(range, fetcher) {
      const fetched = await fetchJurisprudence(cfg, fetcher, 'CC', range);
      const warnings: string[] = [];
      const rows = parseSearchResults(fetched.body, CORTEIDH_SOURCE, searchUrl(cfg));
      return { judgments: toJudgments(rows, CORTEIDH_SOURCE, warnings), fetched, warnings };
    },
  };
}
