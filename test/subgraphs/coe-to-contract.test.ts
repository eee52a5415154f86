import { ALL } from '../support/contract-query.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher, type Fetched } from '../../adapters/_kit/fetcher.ts';
import { HUDOC_SITES } from '../../adapters/hudoc/index.ts';
import { mapHudocRecord } from '../../adapters/hudoc/map.ts';
import type { HudocColumns } from '../../adapters/hudoc/parse.ts';
import { parseHudocRss } from '../../adapters/hudoc/rss.ts';
import { hudocReplay } from '../../adapters/hudoc/replay.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import type { SourceContext } from '../../subgraphs/_shared/contract-source.ts';
import { hudocCptSource, hudocEchrSource, hudocEscSource } from '../../subgraphs/council-of-europe/hudoc-sources.ts';
import { toCptVisits, toEchrDecision, toEscDecision } from '../../subgraphs/council-of-europe/to-contract.ts';
import type { HudocRssItem } from '../../adapters/hudoc/rss.ts';

const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url);
const RECORDS: HudocColumns[] = JSON.parse(readFileSync(fixture('hudoc-echr/records.json'), 'utf8'));
const FETCHED: Fetched = {
  url: 'https://hudoc.echr.coe.int/app/query/results?…',
  body: '',
  contentType: 'application/json',
  fetchedAt: '2025-05-25T10:00:00.000Z',
  fromCache: false,
  stale: false,
  latencyMs: 12,
};
const feed = (site: 'cpt' | 'esc', idKey: string) =>
  parseHudocRss(readFileSync(fixture(`hudoc-rss/${site}.xml`), 'utf8'), idKey, `hudoc-${site}`, 'file').items;
const echrDecision = (columns: HudocColumns, warnings: string[] = []) =>
  toEchrDecision(mapHudocRecord(columns, HUDOC_SITES.echr), FETCHED, warnings);

describe('ECtHR records as Decisions', () => {
  it('maps a Grand Chamber judgment with its ISO respondent, articles, ECLI and HUDOC link', () => {
    expect(echrDecision(RECORDS[0])).toMatchObject({
      id: 'hudoc-echr:001-225231',
      mechanism: { id: 'coe-ecthr', acronym: 'ECtHR', system: 'EUROPEAN' },
      title: 'CASE OF GROSAM v. THE CZECH REPUBLIC',
      caseNumbers: ['19750/13'],
      respondents: [{ code: 'CZE', name: 'Czechia' }],
      date: '2023-06-01',
      sourceDate: null,
      kind: 'JUDGMENT',
      kindLabel: 'GRANDCHAMBER',
      articles: ['35', '35-1', '35-3-a', '6', '6-1', 'P7-2'],
      importance: 1,
      ecli: 'ECLI:CE:ECHR:2023:0601JUD001975013',
      url: 'https://hudoc.echr.coe.int/eng?i=001-225231',
      languages: ['ENG'],
      provenance: {
        system: 'EUROPEAN',
        source: 'hudoc-echr',
        owner: 'Council of Europe',
        sourceUrl: 'https://hudoc.echr.coe.int/eng?i=001-225231',
        fetchedAt: FETCHED.fetchedAt,
      },
    });
  });

  it('splits violations and non-violations of a Committee judgment', () => {
    expect(echrDecision(RECORDS[1])).toMatchObject({ kindLabel: 'COMMITTEE', violations: ['3'], nonViolations: ['34'], importance: 4 });
  });

  it('maps a communicated case with its eighteen application numbers', () => {
    const galkin = echrDecision(RECORDS[6]);
    expect(galkin).toMatchObject({
      kind: 'COMMUNICATED_CASE',
      kindLabel: 'COMMUNICATEDCASES',
      respondents: [{ code: 'RUS' }],
      conclusion: 'Communicated',
    });
    expect(galkin.caseNumbers).toHaveLength(18);
  });

  it('keeps a respondent code outside ISO 3166 as its name and warns (arranged code)', () => {
    const warnings: string[] = [];
    expect(echrDecision({ ...RECORDS[2], respondent: 'HRV;ZZZ' }, warnings).respondents).toEqual([
      { code: 'HRV', name: 'Croatia' },
      { code: null, name: 'ZZZ' },
    ]);
    expect(warnings).toEqual(['unknown State code "ZZZ" kept as written']);
  });
});

describe('CPT report sections as Visits', () => {
  const visits = toCptVisits(feed('cpt', 'cptsectionid'), FETCHED, []);

  it('assembles the Lithuania visit of 2024 from its twelve sections, in order, as a completed visit with its report', () => {
    const lithuania = visits.find((v) => v.country.code === 'LTU')!;
    expect(lithuania).toMatchObject({
      id: 'hudoc-cpt:p-ltu-20240212-en',
      mechanism: { id: 'coe-cpt' },
      country: { code: 'LTU', name: 'Lithuania' },
      year: 2024,
      startDate: null,
      status: 'COMPLETED',
      type: null,
      typeLabel: 'visit',
      publishedOn: '2024-07-08',
      report: {
        symbol: 'p-ltu-20240212-en-1',
        title: 'I. Introduction / A. The visit, the report and follow-up',
        url: 'http://hudoc.cpt.coe.int/eng#{"cptsectionid":["p-ltu-20240212-en-1"]}',
      },
    });
    expect(lithuania.documents.map((d) => d.symbol)).toEqual(Array.from({ length: 12 }, (_, i) => `p-ltu-20240212-en-${i + 1}`));
  });

  it('leaves public statements and general-report extracts out: the feed shows two visits', () => {
    expect(visits.map((v) => [v.id, v.documents.length])).toEqual([
      ['hudoc-cpt:p-ltu-20240212-en', 12],
      ['hudoc-cpt:p-mkd-20231002-en', 43],
    ]);
  });

  const item = (id: string, description: string, date = '2024-07-08'): HudocRssItem => ({
    id,
    title: `section ${id}`,
    description,
    date,
    sourceDate: null,
    publishedAt: null,
    link: `http://hudoc.cpt.coe.int/eng#{"cptsectionid":["${id}"]}`,
  });

  it('reads the wordings the real feed uses, one visit per report, and names the sections it cannot read', () => {
    const warnings: string[] = [];
    const read = toCptVisits(
      [
        item('p-gbr-20190513-en-1', 'Visit 2019: United Kingdom (Scotland) - 1/2'),
        item('p-gbr-20190513-en-2', 'visit 2019 – United Kingdom (Scotland) (2/2)'),
        item('p-grc-20240110-en-1', 'GREECE - ad hoc visit 2024 - 1/1'),
        item(
          'p-fin-20220912-en-1',
          'Report to the Government of Finland on the visit to Finland carried out from 12 to 22 September 2022 - 1/1',
          '2022-12-01',
        ),
        item(
          'r-fin-20220912-en-1',
          'Response of the Government of Finland to the report on the visit to Finland from 12 to 22 September 2022 - 1/1',
          '2023-03-01',
        ),
        item('p-deu-20201201-en-1', 'periodic visit 2020 - 1/1'),
        item('p-nor-2018-en', 'Norway: periodic visit 2018'),
        item('p-aze-2024decl-en-1', 'Azerbaijan: Public Statement 2024 - 1/1'),
        item('p-xyz-visit-en-1', 'visit - 1/1'),
        item('p-ltu-2024-en-1', 'Lithuania: report 2024 - 1/1'),
      ],
      FETCHED,
      warnings,
    );
    expect(read.map((v) => [v.id, v.country, v.year, v.type, v.startDate, v.endDate, v.documents.length])).toEqual([
      ['hudoc-cpt:p-gbr-20190513-en', { code: 'GBR', name: 'United Kingdom (Scotland)' }, 2019, null, null, null, 2],
      ['hudoc-cpt:p-grc-20240110-en', { code: 'GRC', name: 'GREECE' }, 2024, 'AD_HOC', null, null, 1],
      ['hudoc-cpt:p-fin-20220912-en', { code: 'FIN', name: 'Finland' }, 2022, null, '2022-09-12', '2022-09-22', 2],
      ['hudoc-cpt:p-deu-20201201-en', { code: 'DEU', name: 'Germany' }, 2020, 'PERIODIC', null, null, 1],
      ['hudoc-cpt:p-nor-2018-en', { code: 'NOR', name: 'Norway' }, 2018, 'PERIODIC', null, null, 1],
    ]);
    expect(read[2]).toMatchObject({ sourceDates: 'from 12 to 22 September 2022', publishedOn: '2023-03-01' });
    expect(warnings).toEqual([
      'hudoc-cpt: 2 feed items could not be read as visit-report sections: "visit - 1/1", "Lithuania: report 2024 - 1/1"',
    ]);
  });
});

describe('European Social Charter items as Decisions', () => {
  const items = feed('esc', 'escdcidentifier');
  const decision = (id: string) =>
    toEscDecision(
      items.find((i) => i.id === id)!,
      FETCHED,
      [],
    );

  it('maps a decision on admissibility and immediate measures, keeping the code as kindLabel', () => {
    expect(decision('cc-240-2024-dadmissandimmed-en')).toMatchObject({
      id: 'hudoc-esc:cc-240-2024-dadmissandimmed-en',
      mechanism: { id: 'coe-ecsr' },
      caseNumbers: ['240/2024'],
      respondents: [{ code: 'FRA', name: 'France' }],
      date: '2025-03-19',
      kind: 'ADMISSIBILITY',
      kindLabel: 'ADMIS;IMMED',
      url: 'http://hudoc.esc.coe.int/eng#{"escdcidentifier":["cc-240-2024-dadmissandimmed-en"]}',
    });
  });

  it('reads the State and complaint number of a title that wraps before "Complaint No."', () => {
    expect(decision('cc-233-2023-dadmiss-en')).toMatchObject({
      respondents: [{ code: 'BEL' }],
      caseNumbers: ['233/2023'],
      kind: 'ADMISSIBILITY',
    });
    expect(decision('cc-201-2021-dmerits-en')).toMatchObject({ respondents: [{ code: 'NLD' }], kind: 'MERITS', kindLabel: 'FOND' });
  });

  it('maps a separate opinion as OTHER with its code', () => {
    expect(decision('cc-199-2021-dsepop-en')).toMatchObject({ kind: 'OTHER', kindLabel: 'OPCC', caseNumbers: ['199/2021'] });
  });

  it('maps a conclusion with the State and article from its title', () => {
    expect(decision('2023/def/SVN/31/2/EN')).toMatchObject({
      title: 'Conclusions 2023 - Slovenia - Article 31-2',
      kind: 'CONCLUSIONS',
      kindLabel: 'Conclusion',
      respondents: [{ code: 'SVN', name: 'Slovenia' }],
      articles: ['31-2'],
      caseNumbers: [],
      date: '2023-01-27',
    });
  });
});

describe('the Council of Europe sources over the replay server', () => {
  let server: ReplayServer;
  let http: HttpClient;
  let ctx: SourceContext;

  beforeAll(async () => {
    server = await startReplayServer({
      'hudoc-echr': hudocReplay({ records: RECORDS }),
      'hudoc-cpt': hudocReplay({ rssFile: fixture('hudoc-rss/cpt.xml'), contentSiteName: 'CPT' }),
      'hudoc-esc': hudocReplay({ rssFile: fixture('hudoc-rss/esc.xml'), contentSiteName: 'ESC' }),
    });
    http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [] } });
    ctx = { fetcher: createCachedFetcher(http, createSourceCache()), http };
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('answers Gorše v. Slovenia as an ECtHR Decision for Slovenia', async () => {
    const source = hudocEchrSource({ ...HUDOC_SITES.echr, baseUrl: server.baseUrl('hudoc-echr') });
    const page = await source.decisions!({ ...ALL, countries: ['SVN'] }, ctx);
    expect(page.total).toBe(1);
    expect(page.rows).toMatchObject([
      {
        id: 'hudoc-echr:001-242070',
        respondents: [{ code: 'SVN', name: 'Slovenia' }],
        kind: 'JUDGMENT',
        kindLabel: 'CHAMBER',
        provenance: { source: 'hudoc-echr', fromCache: false },
      },
    ]);
  });

  it('answers CPT visits newest first, filtered by country, with the filtered total', async () => {
    const source = hudocCptSource({ ...HUDOC_SITES.cpt, baseUrl: server.baseUrl('hudoc-cpt') });
    const all = await source.visits!(ALL, ctx);
    const lithuania = await source.visits!({ ...ALL, countries: ['LTU'] }, ctx);
    expect([all.total, all.rows.map((v) => v.country.code)]).toEqual([2, ['LTU', 'MKD']]);
    expect([lithuania.total, lithuania.rows[0].documents.length]).toEqual([1, 12]);
  });

  it('answers Social Charter decisions for a State newest first, sliced by offset and limit', async () => {
    const source = hudocEscSource({ ...HUDOC_SITES.esc, baseUrl: server.baseUrl('hudoc-esc') });
    const france = await source.decisions!({ ...ALL, countries: ['FRA'] }, ctx);
    const second = await source.decisions!({ ...ALL, countries: ['FRA'], offset: 1, limit: 2 }, ctx);
    expect(france.rows.map((d) => [d.caseNumbers[0], d.date, d.kindLabel])).toEqual([
      ['240/2024', '2025-03-19', 'ADMIS;IMMED'],
      ['211/2022', '2024-05-15', 'FOND'],
      ['211/2022', '2024-05-15', 'OPCC'],
      ['230/2023', '2024-03-20', 'ADMIS'],
    ]);
    expect([second.total, second.rows.map((d) => d.id)]).toEqual([4, france.rows.slice(1, 3).map((d) => d.id)]);
    expect(france.warnings).toEqual([]);
  });

  it('filters Social Charter decisions by date on the source side of the hub', async () => {
    const source = hudocEscSource({ ...HUDOC_SITES.esc, baseUrl: server.baseUrl('hudoc-esc') });
    const page = await source.decisions!({ ...ALL, countries: ['SVN'], from: '2023-01-01', to: '2023-12-31' }, ctx);
    expect(page.rows.map((d) => d.articles[0])).toEqual(['31-1', '31-2', '31-3']);
  });
});
