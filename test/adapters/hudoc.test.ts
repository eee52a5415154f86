import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import type { AdapterQuery } from '../../adapters/_kit/types.ts';
import { createHudocAdapter, defineHudocSite, HUDOC_SITES, type HudocSiteConfig } from '../../adapters/hudoc/index.ts';
import { validateHudocSiteConfig } from '../../adapters/hudoc/config.ts';
import { hudocQuery, hudocQueryUrl, hudocRssUrl } from '../../adapters/hudoc/fetch.ts';
import { mapHudocRecord } from '../../adapters/hudoc/map.ts';
import { parseHudocResults, type HudocColumns } from '../../adapters/hudoc/parse.ts';
import { idFromLink, parseHudocRss } from '../../adapters/hudoc/rss.ts';
import { fromDayMonthYear, fromRfc822, instantFromRfc822 } from '../../adapters/hudoc/dates.ts';
import { groupSections, grevioDescription, monitoringItemOf } from '../../adapters/hudoc/items.ts';
import { slicesOf, splitRange, type HudocWindow } from '../../adapters/hudoc/window.ts';
import { hudocReplay } from '../../adapters/hudoc/replay.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';

const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url);
const RECORDS: HudocColumns[] = JSON.parse(readFileSync(fixture('hudoc-echr/records.json'), 'utf8'));
const ECHR = HUDOC_SITES.echr;
const ALL: AdapterQuery = { countries: [], from: null, to: null, text: null, offset: 0, limit: 100 };
const NO_RETRY = { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [503] };

/** Every captured sub-site with the id key its RSS links carry. */
const RSS_SITES: { site: string; idKey: string; builtOn: string }[] = [
  { site: 'echr', idKey: 'itemid', builtOn: '2025-05-25' },
  { site: 'exec', idKey: 'execidentifier', builtOn: '2025-05-25' },
  { site: 'cpt', idKey: 'cptsectionid', builtOn: '2025-05-25' },
  { site: 'esc', idKey: 'escdcidentifier', builtOn: '2025-05-25' },
  { site: 'ecri', idKey: 'ecriidentifier', builtOn: '2025-05-29' },
  { site: 'greta', idKey: 'gretaidentifier', builtOn: '2025-05-29' },
  { site: 'grevio', idKey: 'greviosectionid', builtOn: '2025-05-25' },
  { site: 'commhr', idKey: 'commhridentifier', builtOn: '2025-05-25' },
  { site: 'greco', idKey: 'grecosectionid', builtOn: '2025-05-25' },
  { site: 'ecrml', idKey: 'ecrmlsectionid', builtOn: '2025-05-25' },
  { site: 'fcnm', idKey: 'fcnmsectionid', builtOn: '2025-05-25' },
];
const rss = (site: string) => readFileSync(fixture(`hudoc-rss/${site}.xml`), 'utf8');
const feedOf = (site: string, idKey: string) => parseHudocRss(rss(site), idKey, `hudoc-${site}`, `file:${site}.xml`);

/** The order HUDOC is asked for: kpdate descending, then itemid ascending. */
const expectedOrder = (rows: HudocColumns[]) =>
  [...rows]
    .sort((a, b) => String(b.kpdate).localeCompare(String(a.kpdate)) || String(a.itemid).localeCompare(String(b.itemid)))
    .map((r) => r.itemid);

describe('HUDOC JSON results', () => {
  const envelope = (rows: HudocColumns[]) => JSON.stringify({ resultcount: rows.length, results: rows.map((columns) => ({ columns })) });

  it('reads the recorded columns of a Grand Chamber judgment into typed fields', () => {
    const [grosam] = parseHudocResults(envelope(RECORDS.slice(0, 1)), 'hudoc-echr', 'u').rows;
    expect(mapHudocRecord(grosam, ECHR)).toMatchObject({
      id: '001-225231',
      title: 'CASE OF GROSAM v. THE CZECH REPUBLIC',
      appNumbers: ['19750/13'],
      respondents: ['CZE'],
      date: '2023-06-01',
      sourceDate: null,
      judgmentDate: '2023-06-01',
      importance: 1,
      violations: [],
      nonViolations: [],
      articles: ['35', '35-1', '35-3-a', '6', '6-1', 'P7-2'],
      ecli: 'ECLI:CE:ECHR:2023:0601JUD001975013',
      language: 'ENG',
      docType: 'HEJUD',
      docTypeBranch: 'GRANDCHAMBER',
      collections: ['CASELAW', 'JUDGMENTS', 'GRANDCHAMBER', 'ENG'],
      originatingBody: '8',
      typeDescription: '15',
    });
  });

  it('reads numbers the way live HUDOC sends them, as strings, to the same record', () => {
    const asNumbers = RECORDS[1];
    const asStrings = { ...asNumbers, importance: '4', originatingbody: '29', typedescription: '15', languagenumber: '10' };
    expect(mapHudocRecord(asStrings, ECHR)).toEqual(mapHudocRecord(asNumbers, ECHR));
    expect(mapHudocRecord(asStrings, ECHR)).toMatchObject({ importance: 4, violations: ['3'], nonViolations: ['34'] });
  });

  it('splits the eighteen application numbers of a communicated case and leaves its empty dates null', () => {
    const galkin = mapHudocRecord(RECORDS[6], ECHR);
    expect(galkin.appNumbers).toHaveLength(18);
    expect(galkin).toMatchObject({ docType: 'HECOM', judgmentDate: null, originatingBody: null, ecli: null, conclusion: 'Communicated' });
  });

  it('keeps the text of an implausible date and does not use it as a date', () => {
    expect(mapHudocRecord({ ...RECORDS[0], kpdate: '2204-06-25T00:00:00' }, ECHR)).toMatchObject({
      date: null,
      sourceDate: '2204-06-25T00:00:00',
    });
  });

  it('rejects an HTML page with RH_SOURCE_PARSE naming the URL', () => {
    expect(() =>
      parseHudocResults('<!DOCTYPE html><html><body>Error</body></html>', 'hudoc-echr', 'https://hudoc.echr.coe.int/app/query/results?x'),
    ).toThrow(expect.objectContaining({ code: 'RH_SOURCE_PARSE', url: 'https://hudoc.echr.coe.int/app/query/results?x' }));
  });

  it('rejects JSON of another shape with RH_SOURCE_PARSE', () => {
    expect(() => parseHudocResults('{"results":[]}', 'hudoc-echr', 'u')).toThrow(expect.objectContaining({ code: 'RH_SOURCE_PARSE' }));
  });
});

describe('HUDOC RSS', () => {
  for (const { site, idKey, builtOn } of RSS_SITES)
    it(`reads the 70 items of the ${site} feed with their ${idKey}, each once`, () => {
      const feed = feedOf(site, idKey);
      // The GRECO and FCNM feeds repeat some sections (same id, same text): each is returned once.
      const ids = [...rss(site).matchAll(/<link>[^<]*"\]\}<\/link>/g)].map((m) => m[0]);
      expect(ids).toHaveLength(70);
      expect(feed.items).toHaveLength(new Set(ids).size);
      expect(feed.items.every((i) => i.id !== '' && i.title !== '' && i.link.startsWith(`http://hudoc.${site}.coe.int/eng#`))).toBe(true);
      expect(feed.builtOn).toBe(builtOn);
    });

  it('reads the ECHR item id, the joined application numbers and the trimmed title', () => {
    const items = feedOf('echr', 'itemid').items;
    expect(items[2]).toEqual({
      id: '001-243483',
      title: 'CASE OF DE GALBERT DEFFOREY AND OTHERS v. FRANCE',
      description: '45443/21;45483/21;8701/23 - Chamber Judgment',
      date: '2025-05-22',
      sourceDate: null,
      publishedAt: '2025-05-22T00:00:00.000Z',
      link: 'http://hudoc.echr.coe.int/eng#{"itemid":["001-243483"]}',
    });
    expect(items.find((i) => i.id === '001-242521')?.title).toBe('CASE OF SHIPS WASTE OIL COLLECTOR B.V. AND OTHERS v. THE NETHERLANDS');
  });

  it("keeps ECRI's pubDate in the year 2204 as text and gives no date", () => {
    const item = feedOf('ecri', 'ecriidentifier').items.find((i) => i.id === 'BIH-PR-VI-2024-433-ENG');
    expect(item).toMatchObject({ date: null, sourceDate: 'Mon, 25 Jun 2204 00:00:00 GMT' });
  });

  it("keeps FCNM's pubDate 0001-01-01 as text and gives no date", () => {
    expect(feedOf('fcnm', 'fcnmsectionid').items[0]).toMatchObject({
      id: '5th_OP_Ireland_EN-1',
      date: null,
      sourceDate: 'Mon, 01 Jan 0001 00:00:00 GMT',
    });
  });

  it("uses the description as the title where GREVIO's title is empty", () => {
    const first = feedOf('grevio', 'greviosectionid').items[0];
    expect(rss('grevio')).toContain('<item><title></title>');
    expect(first.title).toBe(first.description);
    expect(first.title).toMatch(/^First General Report on GREVIO's Activities/);
  });

  it('reads one CPT item per report section with its section id', () => {
    expect(feedOf('cpt', 'cptsectionid').items[0]).toMatchObject({
      id: 'p-ltu-20240212-en-1',
      title: 'I. Introduction / A. The visit, the report and follow-up',
      description: 'Lithuania: visit 2024 - 1/12',
      date: '2024-07-08',
    });
  });

  it("finds no id under another site's key", () => {
    expect(idFromLink('http://hudoc.echr.coe.int/eng#{"itemid":["001-243188"]}', 'cptsectionid')).toBe('');
    expect(() => feedOf('echr', 'cptsectionid')).toThrow(expect.objectContaining({ code: 'RH_SOURCE_INSANE' }));
  });

  it('rejects an HTML page with RH_SOURCE_PARSE naming the URL', () => {
    expect(() =>
      parseHudocRss(
        '<html><body>Down for maintenance</body></html>',
        'itemid',
        'hudoc-echr',
        'https://hudoc.echr.coe.int/app/transform/rss',
      ),
    ).toThrow(expect.objectContaining({ code: 'RH_SOURCE_PARSE', url: 'https://hudoc.echr.coe.int/app/transform/rss' }));
  });
});

describe('HUDOC data quirks', () => {
  it('reads RSS channel dates written dd/mm/yyyy and judgment dates with a time', () => {
    expect(fromDayMonthYear('29/05/2025')).toEqual({ date: '2025-05-29', sourceDate: null });
    expect(fromDayMonthYear('01/06/2023 00:00:00')).toEqual({ date: '2023-06-01', sourceDate: null });
    expect(feedOf('ecri', 'ecriidentifier').builtOn).toBe('2025-05-29');
  });

  it("gives ECRI's year 2204 and FCNM's year 0001 no date and no instant, keeping the text", () => {
    for (const raw of ['Mon, 25 Jun 2204 00:00:00 GMT', 'Mon, 01 Jan 0001 00:00:00 GMT']) {
      expect(fromRfc822(raw)).toEqual({ date: null, sourceDate: raw });
      expect(instantFromRfc822(raw)).toBeNull();
    }
  });

  it('keeps the time of an EXEC pubDate as an instant for "what is new since"', () => {
    expect(instantFromRfc822('Thu, 22 May 2025 16:11:40 GMT')).toBe('2025-05-22T16:11:40.000Z');
    expect(feedOf('exec', 'execidentifier').items[0].publishedAt).toBe('2025-05-22T16:11:40.000Z');
  });

  it('reads a resultcount sent as a string like one sent as a number', () => {
    const rows = [{ itemid: '001-242070', importance: '4' }];
    expect(parseHudocResults(JSON.stringify({ resultcount: '1', results: [{ columns: rows[0] }] }), 'hudoc-echr', 'u')).toEqual(
      parseHudocResults(JSON.stringify({ resultcount: 1, results: [{ columns: rows[0] }] }), 'hudoc-echr', 'u'),
    );
  });
});

describe('HUDOC sub-site items', () => {
  it('reads the cycle, State and category of ECRI and GRETA items, an empty part as null', () => {
    const ecri = feedOf('ecri', 'ecriidentifier').items;
    expect(monitoringItemOf(ecri[1])).toMatchObject({ cycle: 'VI', state: 'Bulgaria', category: 'Interim Follow-up Conclusions' });
    expect(monitoringItemOf(ecri.find((i) => i.id === 'REC-17-2023-30-ENG')!)).toMatchObject({
      cycle: null,
      state: null,
      category: 'General Policy Recommendations',
    });
    expect(monitoringItemOf(ecri.find((i) => i.id === 'CYP-DEN-EST-HU-MON-PR-VI-2024-441-ENG')!)).toMatchObject({
      cycle: 'VI',
      state: null,
      category: 'Press Releases',
    });
    expect(monitoringItemOf(feedOf('greta', 'gretaidentifier').items[0])).toMatchObject({
      cycle: '3',
      state: 'Liechtenstein',
      category: 'Country Reports',
    });
  });

  it('groups report sections by report id, in part order', () => {
    const reports = groupSections(feedOf('grevio', 'greviosectionid').items);
    const spain = reports.find(([id]) => id === 'GREVIO(2024)11_Spain_First_thematic_evaluation_report_eng')!;
    expect(spain[1].map((s) => s.part)).toEqual(Array.from({ length: 24 }, (_, i) => i));
    expect(groupSections(feedOf('greta', 'gretaidentifier').items).map(([id, sections]) => [id, sections.length])).toEqual([
      ['LIE-REP-3-2025--ENG', 23],
      ['CHE-REP-3-2024--ENG', 26],
      ['MCO-REP-3-2024--ENG', 21],
    ]);
  });

  it('takes the part off a GREVIO description', () => {
    expect(grevioDescription('First thematic evaluation report - SWEDEN - 1/23')).toEqual({
      text: 'First thematic evaluation report - SWEDEN',
      part: '1/23',
    });
    expect(grevioDescription('First thematic evaluation report - 0')).toEqual({ text: 'First thematic evaluation report', part: '0' });
  });
});

describe('HUDOC query URLs', () => {
  it("builds HUDOC's own query form for one State and a date range, the upper bound exclusive at the next midnight", () => {
    expect(hudocQuery(ECHR, { countries: ['SVN'], from: '2020-01-01', to: '2024-12-31' })).toBe(
      'contentsitename:ECHR AND (NOT (doctype=PR OR doctype=HFCOMOLD OR doctype=HECOMOLD)) AND ((respondent="SVN"))' +
        ' AND (kpdate>="2020-01-01T00:00:00.0Z" AND kpdate<"2025-01-01T00:00:00.0Z")',
    );
  });

  it('joins several States with OR and leaves out absent bounds', () => {
    expect(hudocQuery(ECHR, { countries: ['SVN', 'TUR'], from: '2024-01-01', to: null })).toBe(
      'contentsitename:ECHR AND (NOT (doctype=PR OR doctype=HFCOMOLD OR doctype=HECOMOLD)) AND ((respondent="SVN" OR respondent="TUR"))' +
        ' AND (kpdate>="2024-01-01T00:00:00.0Z")',
    );
  });

  it('asks for the selected columns, newest first with itemid breaking ties, from start for length rows', () => {
    const url = new URL(hudocQueryUrl(ECHR, { countries: [], from: null, to: null }, 500, 250));
    expect(url.origin + url.pathname).toBe('https://hudoc.echr.coe.int/app/query/results');
    expect(url.searchParams.get('sort')).toBe('kpdate Descending,itemid Ascending');
    expect(url.searchParams.get('select')?.split(',')).toEqual(
      expect.arrayContaining(['itemid', 'appno', 'respondent', 'kpdate', 'importance']),
    );
    expect([url.searchParams.get('start'), url.searchParams.get('length')]).toEqual(['500', '250']);
  });

  it("builds each sub-site's RSS URL from its library and content site name", () => {
    expect(hudocRssUrl(HUDOC_SITES.cpt)).toBe(
      'https://hudoc.cpt.coe.int/app/transform/rss?library=cpteng&query=contentsitename%3ACPT&sort=&start=1',
    );
    expect(hudocRssUrl(defineHudocSite({ site: 'greta', idKey: 'gretaidentifier' }))).toContain(
      'https://hudoc.greta.coe.int/app/transform/rss?library=gretaeng&',
    );
  });

  it('refuses a config whose page is larger than the cap, naming the key', () => {
    expect(() => validateHudocSiteConfig({ ...ECHR, pageSize: 600, maxHitsPerQuery: 500 })).toThrow(
      /adapters\.hudoc-echr\.pageSize \(600\)/,
    );
    expect(() => validateHudocSiteConfig({ ...ECHR, baseUrl: 'hudoc.echr.coe.int' })).toThrow(/adapters\.hudoc-echr\.baseUrl/);
  });
});

describe('HUDOC date windows', () => {
  it('halves a range at its middle day, newer half first', () => {
    expect(splitRange({ from: '2024-01-01', to: '2024-01-10' })).toEqual([
      { from: '2024-01-06', to: '2024-01-10' },
      { from: '2024-01-01', to: '2024-01-05' },
    ]);
    expect(splitRange({ from: '2024-01-01', to: '2024-01-02' })).toEqual([
      { from: '2024-01-02', to: '2024-01-02' },
      { from: '2024-01-01', to: '2024-01-01' },
    ]);
    expect(splitRange({ from: '2024-01-01', to: '2024-01-01' })).toBeNull();
  });

  it('reads an offset range across windows laid end to end, at most a page per request', () => {
    const w: HudocWindow[] = [
      { from: null, to: null, count: 3 },
      { from: null, to: null, count: 4 },
    ];
    expect(slicesOf(w, 2, 4, 2).map((s) => [w.indexOf(s.window), s.start, s.length])).toEqual([
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 1],
    ]);
  });
});

describe('HUDOC search over the replay server', () => {
  let server: ReplayServer;
  let http: HttpClient;
  const fetcher = () => createCachedFetcher(http, createSourceCache());
  const echr = (extra: Partial<HudocSiteConfig> = {}, mount = 'hudoc-echr') =>
    createHudocAdapter({ ...ECHR, baseUrl: server.baseUrl(mount), ...extra });

  beforeAll(async () => {
    server = await startReplayServer({
      'hudoc-echr': hudocReplay({ records: RECORDS, rssFile: fixture('hudoc-rss/echr.xml') }),
      'hudoc-echr-capped': hudocReplay({ records: RECORDS, maxHits: 5 }),
      'hudoc-ecri': hudocReplay({ rssFile: fixture('hudoc-rss/ecri.xml'), contentSiteName: 'ECRI' }),
    });
    http = createHttpClient({ retry: NO_RETRY });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('returns Gorše v. Slovenia for Slovenia', async () => {
    const page = await echr().search({ ...ALL, countries: ['SVN'] }, fetcher());
    expect(page.total).toBe(1);
    expect(page.rows.map((r) => r.record)).toMatchObject([
      { id: '001-242070', title: 'CASE OF GORŠE v. SLOVENIA', appNumbers: ['47186/21'], date: '2025-03-06' },
    ]);
    expect(page.rows[0].fetched.url).toBe(page.fetched[0].url);
  });

  it('returns the five Türkiye judgments newest first, ties ordered by itemid', async () => {
    const page = await echr().search({ ...ALL, countries: ['TUR'] }, fetcher());
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => [r.record.id, r.record.date])).toEqual([
      ['001-242860', '2025-04-29'],
      ['001-242419', '2025-03-25'],
      ['001-242420', '2025-03-25'],
      ['001-242250', '2025-03-18'],
      ['001-242550', '2025-03-18'],
    ]);
  });

  it('keeps a date range inclusive at both ends', async () => {
    const page = await echr().search({ ...ALL, from: '2024-05-16', to: '2024-05-23' }, fetcher());
    expect(page.rows.map((r) => r.record.id)).toEqual(['001-234058', '001-233735', '001-233620', '001-233622', '001-233627']);
    expect(page.total).toBe(5);
  });

  it('pages through two pages with no duplicate and no gap, several requests a page', async () => {
    const adapter = echr({ pageSize: 4 });
    const f = fetcher();
    const [one, two, both] = await Promise.all([
      adapter.search({ ...ALL, offset: 0, limit: 10 }, f),
      adapter.search({ ...ALL, offset: 10, limit: 10 }, f),
      adapter.search({ ...ALL, offset: 0, limit: 20 }, f),
    ]);
    expect([...one.rows, ...two.rows].map((r) => r.record.id)).toEqual(both.rows.map((r) => r.record.id));
    expect(both.rows.map((r) => r.record.id)).toEqual(expectedOrder(RECORDS).slice(0, 20));
    expect(new Set(both.rows.map((r) => r.record.id)).size).toBe(20);
    expect(one.total).toBe(RECORDS.length);
  });

  it('serves only the first maxHits rows of a wider query while resultcount counts them all, as HUDOC does', async () => {
    const url = hudocQueryUrl({ ...ECHR, baseUrl: server.baseUrl('hudoc-echr-capped') }, { countries: [], from: null, to: null }, 0, 100);
    const first = JSON.parse(await (await fetch(url)).text());
    const past = JSON.parse(await (await fetch(url.replace('start=0', 'start=5'))).text());
    expect([first.resultcount, first.results.length, past.results.length]).toEqual([77, 5, 0]);
  });

  it('splits a query above the cap into date windows and returns resultcount rows in order', async () => {
    const page = await echr({ maxHitsPerQuery: 5, pageSize: 5 }, 'hudoc-echr-capped').search(ALL, fetcher());
    expect(page.total).toBe(RECORDS.length);
    expect(page.rows.map((r) => r.record.id)).toEqual(expectedOrder(RECORDS));
    expect(page.warnings).toEqual([]);
    expect(page.fetched.filter((f) => new URL(f.url).searchParams.get('query')!.includes('kpdate>=')).length).toBeGreaterThan(15);
    expect(new Set(page.fetched.map((f) => f.url)).size).toBe(page.fetched.length);
  });

  it('reads a page that straddles window boundaries under the cap', async () => {
    const page = await echr({ maxHitsPerQuery: 5, pageSize: 5 }, 'hudoc-echr-capped').search({ ...ALL, offset: 7, limit: 9 }, fetcher());
    expect(page.rows.map((r) => r.record.id)).toEqual(expectedOrder(RECORDS).slice(7, 16));
  });

  it('reports an HTML page instead of JSON as RH_SOURCE_PARSE', async () => {
    server.setFault('hudoc-echr', {
      kind: 'garbage',
      contentType: 'text/html; charset=utf-8',
      body: '<!DOCTYPE html><html><body>Service Unavailable</body></html>',
    });
    try {
      await expect(echr().search({ ...ALL, countries: ['FRA'] }, fetcher())).rejects.toMatchObject({
        code: 'RH_SOURCE_PARSE',
        source: 'hudoc-echr',
      });
    } finally {
      server.setFault('hudoc-echr', undefined);
    }
  });

  it('refuses a JSON search on a sub-site configured for RSS only with RH_SOURCE_CONFIG', async () => {
    const cpt = createHudocAdapter({ ...HUDOC_SITES.cpt, baseUrl: server.baseUrl('hudoc-echr') });
    await expect(cpt.search(ALL, fetcher())).rejects.toMatchObject({ code: 'RH_SOURCE_CONFIG' });
  });

  it("sorts ECRI's item dated 2204 last, undated, and leaves it out of a date range", async () => {
    const ecri = createHudocAdapter({ ...HUDOC_SITES.ecri, baseUrl: server.baseUrl('hudoc-ecri') });
    const all = await ecri.rss({ ...ALL, limit: 100 }, fetcher());
    expect([all.total, all.rows[0].record.date, all.rows.at(-1)?.record]).toEqual([
      70,
      '2025-02-19',
      expect.objectContaining({ id: 'BIH-PR-VI-2024-433-ENG', date: null }),
    ]);
    const since2024 = await ecri.rss({ ...ALL, from: '2024-01-01' }, fetcher());
    expect(since2024.rows.some((r) => r.record.id === 'BIH-PR-VI-2024-433-ENG')).toBe(false);
  });

  it('reads the recorded RSS through the replay, date-filtered and newest first', async () => {
    const page = await echr().rss({ ...ALL, from: '2025-05-13', to: '2025-05-20', limit: 3 }, fetcher());
    expect(page.fetched[0].contentType).toBe('application/rss+xml; charset=utf-8');
    expect(page.total).toBe(8);
    expect(page.rows.map((r) => r.record.id)).toEqual(['001-242684', '001-243184', '001-243185']);
  });
});
