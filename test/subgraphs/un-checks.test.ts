import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemChecks } from '../../subgraphs/checks.ts';
import { readFileSync } from 'node:fs';
import { MockAgent } from 'undici';
import { createHttpClient } from '../../adapters/_kit/http.ts';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const NO_RETRY = { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 1, statusCodes: [] };
const SEARCH = '/_layouts/15/TreatyBodyExternal/TBSearch.aspx?Lang=en';

describe('the UN sources’ live drift checks (offline: the live origins are mocked)', () => {
  let agent: MockAgent;
  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
  });
  afterEach(() => agent.close());
  const check = (source: string) => systemChecks('un').find((c) => c.source === source)!;
  const html = { headers: { 'content-type': 'text/html; charset=utf-8' } };

  it('counts the decisions of the first jurisprudence page, reached by posting the search form back with its ViewState', async () => {
    const tb = agent.get('https://tbinternet.ohchr.org');
    tb.intercept({ path: SEARCH, method: 'GET' }).reply(200, fixture('tbinternet/search-form.html'), html);
    tb.intercept({ path: SEARCH, method: 'POST', body: (b) => b.includes('__VIEWSTATE=L3dFU') && b.includes('btnSearch=Search') }).reply(
      200,
      fixture('tbinternet/results-1.html'),
      html,
    );
    await expect(check('tbinternet').run(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent }))).resolves.toEqual({
      records: 5,
      problems: [],
    });
  });

  it('reports drift when the search answers a page without the results grid', async () => {
    const tb = agent.get('https://tbinternet.ohchr.org');
    tb.intercept({ path: SEARCH, method: 'GET' }).reply(200, fixture('tbinternet/search-form.html'), html);
    tb.intercept({ path: SEARCH, method: 'POST' }).reply(
      200,
      '<html><body><form><input type="hidden" name="__VIEWSTATE" value="x" /></form></body></html>',
      html,
    );
    const result = await check('tbinternet').run(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent }));
    expect(result).toMatchObject({ records: 0, problems: [expect.stringMatching(/no results grid/)] });
  });

  it('counts the country visits the visits table lists, and reports drift when the table is gone', async () => {
    const sp = agent.get('https://spinternet.ohchr.org');
    sp.intercept({ path: '/ViewCountryVisits.aspx?visitType=all&Lang=en' }).reply(200, fixture('spinternet/country-visits.html'), html);
    await expect(check('spinternet').run(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent }))).resolves.toEqual({
      records: 68,
      problems: [],
    });
    sp.intercept({ path: '/ViewCountryVisits.aspx?visitType=all&Lang=en' }).reply(200, '<html><body>New site</body></html>', html);
    const result = await check('spinternet').run(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent }));
    expect(result.records).toBe(0);
    expect(result.problems).not.toEqual([]);
  });

  it('counts the States of the standing-invitations table, and reports a State name outside ISO 3166 or a missing table as drift', async () => {
    const sp = agent.get('https://spinternet.ohchr.org');
    const path = '/StandingInvitations.aspx?Lang=en';
    const page = fixture('spinternet/standing-invitations.html');
    sp.intercept({ path }).reply(200, page, html);
    await expect(
      check('spinternet-standing-invitations').run(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent })),
    ).resolves.toEqual({ records: 65, problems: [] });
    sp.intercept({ path }).reply(200, page.replace('<td>Mexico</td>', '<td>Kosovo*</td>'), html);
    await expect(
      check('spinternet-standing-invitations').run(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent })),
    ).resolves.toEqual({ records: 65, problems: [expect.stringMatching(/not in ISO 3166.*: Kosovo\*$/)] });
    sp.intercept({ path }).reply(200, '<html><body>New site</body></html>', html);
    await expect(
      check('spinternet-standing-invitations').run(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent })),
    ).resolves.toMatchObject({ records: 0, problems: [expect.stringMatching(/no standing-invitations table/)] });
  });

  it('reads the first follow-up report: its Download.aspx row, its English PDF, its graded paragraphs; a PDF that is not one is drift', async () => {
    const tb = agent.get('https://tbinternet.ohchr.org');
    const download = '/_layouts/15/treatybodyexternal/Download.aspx?symbolno=CCPR%2FC%2F145%2F2%2FAdd.1&Lang=en';
    const pdfPath = '/_layouts/15/treatybodyexternal/DownloadDraft.aspx?key=CCPR%2FC%2F145%2F2%2FAdd.1';
    const pdf = { headers: { 'content-type': 'application/pdf' } };
    tb.intercept({ path: download }).reply(200, fixture('tbinternet/download/CCPR_C_145_2_Add.1.html'), html);
    tb.intercept({ path: pdfPath }).reply(
      200,
      readFileSync(new URL('../fixtures/ccpr-follow-up/CCPR_C_145_2_Add.1.pdf', import.meta.url)),
      pdf,
    );
    await expect(check('ccpr-follow-up').run(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent }))).resolves.toEqual({
      records: 3,
      problems: [],
    });
    tb.intercept({ path: download }).reply(200, fixture('tbinternet/download/CCPR_C_145_2_Add.1.html'), html);
    tb.intercept({ path: pdfPath }).reply(200, '<html><body>Maintenance</body></html>', html);
    await expect(check('ccpr-follow-up').run(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent }))).resolves.toMatchObject({
      records: 0,
      problems: [expect.stringMatching(/other than a PDF/)],
    });
  });

  it('counts the communications of the listing’s first page, and reports a page without the grid or a row it cannot read as drift', async () => {
    const site = agent.get('https://spcommreports.ohchr.org');
    const path = '/LatestReports/CommunicationSent';
    const page = fixture('spcommreports/communication-sent-page-1.html');
    const run = () => check('spcommreports').run(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent }));
    site.intercept({ path }).reply(200, page, html);
    await expect(run()).resolves.toEqual({ records: 10, problems: [] });
    site.intercept({ path }).reply(200, page.replace('<ul>27 Feb 2026</ul>', '<ul>Feb 27th</ul>').replace(/of 42 items/, ''), html);
    await expect(run()).resolves.toEqual({
      records: 10,
      problems: [expect.stringMatching(/without a readable date.*gId 30774\)$/), expect.stringMatching(/pager states no count/)],
    });
    site.intercept({ path }).reply(200, '<html><body>New site</body></html>', html);
    await expect(run()).resolves.toMatchObject({ records: 0, problems: [expect.stringMatching(/no communications grid/)] });
  });
});
