import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReplayHandler, ReplayResponse } from '../_kit/replay-types.ts';
import { followUpDraft } from '../ccpr-follow-up/replay.ts';

const DIR = fileURLToPath(new URL('../../test/fixtures/tbinternet/', import.meta.url));
const SEARCH_PATH = '/_layouts/15/treatybodyexternal/tbsearch.aspx';
const DOWNLOAD_PATH = '/_layouts/15/treatybodyexternal/download.aspx';
const DOWNLOAD_DRAFT_PATH = '/_layouts/15/treatybodyexternal/downloaddraft.aspx';
const SESSIONS_LIST_PATH = '/_layouts/15/treatybodyexternal/sessionslist.aspx';
const SESSION_DETAILS_PATH = '/_layouts/15/treatybodyexternal/sessiondetails1.aspx';

interface Page {
  bytes: Buffer;
  charset: string;
  viewState: string;
  eventValidation: string;
  targets: Map<string, number>;
}

function load(file: string): Page {
  const bytes = readFileSync(`${DIR}${file}`);
  const text = bytes.toString('latin1');
  const hidden = (name: string) => text.match(new RegExp(`name="${name}"[^>]*value="([^"]*)"`))?.[1] ?? '';
  const targets = new Map(
    [...text.matchAll(/__doPostBack\(&#39;([^&]+)&#39;,&#39;&#39;\)"><span>(\d+)<\/span>/g)].map((m) => [m[1], Number(m[2])]),
  );
  return {
    bytes,
    charset: text.match(/charset=([\w-]+)/)?.[1] ?? 'utf-8',
    viewState: hidden('__VIEWSTATE'),
    eventValidation: hidden('__EVENTVALIDATION'),
    targets,
  };
}

const html = (page: Pick<Page, 'bytes' | 'charset'>, status = 200): ReplayResponse => ({
  status,
  headers: { 'content-type': `text/html; charset=${page.charset}` },
  body: page.bytes,
});

/** ASP.NET's answer to a postback whose ViewState it did not issue. */
const INVALID_VIEWSTATE = html(
  {
    charset: 'utf-8',
    bytes: Buffer.from(
      "<html><head><title>Validation of viewstate MAC failed.</title></head><body><h1>Server Error in '/' Application.</h1><h2><i>Validation of viewstate MAC failed. If this application is hosted by a Web Farm or cluster, ensure that &lt;machineKey&gt; configuration specifies the same validationKey and validation algorithm.</i></h2></body></html>",
    ),
  },
  500,
);

/**
 * The Treaty Body Database on loopback, as a WebForms site behaves: GET TBSearch.aspx gives the search form;
 * a POST is answered only when it carries back the __VIEWSTATE and __EVENTVALIDATION of a page this server
 * issued (else ASP.NET's 500 "Validation of viewstate MAC failed"); the search button from the form gives
 * results page 1, a pager link's __EVENTTARGET from a results page gives that page. Download.aspx?symbolno=
 * answers each recorded symbol's language list, or "Sorry there is no files available"; DownloadDraft.aspx?key= a
 * follow-up report's PDF, rebuilt from its recorded text (adapters/ccpr-follow-up/replay.ts). SessionsList.aspx?Treaty=
 * answers the recorded sessions of CAT, CCPR, CEDAW and CRC, and SessionDetails1.aspx?SessionID= the States of each
 * recorded session (404 for any other treaty or session).
 * Mounted as 'tbinternet': startReplayServer({ tbinternet: tbinternetReplay() }).
 */
export function tbinternetReplay(): ReplayHandler {
  const form = load('search-form.html');
  const results = [1, 2, 3].map((n) => load(`results-${n}.html`));
  const issued = [form, ...results];
  return (req) => {
    const path = req.path.toLowerCase();
    if (path === SEARCH_PATH && req.method === 'GET') return html(form);
    if (path === SEARCH_PATH && req.method === 'POST') {
      const fields = new URLSearchParams(req.body);
      const from = issued.find((p) => p.viewState === fields.get('__VIEWSTATE') && p.eventValidation === fields.get('__EVENTVALIDATION'));
      if (!from) return INVALID_VIEWSTATE;
      if (from === form) {
        const state = JSON.parse(fields.get('ctl00_ContentPlaceHolder1_rlbDocTypeCategory_ClientState') || '{}') as {
          checkedIndices?: number[];
        };
        return fields.get('ctl00$ContentPlaceHolder1$btnSearch') === 'Search' && state.checkedIndices?.includes(5)
          ? html(results[0])
          : html(form);
      }
      const target = from.targets.get(fields.get('__EVENTTARGET') ?? '');
      return target ? html(results[target - 1]) : html(from);
    }
    if (path === DOWNLOAD_PATH && req.method === 'GET') {
      const file = `download/${(req.query.get('symbolno') ?? '').replace(/\//g, '_').replace(/[^\w.-]/g, '')}.html`;
      return html({ bytes: readFileSync(`${DIR}${existsSync(`${DIR}${file}`) ? file : 'download/no-files.html'}`), charset: 'utf-8' });
    }
    if (path === DOWNLOAD_DRAFT_PATH && req.method === 'GET') return followUpDraft(req.query.get('key'));
    if (path === SESSIONS_LIST_PATH && req.method === 'GET') return recorded(`sessions/list-${req.query.get('Treaty') ?? ''}.html`);
    if (path === SESSION_DETAILS_PATH && req.method === 'GET') return recorded(`sessions/details-${req.query.get('SessionID') ?? ''}.html`);
    return undefined;
  };
}

/** A recorded page by its file name under fixtures/tbinternet/ (names are [\w.-] only), or undefined (404) when none is recorded. */
function recorded(file: string): ReplayResponse | undefined {
  if (!/^sessions\/[\w.-]+$/.test(file) || !existsSync(`${DIR}${file}`)) return undefined;
  return html({ bytes: readFileSync(`${DIR}${file}`), charset: 'utf-8' });
}
