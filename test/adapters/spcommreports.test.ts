import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseListingPage } from '../../adapters/spcommreports/parse.ts';
import { communicationTypeOf, dayOf, toSpCommunicationRecord, typeCodeOf } from '../../adapters/spcommreports/map.ts';
import { createSpcommreportsAdapter, listingUrl, SPCOMMREPORTS_DEFAULTS } from '../../adapters/spcommreports/index.ts';
import { validateSpcommreportsConfig } from '../../adapters/spcommreports/config.ts';
import { createHttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { spcommreportsReplay } from '../../adapters/spcommreports/replay.ts';

const PAGES = [1, 2, 3, 4, 5].map((n) =>
  readFileSync(new URL(`../fixtures/spcommreports/communication-sent-page-${n}.html`, import.meta.url), 'utf8'),
);
const BASE = SPCOMMREPORTS_DEFAULTS.baseUrl;

/** One listing row in the page's structure, for the variance cases: the first cell's parts given as written. */
function listing(
  rows: { id?: string; parts: string[]; mandates?: string[]; summary?: string }[],
  pager = '<span class="k-pager-info k-label">1 - 1 of 1 items</span>',
): string {
  const body = rows
    .map(
      (r) =>
        `${r.id ? `<tr data-id="${r.id}"></tr>` : ''}<tr><td>${r.parts.map((p) => `<ul>${p}</ul>`).join('')}</td>` +
        `<td><ul>${(r.mandates ?? []).map((m) => `<li>${m}</li>`).join('')}</ul></td><td>${r.summary ?? ''}</td><td></td></tr>`,
    )
    .join('\n');
  return `<table><thead><tr><th>Date / Addressee / Type / Ref. No.</th><th>Mandates</th><th>Summary</th><th>Replies received</th></tr></thead><tbody>${body}</tbody></table>${pager}`;
}
const link = (gId: string, ref: string) => `<a href="/TMResultsBase/DownLoadPublicCommunicationFile?gId=${gId}">${ref}</a>`;

describe('the "Communications sent" listing, parsed and mapped', () => {
  const records = PAGES.flatMap((html, i) => parseListingPage(html, listingUrl(SPCOMMREPORTS_DEFAULTS, i + 1)).rows).map((r) =>
    toSpCommunicationRecord(r, BASE),
  );

  it('reads the 42 real communications of the July 2026 capture, newest first, each once, and the pager’s count', () => {
    expect(records).toHaveLength(42);
    expect(new Set(records.map((r) => r.gId)).size).toBe(42);
    expect([records[0].gId, records[41].gId]).toEqual(['30774', '30464']);
    expect(records.map((r) => r.date)).toEqual(
      records
        .map((r) => r.date)
        .sort()
        .reverse(),
    );
    expect(parseListingPage(PAGES[0], 'page 1')).toMatchObject({ listed: 42, pageSize: 10 });
    expect(parseListingPage(PAGES[4], 'page 5').rows).toHaveLength(2);
  });

  it('reads the joint allegation letter to Australia with its five mandates, its date and its file', () => {
    expect(records[0]).toEqual({
      gId: '30774',
      code: 'JAL AUS 2/2026',
      reference: 'AUS 2/2026',
      referencePrefix: 'AUS',
      communicationType: 'ALLEGATION_LETTER',
      typeLabel: 'JAL',
      date: '2026-02-27',
      sourceDate: '27 Feb 2026',
      addressee: 'Australia',
      mandates: [
        'terrorism',
        'freedom of opinion and expression',
        'freedom of peaceful assembly and of association',
        'human rights defenders',
        'Palestinian territories occupied since 1967',
      ],
      summary: expect.stringMatching(/^Information received concerning restrictions on the right to protest .* Alleged victims: -$/),
      documentUrl: 'https://spcommreports.ohchr.org/TMResultsBase/DownLoadPublicCommunicationFile?gId=30774',
    });
  });

  it('reads every type of the sample: JAL, AL, UA and JUA', () => {
    const byType = Object.fromEntries(records.map((r) => [r.typeLabel, r.communicationType]));
    expect(byType).toEqual({ JAL: 'ALLEGATION_LETTER', AL: 'ALLEGATION_LETTER', UA: 'URGENT_APPEAL', JUA: 'URGENT_APPEAL' });
    expect(records.find((r) => r.gId === '30606')).toMatchObject({
      code: 'UA IRN 21/2025',
      addressee: 'Iran (Islamic Republic of)',
      mandates: ['Iran (Islamic Republic of)'],
    });
  });

  it('keeps a company addressee as printed, its reference prefixed OTH', () => {
    expect(records.find((r) => r.gId === '30599')).toMatchObject({
      code: 'JAL OTH 157/2025',
      referencePrefix: 'OTH',
      addressee: 'Aylo Holdings S.A.R.L.',
    });
    expect(records.filter((r) => r.referencePrefix === 'OTH')).toHaveLength(18);
  });
});

describe('the listing’s variance', () => {
  it('normalizes the type in any case and spacing, abbreviated or spelt out, and keeps an unknown one as OTHER', () => {
    expect(['JAL', ' jal ', 'Joint  Allegation Letter', 'allegation letter', 'AL'].map(communicationTypeOf)).toEqual(
      Array(5).fill('ALLEGATION_LETTER'),
    );
    expect(['UA', 'jua', 'Joint urgent appeal', 'URGENT APPEAL'].map(communicationTypeOf)).toEqual(Array(4).fill('URGENT_APPEAL'));
    expect(['OL', 'JOL', 'other letter', 'Joint other letter'].map(communicationTypeOf)).toEqual(Array(4).fill('OTHER_LETTER'));
    expect(['PR', 'Press release', '', 'jallegation letter'].map(communicationTypeOf)).toEqual(Array(4).fill('OTHER'));
    expect(typeCodeOf('Joint  urgent appeal')).toBe('JUA');
  });

  it('reads the dates the site may print, and no impossible day', () => {
    expect(['27 Feb 2026', '27 February 2026', '27-Feb-2026', '2026-02-27', '27/02/2026', '27 feb. 2026'].map(dayOf)).toEqual(
      Array(6).fill('2026-02-27'),
    );
    expect(['31 Feb 2026', '27 Febr 2026', '', 'February 2026', '2026-13-01'].map(dayOf)).toEqual(Array(5).fill(null));
  });

  it('tells the first cell’s parts apart by their form, in any order, with a spelt-out or unknown type kept as written', () => {
    const html = listing([
      { id: '1', parts: [link('1', 'CAN 3/2026'), 'Joint  urgent appeal', '2 March 2026', 'Canada'], mandates: ['housing'] },
      { id: '2', parts: ['5 Jan 2026', 'Glencore plc', 'PR', link('2', 'OTH 1/2026')] },
    ]);
    const [canada, glencore] = parseListingPage(html, 'x').rows.map((r) => toSpCommunicationRecord(r, BASE));
    expect(canada).toMatchObject({
      code: 'JUA CAN 3/2026',
      typeLabel: 'Joint urgent appeal',
      communicationType: 'URGENT_APPEAL',
      date: '2026-03-02',
      addressee: 'Canada',
      mandates: ['housing'],
    });
    expect(glencore).toMatchObject({
      code: 'PR OTH 1/2026',
      typeLabel: 'PR',
      communicationType: 'OTHER',
      addressee: 'Glencore plc',
      referencePrefix: 'OTH',
    });
  });

  it('keeps a row with missing parts: no type (taken from a reference printed with it), no date, no addressee, no link, no mandates', () => {
    const html = listing([
      { id: '3', parts: ['1 Dec 2025', 'France', 'JOL FRA 4/2025'] },
      { id: '4', parts: ['JAL', link('4', 'USA 9/2025')], summary: 'Information received. More details…' },
      { parts: ['2 Dec 2025', 'Kenya', 'UA', link('5', 'KEN 1/2025')] },
      { parts: ['3 Dec 2025', 'Kenya', 'UA', 'KEN 2/2025'] },
    ]);
    const rows = parseListingPage(html, 'x').rows.map((r) => toSpCommunicationRecord(r, BASE));
    expect(rows.map((r) => r.gId)).toEqual(['3', '4', '5']);
    expect(rows[0]).toMatchObject({
      code: 'JOL FRA 4/2025',
      typeLabel: 'JOL',
      communicationType: 'OTHER_LETTER',
      reference: 'FRA 4/2025',
      documentUrl: null,
      mandates: [],
    });
    expect(rows[1]).toMatchObject({
      code: 'JAL USA 9/2025',
      date: null,
      sourceDate: null,
      addressee: null,
      summary: 'Information received.',
    });
    expect(rows[2]).toMatchObject({ gId: '5', documentUrl: `${BASE}/TMResultsBase/DownLoadPublicCommunicationFile?gId=5` });
  });

  it('reads mandates one a line where the cell has no list', () => {
    const html = listing([{ id: '7', parts: ['9 Jan 2026', 'Peru', 'AL', link('7', 'PER 1/2026')] }]).replace(
      '<td><ul></ul></td>',
      '<td>housing<br/>  independence of judges and lawyers\n</td>',
    );
    expect(parseListingPage(html, 'x').rows[0].mandates).toEqual(['housing', 'independence of judges and lawyers']);
  });

  it('reads the count from the pager’s label, not from a summary that happens to hold such words', () => {
    const html = listing(
      [{ id: '8', parts: ['9 Jan 2026', 'Peru', 'AL', link('8', 'PER 2/2026')], summary: 'Cases 1 - 3 of 12 items seized.' }],
      '<div class="k-pager-wrap"><span class="k-pager-info k-label">1 - 10 of 193 items</span></div>',
    );
    expect(parseListingPage(html, 'x')).toMatchObject({ listed: 193, pageSize: 10 });
  });

  it('decodes entities and collapses white space in every part', () => {
    const html = listing([
      {
        id: '6',
        parts: ['9  Jan\n 2026', 'C&#244;te d&#8217;Ivoire &amp; Co', 'AL', link('6', 'OTH  2/2026')],
        mandates: ['  human rights\n defenders '],
      },
    ]);
    expect(toSpCommunicationRecord(parseListingPage(html, 'x').rows[0], BASE)).toMatchObject({
      date: '2026-01-09',
      addressee: 'Côte d’Ivoire & Co',
      code: 'AL OTH 2/2026',
      mandates: ['human rights defenders'],
    });
  });

  it('states the count of an empty grid, and none when the pager says nothing', () => {
    expect(
      parseListingPage(listing([], '<div class="k-pager-wrap"><span class="k-pager-info">No items to display</span></div>'), 'x'),
    ).toEqual({ rows: [], listed: 0, pageSize: null });
    expect(parseListingPage(listing([]), 'x').listed).toBe(1);
    expect(parseListingPage(listing([], ''), 'x')).toEqual({ rows: [], listed: null, pageSize: null });
  });

  it('reads the rows in the live page’s known order where the grid has no header naming its columns', () => {
    const headless = PAGES[0].replace(/<thead>[\s\S]*?<\/thead>/, '');
    expect(parseListingPage(headless, 'u').rows).toEqual(parseListingPage(PAGES[0], 'u').rows);
  });

  it('refuses a page with neither the grid’s header nor its rows as a parse error', () => {
    expect(() => parseListingPage('<html><body>Service unavailable</body></html>', 'u')).toThrow(/no communications grid/);
    expect(() => parseListingPage('<table><tr><th>Title</th></tr><tr><td>News</td></tr></table>', 'u')).toThrow(/no communications grid/);
  });

  it('builds the real page addresses and checks its settings', () => {
    expect(listingUrl(SPCOMMREPORTS_DEFAULTS, 1)).toBe('https://spcommreports.ohchr.org/LatestReports/CommunicationSent');
    expect(listingUrl(SPCOMMREPORTS_DEFAULTS, 3)).toBe('https://spcommreports.ohchr.org/LatestReports/CommunicationSent?page=3');
    expect(() => validateSpcommreportsConfig({ maxPages: 0 })).toThrow(/maxPages must be a positive integer/);
    expect(() => validateSpcommreportsConfig({ baseUrl: 'spcommreports.ohchr.org' })).toThrow(/http\(s\) URL/);
  });
});

describe('reading the listing page by page over HTTP (replay server on loopback)', () => {
  let server: ReplayServer;
  beforeAll(async () => {
    server = await startReplayServer({ spcommreports: spcommreportsReplay() });
  });
  afterAll(() => server.close());
  const read = (window: Parameters<ReturnType<typeof createSpcommreportsAdapter>['communications']>[1], config = {}) => {
    const fetcher = createCachedFetcher(createHttpClient(), createSourceCache());
    return createSpcommreportsAdapter({ baseUrl: server.baseUrl('spcommreports'), ...config }).communications(fetcher, window);
  };
  const pagesAsked = (before: number) => server.hits('spcommreports').slice(before);

  it('reads to the pager’s last page, and no further', async () => {
    const before = server.hits('spcommreports').length;
    const all = await read({ from: null });
    expect(all).toMatchObject({ listed: 42, ended: 'end', warnings: [] });
    expect(all.records).toHaveLength(42);
    expect(pagesAsked(before).sort()).toEqual([
      'GET /LatestReports/CommunicationSent',
      ...[2, 3, 4, 5].map((n) => `GET /LatestReports/CommunicationSent?page=${n}`),
    ]);
  });

  it('stops after the batch of pages that goes past the window’s start', async () => {
    const listing = await read({ from: '2026-02-01' }, { pagesAtOnce: 1 });
    expect(listing.ended).toBe('past-from');
    expect(listing.fetched.map((f) => f.url.replace(/^.*CommunicationSent/, ''))).toEqual(['', '?page=2']);
  });

  it('stops as soon as the caller has enough, and at maxPages with a warning', async () => {
    const enough = await read({ from: null, enough: (rs) => rs.length >= 10 });
    expect(enough).toMatchObject({ ended: 'enough', listed: 42 });
    expect(enough.fetched).toHaveLength(1);
    const capped = await read({ from: null }, { maxPages: 2, pagesAtOnce: 1 });
    expect(capped).toMatchObject({ ended: 'max-pages', warnings: [expect.stringMatching(/first 2 listing pages only/)] });
    expect(capped.records).toHaveLength(20);
  });

  it('fails with RH_SOURCE_PARSE when the site answers a page without the grid, RH_SOURCE_HTTP when it is down', async () => {
    server.setFault('spcommreports', { kind: 'garbage', contentType: 'text/html', body: '<html><body>Maintenance</body></html>' });
    await expect(read({ from: null })).rejects.toMatchObject({ code: 'RH_SOURCE_PARSE' });
    server.setFault('spcommreports', { kind: 'status', status: 500 });
    await expect(read({ from: null })).rejects.toMatchObject({ code: 'RH_SOURCE_HTTP' });
    server.setFault('spcommreports', undefined);
  });
});
