import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { createTbinternetAdapter, sessionDetailsUrl, sessionsListUrl, TBINTERNET_DEFAULTS } from '../../adapters/tbinternet/index.ts';
import { parseSessionDetails, parseSessionsList } from '../../adapters/tbinternet/sessions-parse.ts';
import { dialogueStart, sessionsToRead, toTbSession } from '../../adapters/tbinternet/sessions-map.ts';
import { tbinternetReplay } from '../../adapters/tbinternet/replay.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/tbinternet/sessions/${path}`, import.meta.url), 'utf8');
const catSessions = () => parseSessionsList(fixture('list-CAT.html'), 'file').map((row) => toTbSession('CAT', row));
const NO_RETRY = { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [] };

describe('the Treaty Body Database session pages, parsed', () => {
  it('reads a body’s sessions list: number, dates and place as written, and the SessionID of each session’s page', () => {
    const rows = parseSessionsList(fixture('list-CAT.html'), 'file');
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({
      session: '',
      startDate: '23 Apr 2019',
      endDate: '17 May 2019',
      place: 'Geneva (Palais Wilson)',
      sessionId: '9101',
    });
    // CAT 46: the facts give its last day only; the first stays unknown.
    expect(rows.find((r) => r.session === '46')).toEqual({
      session: '46',
      startDate: '',
      endDate: '03 Jun 2011',
      place: 'Geneva',
      sessionId: '9110',
    });
    expect(
      toTbSession(
        'CAT',
        rows.find((r) => r.session === '46')!,
      ),
    ).toEqual({ treaty: 'CAT', sessionId: '9110', number: '46', start: null, end: '2011-06-03', place: 'Geneva' });
  });

  it('reads the States of a session with the dialogue’s days, what is reviewed and the status, in the page’s words', () => {
    const cat36 = parseSessionDetails(fixture('details-9112.html'), 'file');
    expect(cat36).toHaveLength(7);
    expect(cat36[0]).toEqual({ country: 'Peru', dialogue: '', report: 'fourth periodic report', status: 'scheduled', documents: [] });
    const cat2019 = parseSessionDetails(fixture('details-9101.html'), 'file');
    expect(cat2019.find((r) => r.country === 'Mexico')).toEqual({
      country: 'Mexico',
      dialogue: '25-26 April',
      report: '',
      status: 'scheduled',
      documents: [],
    });
  });

  it('refuses a page without its grid, and a sessions list that lists nothing, as parse errors rather than no sessions', () => {
    expect(() => parseSessionsList('<html><body>Sorry, something went wrong</body></html>', 'file')).toThrow(/no sessions grid/);
    expect(() => parseSessionsList(fixture('list-CAT.html').replace(/<tbody>[\s\S]*<\/tbody>/, '<tbody></tbody>'), 'file')).toThrow(
      /lists no session/,
    );
    expect(() => parseSessionDetails(fixture('details-9101.html').replace('>Country</th>', '>Name</th>'), 'file')).toThrow(
      /States grid has no country column/,
    );
  });

  it('dates a dialogue written without its year from the session’s own dates, and only within the session', () => {
    const cat2019 = { start: '2019-04-23', end: '2019-05-17' };
    expect(dialogueStart('25-26 April', cat2019)).toBe('2019-04-25');
    expect(dialogueStart('30 April-1 May', cat2019)).toBe('2019-04-30');
    expect(dialogueStart('14-15 Sep', { start: '2015-09-14', end: '2015-10-02' })).toBe('2015-09-14');
    expect(dialogueStart('25-26 April', { start: '2019-05-01', end: '2019-05-17' })).toBeNull();
    expect(dialogueStart('25-26 April', { start: null, end: null })).toBeNull();
    expect(dialogueStart('', cat2019)).toBeNull();
  });

  it('chooses the sessions a date range can hold, and with no range the newest, bounded and saying how far back', () => {
    const numbers = (sessions: { number: string | null; start: string | null }[]) => sessions.map((s) => s.number ?? s.start);
    const in2011 = sessionsToRead(catSessions(), { from: '2011-01-01', to: '2011-12-31' }, 6);
    expect(numbers(in2011.read)).toEqual(['47', '46']);
    expect(in2011).toMatchObject({ complete: true, readBackTo: '2011-06-03' });
    const newest = sessionsToRead(catSessions(), { from: null, to: null }, 6);
    // Sessions the list gives no dates for (58, 57) stand right after the next-numbered one that has them (59), so the
    // newest sessions are read whatever their list says of their dates; the calendar was read back to 54's first day.
    expect(numbers(newest.read)).toEqual(['2019-04-23', '2017-11-07', '59', '58', '57', '54']);
    expect(newest).toMatchObject({ complete: false, readBackTo: '2015-04-20' });
    // No date range can hold a session without dates.
    expect(sessionsToRead(catSessions(), { from: '2000-01-01', to: null }, 100).read.map((s) => s.number)).not.toContain('57');
  });

  it('builds the real SessionsList.aspx and SessionDetails1.aspx addresses', () => {
    expect(sessionsListUrl(TBINTERNET_DEFAULTS, 'CAT')).toBe(
      'https://tbinternet.ohchr.org/_layouts/15/TreatyBodyExternal/SessionsList.aspx?Treaty=CAT',
    );
    expect(sessionDetailsUrl(TBINTERNET_DEFAULTS, '1380')).toBe(
      'https://tbinternet.ohchr.org/_layouts/15/TreatyBodyExternal/SessionDetails1.aspx?SessionID=1380&Lang=en',
    );
  });
});

describe('the Treaty Body Database session calendar on loopback', () => {
  let server: ReplayServer;
  let http: HttpClient;
  beforeAll(async () => {
    server = await startReplayServer({ tbinternet: tbinternetReplay() });
    http = createHttpClient({ retry: NO_RETRY });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });
  const adapter = () => createTbinternetAdapter({ baseUrl: server.baseUrl('tbinternet') });

  it('reads the sessions list, then only the pages of the sessions the range can hold, and the second time from cache', async () => {
    const fetcher = createCachedFetcher(http, createSourceCache());
    const before = server.hits('tbinternet').length;
    const read = await adapter().reviews(['CAT'], { from: '2011-01-01', to: '2011-12-31' }, fetcher);
    expect(server.hits('tbinternet').slice(before)).toEqual([
      'GET /_layouts/15/TreatyBodyExternal/SessionsList.aspx?Treaty=CAT',
      'GET /_layouts/15/TreatyBodyExternal/SessionDetails1.aspx?SessionID=9109&Lang=en',
      'GET /_layouts/15/TreatyBodyExternal/SessionDetails1.aspx?SessionID=9110&Lang=en',
    ]);
    expect(read).toMatchObject({ complete: true, warnings: [] });
    expect(read.records.map((r) => r.record.country)).toContain('Slovenia');
    expect(read.records).toHaveLength(17);
    expect(read.records.every((r) => r.fetched.url.endsWith(`SessionID=${r.record.session.sessionId}&Lang=en`))).toBe(true);
    const again = server.hits('tbinternet').length;
    await adapter().reviews(['CAT'], { from: '2011-01-01', to: '2011-12-31' }, fetcher);
    expect(server.hits('tbinternet').length).toBe(again);
  });

  it('reads at most maxSessions sessions a body without a range, and says how far back the calendar was read', async () => {
    const read = await adapter().reviews(['CAT', 'CCPR'], { from: null, to: null }, createCachedFetcher(http, createSourceCache()));
    expect(read.fetched).toHaveLength(2 + 6 + 1);
    expect(read.complete).toBe(false);
    expect(read.warnings).toEqual([
      'tbinternet: the CAT calendar was read only back to 2015-04-20 (at most 6 sessions a query, maxSessions); earlier sessions are not included',
    ]);
  });

  it('reports a session page that answers a bot challenge as RH_SOURCE_BLOCKED, never as a session without States', async () => {
    const replay = tbinternetReplay();
    const challenged = await startReplayServer({
      tbinternet: (req) =>
        /sessiondetails1/i.test(req.path)
          ? {
              status: 403,
              headers: { 'content-type': 'text/html' },
              body: '<html><head><title>Just a moment...</title></head><body><div id="cf-chl-widget"></div></body></html>',
            }
          : replay(req),
    });
    try {
      await expect(
        createTbinternetAdapter({ baseUrl: challenged.baseUrl('tbinternet') }).reviews(
          ['CCPR'],
          { from: null, to: null },
          createCachedFetcher(http, createSourceCache()),
        ),
      ).rejects.toMatchObject({ code: 'RH_SOURCE_BLOCKED', status: 403 });
    } finally {
      await challenged.close();
    }
  });
});
