import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fcnmOpinions } from '../../adapters/hudoc/fcnm.ts';
import { parseHudocRss, type HudocRssItem } from '../../adapters/hudoc/rss.ts';
import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import { toFcnmRecommendations } from '../../subgraphs/council-of-europe/sources/hudoc-fcnm.ts';

// HUDOC-FCNM's recorded feed (test/fixtures/hudoc-rss/fcnm.xml, real): the Advisory Committee's opinions, by section.
const FEED = readFileSync(new URL('../fixtures/hudoc-rss/fcnm.xml', import.meta.url), 'utf8');
const ITEMS = parseHudocRss(FEED, 'fcnmsectionid', 'hudoc-fcnm', 'fixture').items;
const FETCHED: Fetched = {
  url: 'https://hudoc.fcnm.coe.int/app/transform/rss',
  body: '',
  contentType: 'application/rss+xml',
  fetchedAt: '2026-05-25T00:00:00.000Z',
  fromCache: false,
  stale: false,
  latencyMs: 1,
};
const item = (id: string, description: string): HudocRssItem => ({
  id,
  title: description,
  description,
  date: null,
  sourceDate: 'Mon, 01 Jan 0001 00:00:00 GMT',
  publishedAt: null,
  link: `http://hudoc.fcnm.coe.int/eng#{"fcnmsectionid":["${id}"]}`,
});

describe('the ACFC opinions of HUDOC-FCNM', () => {
  it('reads the four recorded opinions, each once, with their States and rounds as written', () => {
    const { opinions, unread } = fcnmOpinions(ITEMS);
    expect(unread).toEqual([]);
    expect(opinions.map((o) => [o.reportId, o.title, o.state, o.parts, o.sections.length])).toEqual([
      ['5th_OP_Ireland_EN', 'Fifth Opinion on Ireland', 'Ireland', 10, 10],
      ['5th_OP_ Lithuania_EN', 'Fifth Opinion on Lithuania', 'Lithuania', 17, 15],
      ['4th_Com_Georgia_EN', 'Fourth opinion on Georgia', 'Georgia', 16, 16],
      ['6th_OP_Denmark_EN', 'Sixth opinion on Denmark', 'Denmark', 14, 13],
    ]);
    // The feed gives each of Georgia's sections twice (part 3 the second time as 'Monitoring Process'): read once each.
    expect(opinions[2].sections.filter((s) => s.part === 3).map((s) => s.title)).toEqual(['Key findings']);
  });

  it('reads the variance of the wording (case, dashes, spacing) and names the items that are no opinion section', () => {
    const { opinions, unread } = fcnmOpinions([
      item('3rd_OP_Malta_EN-2', '  third OPINION on  Malta –2 / 9—  Conclusions '),
      item('3rd_OP_Malta_EN-1', 'Third Opinion on Malta - 1/9 - Executive summary'),
      item('Resolution_CM_EN-1', 'Resolution CM/ResCMN(2024)3 on Malta'),
      item('5th_RES_Ireland_EN', 'Resolution on the implementation of the Framework Convention by Ireland'),
    ]);
    expect(opinions.map((o) => [o.title, o.state, o.parts, o.sections.map((s) => s.title)])).toEqual([
      ['Third Opinion on Malta', 'Malta', 9, ['Executive summary', 'Conclusions']],
    ]);
    expect(unread).toEqual([
      'Resolution CM/ResCMN(2024)3 on Malta',
      'Resolution on the implementation of the Framework Convention by Ireland',
    ]);
  });

  it('reads an opinion titled without its round, a section without a title, and ids that differ only in spacing as one', () => {
    const { opinions, unread } = fcnmOpinions([
      item('1st_OP_Montenegro_EN-1', 'Opinion on Montenegro - 1/5 - Executive summary'),
      item('2nd_OP_Kosovo_EN-1', 'Second Opinion on Kosovo* - 1/9'),
      item('5th_OP_ Lithuania_EN-2', 'Fifth Opinion on Lithuania - 2/17 - Conclusions'),
      item('5th_OP_Lithuania_EN-1', 'Fifth Opinion on Lithuania - 1/17 - Executive summary'),
    ]);
    expect(unread).toEqual([]);
    expect(opinions.map((o) => [o.reportId, o.round, o.state, o.sections.map((s) => [s.part, s.title])])).toEqual([
      ['1st_OP_Montenegro_EN', null, 'Montenegro', [[1, 'Executive summary']]],
      ['2nd_OP_Kosovo_EN', 'Second', 'Kosovo*', [[1, null]]],
      [
        '5th_OP_ Lithuania_EN',
        'Fifth',
        'Lithuania',
        [
          [1, 'Executive summary'],
          [2, 'Conclusions'],
        ],
      ],
    ]);
  });

  it('makes one undated Recommendation per opinion, of the ACFC, on its State, its first section as its document', () => {
    const warnings: string[] = [];
    const [ireland, lithuania] = toFcnmRecommendations(ITEMS, FETCHED, warnings);
    expect(warnings).toEqual([]);
    expect(ireland).toMatchObject({
      id: 'hudoc-fcnm:5th_OP_Ireland_EN',
      text: 'Fifth Opinion on Ireland',
      issuedOn: null,
      sourceDate: 'Mon, 01 Jan 0001 00:00:00 GMT',
      mechanism: { id: 'coe-fcnm', acronym: 'ACFC' },
      annotationType: 'Opinion',
      countries: [{ code: 'IRL', name: 'Ireland' }],
      provenance: { system: 'EUROPEAN', source: 'hudoc-fcnm' },
    });
    expect(ireland.document?.url).toContain('5th_OP_Ireland_EN-1');
    expect(lithuania.countries).toEqual([{ code: 'LTU', name: 'Lithuania' }]);
  });

  it('says which items it could not read', () => {
    const warnings: string[] = [];
    expect(toFcnmRecommendations([item('X-1', 'Press release - 1/1 - Malta')], FETCHED, warnings)).toEqual([]);
    expect(warnings).toEqual([
      'hudoc-fcnm: 1 items are no "<round> opinion on <State> - <part>/<parts> - <section>" section: "Press release - 1/1 - Malta"',
    ]);
  });
});
