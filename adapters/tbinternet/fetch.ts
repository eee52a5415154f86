import { getRead, postRead, type ReadAnswer, type SourceFetcher } from '../_kit/fetcher.ts';
import type { TbinternetConfig } from './config.ts';
import { formFields, parseResultsPage, type TbResultsPage } from './parse.ts';
import { SOURCE } from './config.ts';

export { SOURCE };

/**
 * The Treaty Body Database's search page: searchUrl(TBINTERNET_DEFAULTS) ===
 * 'https://tbinternet.ohchr.org/_layouts/15/TreatyBodyExternal/TBSearch.aspx?Lang=en'
 */
export function searchUrl(cfg: Pick<TbinternetConfig, 'baseUrl'>): string {
  return `${cfg.baseUrl}/_layouts/15/TreatyBodyExternal/TBSearch.aspx?Lang=en`;
}

/**
 * A document's language versions: downloadUrl(cfg, 'CAT/C/40/D/293/2006') ===
 * 'https://tbinternet.ohchr.org/_layouts/15/treatybodyexternal/Download.aspx?symbolno=CAT%2FC%2F40%2FD%2F293%2F2006&Lang=en'
 */
export function downloadUrl(cfg: Pick<TbinternetConfig, 'baseUrl'>, symbol: string): string {
  return `${cfg.baseUrl}/_layouts/15/treatybodyexternal/Download.aspx?symbolno=${encodeURIComponent(symbol)}&Lang=en`;
}

/**
 * One treaty body's sessions: sessionsListUrl(TBINTERNET_DEFAULTS, 'CAT') ===
 * 'https://tbinternet.ohchr.org/_layouts/15/TreatyBodyExternal/SessionsList.aspx?Treaty=CAT'
 */
export function sessionsListUrl(cfg: Pick<TbinternetConfig, 'baseUrl'>, treaty: string): string {
  return `${cfg.baseUrl}/_layouts/15/TreatyBodyExternal/SessionsList.aspx?Treaty=${encodeURIComponent(treaty)}`;
}

/**
 * The States reviewed at one session: sessionDetailsUrl(TBINTERNET_DEFAULTS, '1380') ===
 * 'https://tbinternet.ohchr.org/_layouts/15/TreatyBodyExternal/SessionDetails1.aspx?SessionID=1380&Lang=en'
 */
export function sessionDetailsUrl(cfg: Pick<TbinternetConfig, 'baseUrl'>, sessionId: string): string {
  return `${cfg.baseUrl}/_layouts/15/TreatyBodyExternal/SessionDetails1.aspx?SessionID=${encodeURIComponent(sessionId)}&Lang=en`;
}

/**
 * GET a page through the hub's cached fetcher (search form, Download.aspx, sessions list, session page), read by its
 * parser once: a page the parser rejects stays out of the cache, and a warm read parses nothing.
 */
export function getPage<T>(
  cfg: TbinternetConfig,
  fetcher: SourceFetcher,
  url: string,
  as: string,
  read: (body: string) => T,
): Promise<ReadAnswer<T>> {
  return getRead(fetcher, url, { source: SOURCE, ttlMs: cfg.ttlMs, accept: 'text/html' }, as, read);
}

/** A result page as a postback answers it: its rows and pager, and its form's fields for the next postback. */
export interface PostBackPage {
  page: TbResultsPage;
  fields: Record<string, string>;
}

/**
 * A postback to the search page (the search itself, or a pager link). Cached under the form, ViewState included:
 * while the search form is served from cache its ViewState is the same, so the same postback is answered from cache too.
 */
export function postBack(cfg: TbinternetConfig, fetcher: SourceFetcher, fields: Record<string, string>): Promise<ReadAnswer<PostBackPage>> {
  const url = searchUrl(cfg);
  const read = (body: string): PostBackPage => ({ page: parseResultsPage(body, url), fields: formFields(body) });
  return postRead(fetcher, url, new URLSearchParams(fields), { source: SOURCE, ttlMs: cfg.ttlMs, accept: 'text/html' }, 'results', read);
}
