import { listingUrl, SPCOMMREPORTS_DEFAULTS } from '../../../adapters/spcommreports/index.ts';
import { parseListingPage } from '../../../adapters/spcommreports/parse.ts';
import { toSpCommunicationRecord } from '../../../adapters/spcommreports/map.ts';
import { spcommreportsReplay } from '../../../adapters/spcommreports/replay.ts';
import type { SourceCheck } from '../../_shared/source-check.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { SPCOMMREPORTS, spcommreportsSource } from '../spcommreports-source.ts';

/**
 * The first page of the "Communications sent" listing, with the adapter's parser: drift is a page without the grid, a
 * row without a readable date, type or reference, or a pager that no longer states how many communications it lists.
 */
function spcommreportsCheck(): SourceCheck {
  const url = listingUrl(SPCOMMREPORTS_DEFAULTS, 1);
  return {
    source: SPCOMMREPORTS,
    system: 'UN',
    url,
    async run(http) {
      const { body } = await http.getText(url, { source: SPCOMMREPORTS });
      try {
        const page = parseListingPage(body, url);
        const records = page.rows.map((r) => toSpCommunicationRecord(r, SPCOMMREPORTS_DEFAULTS.baseUrl));
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

export const SPCOMMREPORTS_SOURCE: SourceDeclaration = {
  name: SPCOMMREPORTS,
  system: 'UN',
  defaultUrl: SPCOMMREPORTS_DEFAULTS.baseUrl,
  sources: (env) => [spcommreportsSource({ baseUrl: baseUrlOf(SPCOMMREPORTS_SOURCE, env) })],
  checks: () => [spcommreportsCheck()],
  replay: { mount: () => spcommreportsReplay() },
  fixtures: [SPCOMMREPORTS],
  readme: {
    source: "Special procedures' communications (spcommreports)",
    adapter: SPCOMMREPORTS,
    reads:
      'allegation letters, urgent appeals and other letters (`Communication`) from the "Communications sent" listing (`/LatestReports/CommunicationSent?page=N`, newest first, read only as far as the query\'s dates or page need): type and reference, every mandate of a joint letter, addressee (a company or other non-State addressee, reference `OTH …`, gives no country and stays in `addressees`), summary, the letter\'s file; the listing holds the latest reporting period only and no replies',
  },
};
