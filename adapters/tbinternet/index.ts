import type { Fetched, SourceFetcher, Sourced } from '../_kit/fetcher.ts';
import { validateTbinternetConfig, type TbinternetConfig } from './config.ts';
import { downloadUrl, getPage, postBack, searchUrl, sessionDetailsUrl, sessionsListUrl } from './fetch.ts';
import { toTbRecord, type TbJurisRecord } from './map.ts';
import { formFields, parseDownloadPage, type TbFile } from './parse.ts';
import { parseSessionDetails, parseSessionsList } from './sessions-parse.ts';
import { sessionsToRead, toTbReviewRecord, toTbSession, type TbDateRange, type TbReviewRecord, type TbSession } from './sessions-map.ts';

export type { TbJurisRecord } from './map.ts';
export type { TbFile } from './parse.ts';
export type { TbDateRange, TbReviewRecord, TbSession } from './sessions-map.ts';
export { TBINTERNET_DEFAULTS, type TbinternetConfig } from './config.ts';
export { downloadUrl, searchUrl, sessionDetailsUrl, sessionsListUrl } from './fetch.ts';

/** Telerik RadListBox of document-type categories on TBSearch.aspx: "Jurisprudence" is its sixth item. */
const DOC_TYPE_CATEGORY_STATE = 'ctl00_ContentPlaceHolder1_rlbDocTypeCategory_ClientState';
const JURISPRUDENCE_INDEX = 5;
const SEARCH_BUTTON = 'ctl00$ContentPlaceHolder1$btnSearch';

/** What the jurisprudence search read: the decisions of every page read, the answers they came from, and warnings. */
export interface TbJurisprudence {
  /** Each decision with the results page it was read from. */
  records: Sourced<TbJurisRecord>[];
  /** The search form first, then one answer per results page. */
  fetched: Fetched[];
  warnings: string[];
  /** false when maxPages stopped the reading: later result pages, and the true count, are unknown. */
  complete: boolean;
}

/** What the session calendar read: one record per State per session read, the answers they came from, and warnings. */
export interface TbReviews {
  /** Each record with the session page it was read from. */
  records: Sourced<TbReviewRecord>[];
  /** The sessions lists first, then every session page read. */
  fetched: Fetched[];
  warnings: string[];
  /** false when maxSessions left sessions the query could hold unread: the true count is unknown. */
  complete: boolean;
}

export interface TbinternetAdapter {
  readonly config: TbinternetConfig;
  /** The Jurisprudence search: GET TBSearch.aspx, POST the search with its ViewState, then POST each pager link (up to maxPages). */
  jurisprudence(fetcher: SourceFetcher): Promise<TbJurisprudence>;
  /** The language versions Download.aspx lists for a symbol. */
  files(symbol: string, fetcher: SourceFetcher): Promise<{ files: TbFile[]; fetched: Fetched }>;
  /**
   * The States reviewed by these treaty bodies (CAT, CCPR, …): each body's SessionsList.aspx, then SessionDetails1.aspx of
   * the sessions the range can hold (the newest maxSessions of them; with no range, the newest maxSessions sessions).
   */
  reviews(treaties: readonly string[], range: TbDateRange, fetcher: SourceFetcher): Promise<TbReviews>;
}

/**
 * The Treaty Body Database's session calendar (SessionsList.aspx, SessionDetails1.aspx), and its jurisprudence, through
 * its WebForms search (every postback carries back the
 * __VIEWSTATE and __EVENTVALIDATION of the page it was made from, as a browser does):
 * await createTbinternetAdapter({ baseUrl: server.baseUrl('tbinternet') }).jurisprudence(fetcher)
 * → { records: [{ symbol: 'CAT/C/40/D/293/2006', treaty: 'CAT', states: ['Canada', 'Mexico'], date: '2008-05-09', … }, …], … }
 */
export function createTbinternetAdapter(config: Partial<TbinternetConfig> = {}): TbinternetAdapter {
  const cfg = validateTbinternetConfig(config);

  async function jurisprudence(fetcher: SourceFetcher): Promise<TbJurisprudence> {
    const form = await getPage(cfg, fetcher, searchUrl(cfg), 'form', formFields);
    const searchFields = {
      ...form.parsed,
      __EVENTTARGET: '',
      __EVENTARGUMENT: '',
      [DOC_TYPE_CATEGORY_STATE]: JSON.stringify({
        logEntries: [],
        value: '',
        text: '',
        enabled: true,
        checkedIndices: [JURISPRUDENCE_INDEX],
        checkedItemsTextOverflows: false,
      }),
      [SEARCH_BUTTON]: 'Search',
    };
    const fetched = [form.fetched];
    const records: Sourced<TbJurisRecord>[] = [];
    let answer = await postBack(cfg, fetcher, searchFields);
    for (let pagesRead = 1; ; pagesRead++) {
      const { page } = answer.parsed;
      fetched.push(answer.fetched);
      for (const row of page.rows) records.push({ record: toTbRecord(row), fetched: answer.fetched });
      const next = page.pageTargets.get(page.currentPage + 1);
      if (!next) return { records, fetched, warnings: [], complete: true };
      if (pagesRead >= cfg.maxPages)
        return {
          records,
          fetched,
          complete: false,
          warnings: [
            `tbinternet: read the first ${pagesRead} result pages only (maxPages); decisions listed on later pages are not included`,
          ],
        };
      answer = await postBack(cfg, fetcher, { ...answer.parsed.fields, __EVENTTARGET: next, __EVENTARGUMENT: '' });
    }
  }

  async function files(symbol: string, fetcher: SourceFetcher): Promise<{ files: TbFile[]; fetched: Fetched }> {
    const { fetched, parsed } = await getPage(cfg, fetcher, downloadUrl(cfg, symbol), 'files', (body) =>
      parseDownloadPage(body, cfg.baseUrl),
    );
    return { files: parsed, fetched };
  }

  async function sessions(treaty: string, fetcher: SourceFetcher): Promise<{ sessions: TbSession[]; fetched: Fetched }> {
    const url = sessionsListUrl(cfg, treaty);
    const { fetched, parsed } = await getPage(cfg, fetcher, url, 'sessions', (body) => parseSessionsList(body, url));
    return { sessions: parsed.map((row) => toTbSession(treaty, row)), fetched };
  }

  async function sessionReviews(session: TbSession, fetcher: SourceFetcher): Promise<{ records: TbReviewRecord[]; fetched: Fetched }> {
    const url = sessionDetailsUrl(cfg, session.sessionId);
    const { fetched, parsed } = await getPage(cfg, fetcher, url, 'session', (body) => parseSessionDetails(body, url));
    return { records: parsed.map((row) => toTbReviewRecord(session, row)), fetched };
  }

  /** One treaty body's calendar: its sessions list, then the pages of the sessions chosen, in parallel. */
  async function treatyReviews(treaty: string, range: TbDateRange, fetcher: SourceFetcher): Promise<TbReviews> {
    const list = await sessions(treaty, fetcher);
    const choice = sessionsToRead(list.sessions, range, cfg.maxSessions);
    const pages = await Promise.all(choice.read.map((s) => sessionReviews(s, fetcher)));
    const reach = choice.readBackTo ? `back to ${choice.readBackTo}` : `to its newest ${choice.read.length} sessions`;
    return {
      records: pages.flatMap((p) => p.records.map((record) => ({ record, fetched: p.fetched }))),
      fetched: [list.fetched, ...pages.map((p) => p.fetched)],
      complete: choice.complete,
      warnings: choice.complete
        ? []
        : [
            `tbinternet: the ${treaty} calendar was read only ${reach} (at most ${cfg.maxSessions} sessions a query, maxSessions); earlier sessions are not included`,
          ],
    };
  }

  async function reviews(treaties: readonly string[], range: TbDateRange, fetcher: SourceFetcher): Promise<TbReviews> {
    const parts = await Promise.all(treaties.map((t) => treatyReviews(t, range, fetcher)));
    return {
      records: parts.flatMap((p) => p.records),
      fetched: parts.flatMap((p) => p.fetched),
      warnings: parts.flatMap((p) => p.warnings),
      complete: parts.every((p) => p.complete),
    };
  }

  return { config: cfg, jurisprudence, files, reviews };
}
