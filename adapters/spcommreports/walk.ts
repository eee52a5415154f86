import { fixturePath, fixturesUnder, fixtureText, type FixtureWalker } from '../_kit/fixture-walk.ts';
import { listingUrl, SPCOMMREPORTS_DEFAULTS } from './index.ts';
import { toSpCommunicationRecord } from './map.ts';
import { parseListingPage } from './parse.ts';

/** Every page of the "Communications sent" listing, in page order: what each page's pager states, and its rows mapped into one list of records. */
export const WALKER: FixtureWalker = {
  walks: (folders) =>
    folders.map((folder) => {
      const pages = fixturesUnder(folder, /^communication-sent-page-\d+\.html$/).sort((a, b) => pageNumber(a) - pageNumber(b));
      const output = () => {
        const read = pages.map((file) => parseListingPage(fixtureText(file), listingUrl(SPCOMMREPORTS_DEFAULTS, pageNumber(file))));
        return {
          pagers: read.map(({ listed, pageSize }, i) => ({ page: pageNumber(pages[i]), listed, pageSize })),
          records: read.flatMap((page) => page.rows).map((r) => toSpCommunicationRecord(r, SPCOMMREPORTS_DEFAULTS.baseUrl)),
        };
      };
      return { inputs: pages, expected: fixturePath(folder, 'communication-sent.expected.json'), output };
    }),
};

/** communication-sent-page-3.html → 3. */
function pageNumber(file: string): number {
  return Number(/-page-(\d+)\.html$/.exec(file)![1]);
}
