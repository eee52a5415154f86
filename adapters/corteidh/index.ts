import type { Fetched, SourceFetcher } from '../_kit/fetcher.ts';
import { validateCorteIdhConfig, CORTEIDH_DEFAULTS, type CorteIdhConfig } from './config.ts';
import {
  CORTEIDH_ADVISORY_SOURCE,
  CORTEIDH_SOURCE,
  fetchJurisprudence,
  fetchSupervisionListing,
  type SupervisionListingName,
} from './fetch.ts';
import { toAdvisoryOpinions, type CorteIdhAdvisoryOpinion } from './advisory.ts';
import { toJudgments, type CorteIdhJudgment } from './map.ts';
import type { SupervisedCase } from './supervision.ts';

export type { CorteIdhJudgment, CorteIdhDocument } from './map.ts';
export type { CorteIdhAdvisoryOpinion } from './advisory.ts';
export type { SupervisedCase, SupervisionResolution } from './supervision.ts';
export { CORTEIDH_DEFAULTS, type CorteIdhConfig } from './config.ts';
export { caseNameOf } from './case-name.ts';
export { CORTEIDH_ADVISORY_SOURCE, CORTEIDH_SOURCE, CORTEIDH_SUPERVISION_SOURCE, type SupervisionListingName } from './fetch.ts';

/** Every judgment the search gives for the years of a date range, with the answer they were read from. */
export interface CorteIdhListing {
  judgments: CorteIdhJudgment[];
  fetched: Fetched;
  warnings: string[];
}

/** The advisory opinions the search gives for the years of a date range. */
export interface CorteIdhAdvisoryListing {
  opinions: CorteIdhAdvisoryOpinion[];
  fetched: Fetched;
  warnings: string[];
}

/** One supervision listing page read: its cases, with the answer they were read from. */
export interface CorteIdhSupervisionListing {
  listing: SupervisionListingName;
  cases: SupervisedCase[];
  fetched: Fetched;
  warnings: string[];
}

export interface CorteIdhAdapter {
  readonly config: CorteIdhConfig;
  /** Contentious-case judgments (Series C) of the years from..to, in listing order; States and days are filtered by the caller. */
  judgments(range: { from: string | null; to: string | null }, fetcher: SourceFetcher): Promise<CorteIdhListing>;
  /** Advisory opinions (Series A, search type OC) of the years from..to, in listing order. */
  advisoryOpinions(range: { from: string | null; to: string | null }, fetcher: SourceFetcher): Promise<CorteIdhAdvisoryListing>;
  /** One supervision-of-compliance listing (cases under supervision, or archived), whole. */
  supervision(listing: SupervisionListingName, fetcher: SourceFetcher): Promise<CorteIdhSupervisionListing>;
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
      const { fetched, parsed: rows } = await fetchJurisprudence(cfg, fetcher, 'CC', range);
      const warnings: string[] = [];
      return { judgments: toJudgments(rows, CORTEIDH_SOURCE, warnings), fetched, warnings };
    },
    async advisoryOpinions(range, fetcher) {
      const { fetched, parsed: rows } = await fetchJurisprudence(cfg, fetcher, 'OC', range, CORTEIDH_ADVISORY_SOURCE);
      const warnings: string[] = [];
      return { opinions: toAdvisoryOpinions(rows, CORTEIDH_ADVISORY_SOURCE, warnings), fetched, warnings };
    },
    async supervision(listing, fetcher) {
      const { fetched, parsed: page } = await fetchSupervisionListing(cfg, fetcher, listing);
      return { listing, cases: page.cases, fetched, warnings: page.warnings };
    },
  };
}
