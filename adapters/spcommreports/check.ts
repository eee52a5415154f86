import type { SourceCheck } from '../_kit/source-check.ts';
import type { SpcommreportsConfig } from './config.ts';
import { listingUrl } from './fetch.ts';
import { toSpCommunicationRecord } from './map.ts';
import { parseListingPage } from './parse.ts';

/**
 * The live drift check of the "Communications sent" listing: its first page, with the adapter's parser. Drift is a page
 * without the grid, a row without a readable date, type or reference, or a pager that no longer states how many
 * communications it lists.
 * spcommreportsCheck(SPCOMMREPORTS_DEFAULTS, 'spcommreports').url === 'https://spcommreports.ohchr.org/LatestReports/CommunicationSent'
 */
export function spcommreportsCheck(config: Pick<SpcommreportsConfig, 'baseUrl'>, source: string): SourceCheck {
  const url = listingUrl(config, 1);
  return {
    source,
    system: 'UN',
    url,
    async run(http) {
      const { body } = await http.getText(url, { source });
      try {
        const page = parseListingPage(body, url);
        const records = page.rows.map((r) => toSpCommunicationRecord(r, config.baseUrl));
        const unread = records.filter((r) => !r.date || r.communicationType === 'OTHER' || !r.referencePrefix).map((r) => r.gId);
        return {
          records: records.length,
          problems: [
            ...(records.length === 0 ? ['the first listing page lists no communication'] : []),
            ...(unread.length > 0 ? [`rows without a readable date, known type or reference (gId ${unread.join(', ')})`] : []),
            ...(page.listed === null ? ['the pager states no count ("1 - 10 of N items"): the source total will be unknown'] : []),
          ],
        };
      } catch (err) {
        return { records: 0, problems: [(err as Error).message] };
      }
    },
  };
}
