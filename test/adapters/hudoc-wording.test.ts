import { describe, expect, it } from 'vitest';
import { escItemOf, grevioDescription, monitoringItemOf } from '../../adapters/hudoc/items.ts';
import { grevioState } from '../../adapters/hudoc/grevio.ts';
import { parseHudocRss, type HudocRssItem } from '../../adapters/hudoc/rss.ts';
import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import { toEscDecision } from '../../subgraphs/council-of-europe/to-contract.ts';
import { toEcriRecommendations, toGretaRecommendations } from '../../subgraphs/council-of-europe/monitoring-to-contract.ts';

const FETCHED: Fetched = {
  url: 'https://hudoc.esc.coe.int/app/transform/rss',
  body: '',
  contentType: 'application/rss+xml',
  fetchedAt: '2025-05-25T10:00:00.000Z',
  fromCache: false,
  stale: false,
  latencyMs: 1,
};
const item = (id: string, title: string, description: string): HudocRssItem => ({
  id,
  title,
  description,
  date: '2025-01-01',
  sourceDate: null,
  publishedAt: null,
  link: `http://hudoc.esc.coe.int/eng#{"escdcidentifier":["${id}"]}`,
});

describe('ESC codes and titles in the wordings the format allows', () => {
  it.each([
    ['Conclusions 2023 - Slovenia - Article 31-2', '2023/def/SVN/31/2/EN', 'Slovenia', '31-2'],
    ['Conclusions XXII-4 – Czech Republic – Article 7-9', 'XXII-4/def/CZE/7/9/EN', 'Czech Republic', '7-9'],
    ['CONCLUSIONS 2006 -  Netherlands Aruba  - article 1-1', '2006/def/NLD/1/1/EN', 'Netherlands Aruba', '1-1'],
    ['Conclusions XX-2 (2013): Netherlands Curaçao: Article 11-1', 'XX-2/def/NLD/11/1/EN', 'Netherlands Curaçao', '11-1'],
  ])('%s', (title, id, state, article) => {
    expect(escItemOf(item(id, title, 'Conclusion'))).toMatchObject({ codes: ['CONCLUSION'], state, article, complaint: null });
  });

  it('reads the complaint number and State however the title writes them, else the number from the id', () => {
    expect(
      escItemOf(item('cc-12-2002-dmerits-en', 'Decision on the merits: CFE-CGC v France (Complaint n° 12/2002)', 'fond')),
    ).toMatchObject({ codes: ['FOND'], state: 'France', complaint: '12/2002' });
    expect(
      escItemOf(item('cc-234-2024-dadmiss-en', 'Decision on admissibility: CUB v. Italy,\nComplaint No.234 / 2024', ' ADMIS ; IMMED ')),
    ).toMatchObject({ codes: ['ADMIS', 'IMMED'], state: 'Italy', complaint: '234/2024' });
    expect(escItemOf(item('cc-30-2005-Assessment4-en', 'Assessment of the follow-up', 'Assessment'))).toMatchObject({
      complaint: '30/2005',
      state: null,
    });
  });

  it('reads the kind from the first code, else from the title, and names a code it does not know', () => {
    expect(escItemOf(item('cc-234-2024-dadmiss-en', 'Decision on admissibility: CUB v. Italy', 'ADMIS;IMMED'))).toMatchObject({
      kind: 'ADMISSIBILITY',
      unknownCode: null,
    });
    expect(escItemOf(item('cc-1-2000-x-en', 'Decision on the merits: ICJ v. Portugal', 'MERIT2'))).toMatchObject({
      kind: 'MERITS',
      unknownCode: 'MERIT2',
    });
    expect(escItemOf(item('cc-30-2005-Assessment4-en', 'Assessment of the follow-up', 'Assessment'))).toMatchObject({
      kind: null,
      unknownCode: 'ASSESSMENT',
    });
  });

  it("gives a territory's conclusions the code of the State party, keeping the territory's name", () => {
    const d = toEscDecision(
      item('2006/def/NLD/1/1/EN', 'Conclusions 2006 - Netherlands Caribbean part - Article 1-1', 'Conclusion'),
      FETCHED,
      [],
    );
    expect(d).toMatchObject({
      kind: 'CONCLUSIONS',
      respondents: [{ code: 'NLD', name: 'Netherlands Caribbean part' }],
      articles: ['1-1'],
      languages: ['en'],
    });
  });

  it('reads the kind from the title where the code is unknown, and says so', () => {
    const warnings: string[] = [];
    expect(
      toEscDecision(item('cc-1-2000-x-en', 'Decision on the merits: ICJ v. Portugal, Complaint No. 1/1998', 'MERIT2'), FETCHED, warnings)
        .kind,
    ).toBe('MERITS');
    expect(warnings).toEqual(['hudoc-esc: decision code "MERIT2" is not one the hub knows; kind read from the title']);
  });
});

describe('GRETA and GREVIO headings', () => {
  it('reads a quoted State and other dashes in a GRETA description', () => {
    expect(monitoringItemOf(item('MKD-1', 'x', '1 – "The former Yugoslav Republic of Macedonia" – Country Reports'))).toMatchObject({
      cycle: '1',
      state: 'The former Yugoslav Republic of Macedonia',
      category: 'Country Reports',
    });
    expect(monitoringItemOf(item('X-2', 'x', 'VI - Hungary - country report'))).toMatchObject({
      category: 'country report',
      knownCategory: 'Country Reports',
    });
  });

  it('reads a description without its cycle', () => {
    expect(monitoringItemOf(item('BGR-1', 'x', 'Bulgaria – Country Reports'))).toMatchObject({
      cycle: null,
      state: 'Bulgaria',
      category: 'Country Reports',
    });
    expect(monitoringItemOf(item('X-1', 'x', 'VI - Press Releases'))).toMatchObject({
      cycle: 'VI',
      state: null,
      category: 'Press Releases',
    });
  });

  it('reads a report by any section it can read, and names those it cannot read at all', () => {
    const warnings: string[] = [];
    const greta = toGretaRecommendations(
      [
        item('MKD-REP-1-2014--ENG-1', 'Preface', ''),
        item('MKD-REP-1-2014--ENG-2', 'I.', '1 – "The former Yugoslav Republic of Macedonia" – country reports'),
        item('XYZ-REP-1-2014--ENG-1', 'Preface', 'Report on something'),
      ],
      FETCHED,
      warnings,
    );
    expect(greta.map((r) => [r.id, r.countries])).toEqual([
      ['hudoc-greta:MKD-REP-1-2014--ENG', [{ code: 'MKD', name: 'The former Yugoslav Republic of Macedonia' }]],
    ]);
    expect(warnings).toEqual(['hudoc-greta: 1 reports have no "<round> - <State> - <category>" description: "Report on something"']);
    const ecriWarnings: string[] = [];
    toEcriRecommendations([item('X-1', 'Sixth report', 'Sixth report on Lithuania')], FETCHED, ecriWarnings);
    expect(ecriWarnings).toEqual([
      'hudoc-ecri: 1 feed items have no "<cycle> - <State> - <category>" description: "Sixth report on Lithuania"',
    ]);
  });

  it('reads the part of a GREVIO section however it is set off', () => {
    expect(grevioDescription('Baseline Evaluation Report SAN MARINO - 1/53')).toEqual({
      text: 'Baseline Evaluation Report SAN MARINO',
      part: '1/53',
    });
    expect(grevioDescription('Baseline Evaluation Report – ITALY (1 / 20)')).toEqual({
      text: 'Baseline Evaluation Report – ITALY',
      part: '1/20',
    });
  });

  it('finds the State of a GREVIO report in its description, else in its id, as the source writes it', () => {
    expect(grevioState('First thematic evaluation report - SWEDEN', 'x')).toEqual({ code: 'SWE', name: 'SWEDEN' });
    expect(grevioState('First thematic evaluation report', 'GREVIO(2024)11_Spain_First_thematic_evaluation_report_eng')).toEqual({
      code: 'ESP',
      name: 'Spain',
    });
    expect(
      grevioState("Fifth general report on GREVIO's activities", '5_Focus_section_Fifth_General_Report_on_GREVIOs_activities_HUDOC_ENG'),
    ).toBeNull();
  });

  it("finds the State of a GREVIO report with no ' - ' before it, or in an id that spells it with hyphens", () => {
    expect(grevioState('Baseline Evaluation Report SAN MARINO', 'x')).toEqual({ code: 'SMR', name: 'SAN MARINO' });
    expect(grevioState('Baseline Evaluation Report', 'GREVIO-Inf(2022)3_United-Kingdom_Baseline')).toEqual({
      code: 'GBR',
      name: 'United-Kingdom',
    });
    expect(grevioState('Baseline evaluation report', 'GREVIO-Inf(2023)4_San-Marino')).toEqual({ code: 'SMR', name: 'San-Marino' });
  });
});

describe('a feed that repeats an item', () => {
  it('returns it once', () => {
    const entry =
      '<item><title>Assessment of the follow-up</title><description>Assessment</description><pubDate>Thu, 22 May 2025 00:00:00 GMT</pubDate>' +
      '<link>http://hudoc.esc.coe.int/eng#{"escdcidentifier":["cc-30-2005-Assessment4-en"]}</link></item>';
    const feed = parseHudocRss(`<rss><channel><title>ESC</title>${entry}${entry}</channel></rss>`, 'escdcidentifier', 'hudoc-esc', 'file');
    expect(feed.items.map((i) => i.id)).toEqual(['cc-30-2005-Assessment4-en']);
  });
});
