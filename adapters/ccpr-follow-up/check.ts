import { createSourceCache } from '../_kit/cache.ts';
import { createCachedFetcher } from '../_kit/fetcher.ts';
import type { SourceCheck } from '../_kit/source-check.ts';
import { downloadUrl } from '../tbinternet/fetch.ts';
import type { CcprFollowUpConfig } from './config.ts';
import { createCcprFollowUpAdapter } from './index.ts';

/**
 * The live drift check of the follow-up reports: the first configured one (CCPR/C/145/2/Add.1, Botswana, by default),
 * through the adapter: its Download.aspx lists an English PDF, the PDF reads, and its paragraphs carry grades; a
 * paragraph the reader could not grade is drift.
 */
export function ccprFollowUpCheck(config: Pick<CcprFollowUpConfig, 'baseUrl' | 'documents'>, source: string): SourceCheck {
  const [{ symbol }] = config.documents;
  return {
    source,
    system: 'UN',
    url: downloadUrl(config, symbol),
    async run(http) {
      try {
        const { document } = await createCcprFollowUpAdapter(config).document(symbol, createCachedFetcher(http, createSourceCache()));
        const paragraphs = document.states.flatMap((s) => s.paragraphs);
        return {
          records: paragraphs.length,
          problems: [
            ...(paragraphs.length === 0 ? [`${symbol} read, but no graded paragraph found`] : []),
            ...(document.issuedOn === null ? [`${symbol}: no "Distr.: General <date>" line read`] : []),
            ...document.warnings,
          ],
        };
      } catch (err) {
        return { records: 0, problems: [(err as Error).message] };
      }
    },
  };
}
