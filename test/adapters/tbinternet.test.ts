import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher, type SourceFetcher } from '../../adapters/_kit/fetcher.ts';
import { SourceHttpError } from '../../adapters/_kit/errors.ts';
import { createTbinternetAdapter, downloadUrl, searchUrl, TBINTERNET_DEFAULTS } from '../../adapters/tbinternet/index.ts';
import { formFields, parseDownloadPage, parseResultsPage } from '../../adapters/tbinternet/parse.ts';
import { toTbRecord } from '../../adapters/tbinternet/map.ts';
import { tbinternetReplay } from '../../adapters/tbinternet/replay.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/tbinternet/${path}`, import.meta.url), 'utf8');

describe('the Treaty Body Database pages, parsed', () => {
  it('reads the WebForms state a postback must carry back, and not the buttons', () => {
    const fields = formFields(fixture('search-form.html'));
    expect(Object.keys(fields)).toEqual([
      '__EVENTTARGET',
      '__EVENTARGUMENT',
      '__VIEWSTATE',
      '__VIEWSTATEGENERATOR',
      '__EVENTVALIDATION',
      'ctl00_ContentPlaceHolder1_rlbDocTypeCategory_ClientState',
    ]);
    expect(fields.__VIEWSTATE).toMatch(/^L3dFU/);
  });

  it('reads a results grid by its column headers, with the pager and its postback targets', () => {
    const page = parseResultsPage(fixture('results-1.html'), 'file');
    expect(page.rows).toHaveLength(5);
    expect(page.rows[0]).toEqual({
      title: 'R.D. v. Switzerland',
      treaty: 'CAT',
      country: 'Switzerland',
      symbol: 'CAT/C/51/D/426/2010',
      date: '08 Nov 2013',
      language: 'English',
    });
    expect(page.currentPage).toBe(1);
    expect([...page.pageTargets.keys()]).toEqual([1, 2, 3]);
    expect(page.pageTargets.get(2)).toBe('ctl00$ContentPlaceHolder1$radResultsGrid$ctl00$ctl03$ctl01$ctl03');
  });

  it('splits the States of a multi-State row and reads the communication number and session from the symbol', () => {
    const mjamo = parseResultsPage(fixture('results-3.html'), 'file').rows.find((r) => r.symbol === 'CAT/C/40/D/293/2006')!;
    expect(toTbRecord(mjamo)).toMatchObject({
      states: ['Canada', 'Mexico'],
      date: '2008-05-09',
      dateText: '09 May 2008',
      communicationNumber: '293/2006',
      session: '40',
      treaty: 'CAT',
      kindLabel: null,
    });
    expect(toTbRecord({ ...mjamo, title: 'Communications Nos. 258/2022 and 259/2022: Discontinuance' }).kindLabel).toBe('Discontinuance');
    // The database's "Type of decision" wordings (the 2016 juris export), however the title sets them off.
    for (const kind of [
      'Adoption of views',
      'Decision on merits',
      'Inadmissibility decision',
      'Revised decision on admissibility',
      'Discontinuance decision',
    ])
      expect(
        [`R.D. v. Switzerland: ${kind}`, `R.D. v. Switzerland - ${kind.toUpperCase()}`, `R.D. v. Switzerland (${kind})`].map((title) =>
          toTbRecord({ ...mjamo, title }).kindLabel?.toLowerCase(),
        ),
      ).toEqual([kind.toLowerCase(), kind.toLowerCase(), kind.toLowerCase()]);
    expect(toTbRecord({ ...mjamo, title: 'Kim v. Republic of Korea' }).kindLabel).toBeNull();
  });

  it('reads the kind the title names, and whether it is a discontinuance', () => {
    const mjamo = parseResultsPage(fixture('results-3.html'), 'file').rows.find((r) => r.symbol === 'CAT/C/40/D/293/2006')!;
    const read = (title: string) => toTbRecord({ ...mjamo, title });
    expect(read('R.D. v. Switzerland: Adoption of views')).toMatchObject({ kind: 'VIEWS', discontinued: false });
    expect(read('R.D. v. Switzerland (Inadmissibility decision)')).toMatchObject({ kind: 'INADMISSIBILITY' });
    expect(read('R.D. v. Switzerland - Revised decision on admissibility')).toMatchObject({ kind: 'ADMISSIBILITY' });
    expect(read('Communications Nos. 258/2022 and 259/2022: Discontinuance')).toMatchObject({ kind: 'DECISION', discontinued: true });
    expect(read('Kim v. Republic of Korea')).toMatchObject({ kind: null, discontinued: false });
  });

  it('refuses a page without the results grid as a parse error, not as no decisions', () => {
    expect(() => parseResultsPage(fixture('search-form.html'), 'file')).toThrow(/no results grid/);
    expect(() => parseResultsPage(fixture('results-1.html').replace('>Symbol</th>', '>Document</th>'), 'file')).toThrow(/no symbol column/);
  });

  it('lists the language versions of a symbol, and none for a symbol without files', () => {
    expect(parseDownloadPage(fixture('download/CAT_C_40_D_293_2006.html'), TBINTERNET_DEFAULTS.baseUrl)).toEqual([
      {
        language: 'English',
        format: '.pdf',
        url: expect.stringMatching(/^http:\/\/docstore\.ohchr\.org\/SelfServices\/FilesHandler\.ashx\?enc=/),
      },
    ]);
    expect(parseDownloadPage(fixture('download/no-files.html'), TBINTERNET_DEFAULTS.baseUrl)).toEqual([]);
  });

  it('builds the real search and Download.aspx addresses', () => {
    expect(searchUrl(TBINTERNET_DEFAULTS)).toBe('https://tbinternet.ohchr.org/_layouts/15/TreatyBodyExternal/TBSearch.aspx?Lang=en');
    expect(downloadUrl(TBINTERNET_DEFAULTS, 'CAT/C/40/D/293/2006')).toBe(
      'https://tbinternet.ohchr.org/_layouts/15/treatybodyexternal/Download.aspx?symbolno=CAT%2FC%2F40%2FD%2F293%2F2006&Lang=en',
    );
  });
});

describe('the Treaty Body Database jurisprudence search on loopback', () => {
  let server: ReplayServer;
  let http: HttpClient;
  let fetcher: SourceFetcher;
  beforeAll(async () => {
    server = await startReplayServer({ tbinternet: tbinternetReplay() });
    http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [] } });
    fetcher = createCachedFetcher(http, createSourceCache());
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('round-trips the ViewState: GET the form, POST the search with it, then POST each pager link with the state of the page it is on', async () => {
    const before = server.hits('tbinternet').length;
    const read = await createTbinternetAdapter({ baseUrl: server.baseUrl('tbinternet') }).jurisprudence(fetcher);
    expect(read.records).toHaveLength(15);
    expect(read.warnings).toEqual([]);
    expect(server.hits('tbinternet').slice(before)).toEqual([
      'GET /_layouts/15/TreatyBodyExternal/TBSearch.aspx?Lang=en',
      'POST /_layouts/15/TreatyBodyExternal/TBSearch.aspx?Lang=en',
      'POST /_layouts/15/TreatyBodyExternal/TBSearch.aspx?Lang=en',
      'POST /_layouts/15/TreatyBodyExternal/TBSearch.aspx?Lang=en',
    ]);
    expect(new Set(read.records.map((r) => r.record.symbol)).size).toBe(15);
  });

  const groupe = async () =>
    (await createTbinternetAdapter({ baseUrl: server.baseUrl('tbinternet') }).jurisprudence(fetcher)).records.find(
      (r) => r.record.symbol === 'CEDAW/C/44/D/12/2007',
    )?.record.title;

  it('decodes a results page served in windows-1252 by its declared charset, not as UTF-8', async () => {
    expect(await groupe()).toMatch(/^Groupe d.Intérêt pour le Matronyme v\. France$/);
  });

  it('decodes windows-1252 punctuation (0x92 is a right single quotation mark)', async () => {
    expect(await groupe()).toBe('Groupe d’Intérêt pour le Matronyme v. France');
  });

  it('stops at maxPages and says that later pages were not read', async () => {
    const read = await createTbinternetAdapter({ baseUrl: server.baseUrl('tbinternet'), maxPages: 2 }).jurisprudence(fetcher);
    expect(read.records).toHaveLength(10);
    expect(read.warnings).toEqual([
      'tbinternet: read the first 2 result pages only (maxPages); decisions listed on later pages are not included',
    ]);
  });

  it('gets ASP.NET’s server error for a postback without the ViewState the server issued, reported as RH_SOURCE_HTTP', async () => {
    const url = `${server.baseUrl('tbinternet')}/_layouts/15/TreatyBodyExternal/TBSearch.aspx?Lang=en`;
    const error = await http
      .postForm(url, new URLSearchParams({ __VIEWSTATE: 'forged', ctl00$ContentPlaceHolder1$btnSearch: 'Search' }), {
        source: 'tbinternet',
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceHttpError);
    expect(error).toMatchObject({ code: 'RH_SOURCE_HTTP', status: 500 });
  });

  it('reports a Cloudflare-style challenge to the postback as RH_SOURCE_BLOCKED, never as data', async () => {
    server.setFault('tbinternet', {
      kind: 'status',
      status: 403,
      headers: { 'content-type': 'text/html' },
      body: '<html><head><title>Just a moment...</title></head><body><div id="cf-chl-widget"></div></body></html>',
    });
    try {
      const url = `${server.baseUrl('tbinternet')}/_layouts/15/TreatyBodyExternal/TBSearch.aspx?Lang=en`;
      await expect(http.postForm(url, new URLSearchParams(), { source: 'tbinternet' })).rejects.toMatchObject({
        code: 'RH_SOURCE_BLOCKED',
        status: 403,
      });
      await expect(
        createTbinternetAdapter({ baseUrl: server.baseUrl('tbinternet') }).jurisprudence(createCachedFetcher(http, createSourceCache())),
      ).rejects.toMatchObject({ code: 'RH_SOURCE_BLOCKED' });
    } finally {
      server.setFault('tbinternet', undefined);
    }
  });
});
