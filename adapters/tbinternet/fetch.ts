import type { Fetched, SourceFetcher } from '../_kit/fetcher.ts';
import type { TbinternetConfig } from './config.ts';
import { parseResultsPage } from './parse.ts';
import { SOURCE } from './config.ts';

export { SOURCE };

/** The Treaty Body Database's search page: searchUrl(TBINTERNET_DEFAULTS) === 'https://tbinternet.ohchr.org/_layouts/15/TreatyBodyExternal/TBSearch.aspx?Lang=en' */
export function searchUrl(cfg: Pick<TbinternetConfig, 'baseUrl'>): string {
  return `${cfg.baseUrl}/_layouts/15/TreatyBodyExternal/TBSearch.aspx?Lang=en`;
}

/** A document's language versions: downloadUrl(cfg, 'CAT/C/40/D/293/2006') === 'https://tbinternet.ohchr.org/_layouts/15/treatybodyexternal/Download.aspx?symbolno=CAT%2FC%2F40%2FD%2F293%2F2006&Lang=en' */
export function downloadUrl(cfg: Pick<TbinternetConfig, 'baseUrl'>, symbol: string): string {
  return `${cfg.baseUrl}/_layouts/15/treatybodyexternal/Download.aspx?symbolno=${encodeURIComponent(symbol)}&Lang=en`;
}

/** One treaty body's sessions: sessionsListUrl(TBINTERNET_DEFAULTS, 'CAT') === 'https://tbinternet.ohchr.org/_layouts/15/TreatyBodyExternal/SessionsList.aspx?Treaty=CAT' */
export function sessionsListUrl(cfg: Pick<TbinternetConfig, 'baseUrl'>, treaty: string): string {
  return `${cfg.baseUrl}/_layouts/15/TreatyBodyExternal/SessionsList.aspx?Treaty=${encodeURIComponent(treaty)}`;
}

/** The States reviewed at one session: sessionDetailsUrl(TBINTERNET_DEFAULTS, '1380') === 'https://tbinternet.ohchr.org/_layouts/15/TreatyBodyExternal/SessionDetails1.aspx?SessionID=1380&Lang=en' */
export function sessionDetailsUrl(cfg: Pick<TbinternetConfig, 'baseUrl'>, sessionId: string): string {
  return `${cfg.baseUrl}/_layouts/15/TreatyBodyExternal/SessionDetails1.aspx?SessionID=${encodeURIComponent(sessionId)}&Lang=en`;
}

/** GET a page through the hub's cached fetcher (search form, Download.aspx, sessions list, session page); `validate` keeps a page the parser rejects out of the cache. */
export function getPage(cfg: TbinternetConfig, fetcher: SourceFetcher, url: string, validate: (body: string) => void): Promise<Fetched> {
  return fetcher.get(url, { source: SOURCE, ttlMs: cfg.ttlMs, accept: 'text/html', validate });
}

/**
 * A postback to the search page (the search itself, or a pager link). Cached under the form, ViewState included:
 * while the search form is served from cache its ViewState is the same, so the same postback is answered from cache too.
 */
export function postBack(cfg: TbinternetConfig, fetcher: SourceFetcher, fields: Record<string, string>): Promise<Fetched> {
  const url = searchUrl(cfg);
  return fetcher.post(url, new URLSearchParams(fields), {
    source: SOURCE,
    ttlMs: cfg.ttlMs,
    accept: 'text/html',
    validate: (body) => void parseResultsPage(body, url),
  });
}
