import type { Fetched, SourceFetcher } from '../_kit/fetcher.ts';
import { validateAfricanCourtConfig, type AfricanCourtConfig } from './config.ts';
import { fetchReceivedCases, receivedCasesUrl } from './fetch.ts';
import type { AfricanCourtCase } from './map.ts';

export type { AfricanCourtCase } from './map.ts';
export type { AfricanCourtConfig } from './config.ts';
export { receivedCasesUrl } from './fetch.ts';
export { parseReceivedCases, type ReceivedCaseRow } from './parse.ts';

export interface AfricanCourtAdapter {
  readonly config: AfricanCourtConfig;
  /** The page's URL, the public page of every case (the registry has no page per case). */
  readonly pageUrl: string;
  /** Every application the registry lists, in page order: the page is one server-rendered table, read in one GET. */
  cases(fetcher: SourceFetcher): Promise<{ rows: AfricanCourtCase[]; fetched: Fetched }>;
}

/**
 * The African Court's registry of received applications (https://www.african-court.org/cpmt/received-cases):
 * createAfricanCourtAdapter({ baseUrl: 'http://127.0.0.1:4900/african-court' }).cases(fetcher)
 *   → { rows: [{ id: '001/2008', applicant: 'Michelot Yogogombaye', respondents: ['Republic of Senegal'], … }], fetched }
 * The whole table is one page (the site pages it in the browser only), so filtering and paging are the caller's.
 */
export function createAfricanCourtAdapter(config: Partial<AfricanCourtConfig> = {}): AfricanCourtAdapter {
  const cfg = validateAfricanCourtConfig(config);
  const pageUrl = receivedCasesUrl(cfg);
  return {
    config: cfg,
    pageUrl,
    async cases(fetcher) {
      const { fetched, parsed } = await fetchReceivedCases(cfg, fetcher);
      return { rows: parsed, fetched };
    },
  };
}
