import type { Fetched, SourceFetcher } from '../_kit/fetcher.ts';
import { asSourceError } from '../_kit/errors.ts';
import { validateTbinternetConfig, type TbinternetConfig } from './config.ts';
import { downloadUrl, getPage, postBack, searchUrl, SOURCE } from './fetch.ts';
import { toTbRecord, type TbJurisRecord } from './map.ts';
import { formFields, parseDownloadPage, parseResultsPage, type TbFile } from './parse.ts';

export type { TbJurisRecord } from './map.ts';
export type { TbFile } from './parse.ts';
export { TBINTERNET_DEFAULTS, type TbinternetConfig } from './config.ts';
export { downloadUrl, searchUrl } from './fetch.ts';

/** Telerik RadListBox of document-type categories on TBSearch.aspx: "Jurisprudence" is its sixth item. */
const DOC_TYPE_CATEGORY_STATE = 'ctl00_ContentPlaceHolder1_rlbDocTypeCategory_ClientState';
const JURISPRUDENCE_INDEX = 5;
const SEARCH_BUTTON = 'ctl00$ContentPlaceHolder1$btnSearch';

/** What the jurisprudence search read: the decisions of every page read, the answers they came from, and warnings. */
export interface TbJurisprudence {
  records: TbJurisRecord[];
  /** The search form first, then one answer per results page. */
  fetched: Fetched[];
  /** The answer each record was read from. */
  sourceOf: Fetched[];
  warnings: string[];
  /** false when maxPages stopped the reading: later result pages, and the true count, are unknown. */
  complete: boolean;
}

export interface TbinternetAdapter {
  readonly config: TbinternetConfig;
  /** The Jurisprudence search: GET TBSearch.aspx, POST the search with its ViewState, then POST each pager link (up to maxPages). */
  jurisprudence(fetcher: SourceFetcher): Promise<TbJurisprudence>;
  /** The language versions Download.aspx lists for a symbol. */
  files(symbol: string, fetcher: SourceFetcher): Promise<{ files: TbFile[]; fetched: Fetched }>;
}

/**
 * The Treaty Body Database's jurisprudence, through its WebForms search (every postback carries back the
 * __VIEWSTATE and __EVENTVALIDATION of the page it was made from, as a browser does):
 * await createTbinternetAdapter({ baseUrl: server.baseUrl('tbinternet') }).jurisprudence(fetcher)
 * → { records: [{ symbol: 'CAT/C/40/D/293/2006', treaty: 'CAT', states: ['Canada', 'Mexico'], date: '2008-05-09', … }, …], … }
 */
export function createTbinternetAdapter(config: Partial<TbinternetConfig> = {}): TbinternetAdapter {
  const cfg = validateTbinternetConfig(config);

  async function jurisprudence(fetcher: SourceFetcher): Promise<TbJurisprudence> {
    const form = await getPage(cfg, fetcher, searchUrl(cfg), (body) => void formFields(body));
    const searchFields = {
      ...read(() => formFields(form.body)),
      __EVENTTARGET: '', __EVENTARGUMENT: '',
      [DOC_TYPE_CATEGORY_STATE]: JSON.stringify({ logEntries: [], value: '', text: '', enabled: true, checkedIndices: [JURISPRUDENCE_INDEX], checkedItemsTextOverflows: false }),
      [SEARCH_BUTTON]: 'Search',
    };
    const fetched = [form];
    const records: TbJurisRecord[] = [];
    const sourceOf: Fetched[] = [];
    let answer = await postBack(cfg, fetcher, searchFields);
    for (let pagesRead = 1; ; pagesRead++) {
      const page = read(() => parseResultsPage(answer.body, answer.url));
      fetched.push(answer);
      for (const row of page.rows) {
        records.push(toTbRecord(row));
        sourceOf.push(answer);
      }
      const next = page.pageTargets.get(page.currentPage + 1);
      if (!next) return { records, fetched, sourceOf, warnings: [], complete: true };
      if (pagesRead >= cfg.maxPages)
        return { records, fetched, sourceOf, complete: false, warnings: [`tbinternet: read the first ${pagesRead} result pages only (maxPages); decisions listed on later pages are not included`] };
      answer = await postBack(cfg, fetcher, { ...read(() => formFields(answer.body)), __EVENTTARGET: next, __EVENTARGUMENT: '' });
    }
  }

  async function files(symbol: string, fetcher: SourceFetcher): Promise<{ files: TbFile[]; fetched: Fetched }> {
    const fetched = await getPage(cfg, fetcher, downloadUrl(cfg, symbol), (body) => void parseDownloadPage(body, cfg.baseUrl));
    return { files: read(() => parseDownloadPage(fetched.body, cfg.baseUrl)), fetched };
  }

  return { config: cfg, jurisprudence, files };
}

/** Runs a parser, turning anything it throws into a SourceError of this source. */
function read<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    throw asSourceError(err, SOURCE);
  }
}
