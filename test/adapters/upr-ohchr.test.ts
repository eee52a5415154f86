import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { readThematicList, trailingStates, type ThematicRecommendation } from '../../adapters/upr-ohchr/index.ts';
import { RECORDED_THEMATIC_LISTS, validateUprOhchrConfig } from '../../adapters/upr-ohchr/config.ts';
import { createHttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher, type Fetched } from '../../adapters/_kit/fetcher.ts';
import { InvalidConfigError } from '../../adapters/_kit/errors.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { uprOhchrReplay } from '../../adapters/upr-ohchr/replay.ts';
import { toUprOhchrRecommendation, uprOhchrSource } from '../../subgraphs/un/sources/upr-ohchr.ts';
import type { ContractQuery } from '../../subgraphs/_shared/contract-source.ts';

const FIXTURE = new URL('../fixtures/upr-ohchr/A_HRC_59_15-thematic-list.txt', import.meta.url);
const TEXT = readFileSync(FIXTURE, 'utf8');
const LIST = readThematicList(TEXT);
const [SLOVENIA] = RECORDED_THEMATIC_LISTS;
const byNumber = (n: string) => LIST.recommendations.find((r) => r.number === n)!;
const FETCHED: Fetched = {
  url: 'u',
  body: '',
  contentType: 'text/plain',
  fetchedAt: '2026-12-02T00:00:00.000Z',
  fromCache: false,
  stale: false,
  latencyMs: 0,
};

describe("OHCHR's thematic list of the UPR recommendations to Slovenia (A/HRC/59/15)", () => {
  it('reads all 254 recommendations, each once, with nothing left unread', () => {
    expect(LIST.recommendations).toHaveLength(254);
    expect(new Set(LIST.recommendations.map((r) => r.number)).size).toBe(254);
    expect(LIST.warnings).toEqual([]);
    const positions = LIST.recommendations.map((r) => r.position);
    expect([positions.filter((p) => p === 'Supported').length, positions.filter((p) => p === 'Noted').length]).toEqual([217, 37]);
    expect(
      LIST.recommendations.every((r) => r.positionSource?.startsWith('A/HRC/59/15/Add.1 - Para.') && r.recommendingStates.length > 0),
    ).toBe(true);
  });

  it('reads States, themes, groups of persons and SDGs as the list gives them, entities decoded', () => {
    expect(byNumber('140.7')).toEqual({
      number: '140.7',
      text: 'Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights (Maldives) (Portugal);',
      recommendingStates: ['Maldives', 'Portugal'],
      positionSource: 'A/HRC/59/15/Add.1 - Para.3',
      position: 'Supported',
      themes: [
        'Ratification of & accession to international instruments',
        'Economic, social & cultural rights - general measures of implementation',
      ],
      affectedPersons: ['Public officials'],
      sdgs: [
        '1 - NO POVERTY',
        '2 - ZERO HUNGER',
        '3 - GOOD HEALTH AND WELL-BEING',
        '4 - QUALITY EDUCATION',
        '5 - GENDER EQUALITY',
        '6 - CLEAN WATER AND SANITATION',
        '7 - AFFORDABLE AND CLEAN ENERGY',
        '8 - DECENT WORK AND ECONOMIC GROWTH',
      ],
    });
    expect(byNumber('140.1').recommendingStates).toHaveLength(8);
    expect(byNumber('140.167').recommendingStates).toEqual(['Venezuela (Bolivarian Republic of)']);
    expect(byNumber('140.254').recommendingStates).toEqual(['Iraq']); // ends in "." not ";"
  });

  it('maps each to a record with its own id (the report and the number), the report as its link, UHRI theme codes where the label is one', () => {
    const warnings: string[] = [];
    const records = LIST.recommendations.map((r) => toUprOhchrRecommendation(SLOVENIA, r, FETCHED, warnings));
    expect(new Set(records.map((r) => r.id)).size).toBe(254);
    expect(records.every((r) => /^upr-ohchr:A\/HRC\/59\/15:140\.\d{1,3}$/.test(r.id))).toBe(true);
    expect(warnings).toEqual([]);
    const r140_7 = records.find((r) => r.id === 'upr-ohchr:A/HRC/59/15:140.7')!;
    expect(r140_7).toMatchObject({
      text: expect.stringMatching(/^140\.7 Ratify the Optional Protocol/),
      issuedOn: '2025-03-24',
      mechanism: { id: 'un-upr' },
      countries: [{ code: 'SVN', name: 'Slovenia' }],
      recommendingStates: [
        { code: 'MDV', name: 'Maldives' },
        { code: 'PRT', name: 'Portugal' },
      ],
      statePosition: { value: 'SUPPORTED', label: 'Supported', source: 'A/HRC/59/15/Add.1 - Para.3' },
      uprCycle: '4',
      uprSession: '48',
      themes: [
        { code: null, label: 'Ratification of & accession to international instruments' },
        { code: 'E1', label: 'Economic, social & cultural rights - general measures of implementation' },
      ],
      sdgs: expect.arrayContaining([{ code: '1', label: '1 - NO POVERTY' }]),
      document: { symbol: 'A/HRC/59/15', url: 'https://documents.un.org/api/symbol/access?s=A%2FHRC%2F59%2F15&l=en&t=pdf' },
      provenance: {
        system: 'UN',
        source: 'upr-ohchr',
        owner: 'OHCHR',
        sourceUrl: 'https://documents.un.org/api/symbol/access?s=A%2FHRC%2F59%2F15&l=en&t=pdf',
      },
    });
    expect(records.find((r) => r.id === 'upr-ohchr:A/HRC/59/15:140.1')!.statePosition?.value).toBe('NOTED');
  });
});

/** A recommendation as the variance tests compare it: the position's case and the text's spacing are not data. */
const comparable = (r: ThematicRecommendation) => ({
  ...r,
  position: r.position?.toLowerCase() ?? null,
  text: r.text.replace(/\s+/g, ' '),
});

describe('the variance the format allows', () => {
  const block = (lines: string[]) => lines.join('\n');
  const ORIGINAL = block([
    'Theme: Right to health',
    '140.179 Take measures to improve the access of all to health services (Iran (Islamic Republic of)) (Cuba);',
    'Source of Position: A/HRC/59/15/Add.1 - Para.3',
    'Supported',
    '- Right to health',
    'Groups of Persons: ',
    '- General',
    '- 3 - GOOD HEALTH AND WELL-BEING',
  ]);

  it('parses the same with other case, spacing, line ends, entities and a wrapped recommendation', () => {
    const variant = [
      '  THEME :   Right to health\r',
      '140 . 179.   Take measures to improve the access\r',
      'of all to health services (Iran (Islamic Republic of))\u00a0(Cuba);\r',
      'source of position:A/HRC/59/15/Add.1 - Para.3   SUPPORTED\r',
      '',
      '–  Right   to health\r',
      'GROUPS OF PERSONS:\r',
      '-General\r',
      '3- GOOD HEALTH AND WELL-BEING',
    ].join('\n');
    expect(readThematicList(variant).recommendations.map(comparable)).toEqual(readThematicList(ORIGINAL).recommendations.map(comparable));
  });

  it('keeps a recommendation whose parts are missing, with nulls, and names what is missing and what could not be read', () => {
    const list = readThematicList(
      block([
        'a stray line before any recommendation',
        '140.3 Ratify the Convention (Chile);',
        '16.2 - Protect children from abuse',
        '140.4 Consider ratifying it',
        'Noted',
      ]),
    );
    expect(list.recommendations[0].sdgs).toEqual(['16.2 - Protect children from abuse']); // an SDG target without its bullet, not a recommendation
    expect(list.recommendations.map((r) => [r.number, r.position, r.positionSource, r.recommendingStates])).toEqual([
      ['140.3', null, null, ['Chile']],
      ['140.4', 'Noted', null, []],
    ]);
    expect(list.warnings).toEqual([
      '1 recommendation(s) without a position (140.3)',
      '2 recommendation(s) without a source of position (140.3, 140.4)',
      '1 recommendation(s) without a recommending State (140.4)',
      '1 line(s) outside any recommendation, not read ("a stray line before any recommendation")',
    ]);
    expect(readThematicList('<html>maintenance</html>').warnings).toContain('no numbered recommendation found; nothing read');
  });

  it('reads the States of nested and repeated parentheses, and none where there are none', () => {
    expect(trailingStates('Do it (Venezuela (Bolivarian Republic of)) (State of Palestine).')).toEqual([
      'Venezuela (Bolivarian Republic of)',
      'State of Palestine',
    ]);
    expect(trailingStates('Do it, as promised')).toEqual([]);
    expect(trailingStates('Do it (unbalanced))')).toEqual([]);
  });

  /** Mutations that change nothing the list means: spacing, line ends, keyword case, blank lines, entities. */
  const SAME_MEANING: ((line: string, n: number) => string)[] = [
    (l, n) => `${' '.repeat(n % 4)}${l}${'\t'.repeat(n % 2)}`,
    (l) => `${l}\r`,
    (l) => l.replace(/^(Source of Position|Groups of Persons|Theme|Supported|Noted)/, (k) => k.toUpperCase()),
    (l) => l.replace(/^(Source of Position|Groups of Persons|Theme|Supported|Noted)/, (k) => k.toLowerCase()),
    (l) => l.replace(/ /g, (s, i: number) => (i % 3 === 0 ? '  ' : s)),
    (l) => `${l}\n`,
    (l) => l.replace(/&amp;/g, '&'),
    (l) => l.replace(/^- /, '-'),
  ];

  it('parses every real block the same under random mixes of those mutations (fast-check, fixed seed)', () => {
    const lines = TEXT.split('\n');
    const expected = LIST.recommendations.map(comparable);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(lines.length - 1), fc.nat(SAME_MEANING.length - 1), fc.nat(7)), { minLength: 1, maxLength: 60 }),
        (edits) => {
          const mutated = [...lines];
          for (const [at, which, n] of edits) mutated[at] = SAME_MEANING[which](mutated[at], n);
          expect(readThematicList(mutated.join('\n')).recommendations.map(comparable)).toEqual(expected);
        },
      ),
      { seed: 20261202, numRuns: 60 },
    );
  });
});

describe('the upr-ohchr source on the replay server', () => {
  let server: ReplayServer;
  beforeAll(async () => {
    server = await startReplayServer({ 'upr-ohchr': uprOhchrReplay() });
  });
  afterAll(() => server.close());
  const query = (q: Partial<ContractQuery>): ContractQuery => ({
    countries: [],
    from: null,
    to: null,
    text: null,
    offset: 0,
    limit: 20,
    themes: [],
    mechanisms: [],
    articles: [],
    importance: [],
    since: null,
    undated: 'INCLUDE',
    ...q,
  });
  const ask = (q: Partial<ContractQuery>) => {
    const fetcher = createCachedFetcher(createHttpClient(), createSourceCache());
    return uprOhchrSource({ baseUrl: server.baseUrl('upr-ohchr') }).recommendations!(query(q), { fetcher, http: createHttpClient() });
  };

  it('serves Slovenia’s 254, paged with an exact total, and filters themes and text before paging', async () => {
    const all = await ask({ countries: ['SVN'], limit: 5 });
    expect([all.total, all.rows.length, all.warnings]).toEqual([254, 5, []]);
    const health = await ask({ countries: ['SVN'], themes: ['E4'], limit: 300 });
    expect(health.total).toBe(health.rows.length);
    expect(health.rows.every((r) => r.themes.some((t) => t.code === 'E4'))).toBe(true);
    expect(health.total).toBeGreaterThan(0);
    const roma = await ask({ countries: ['SVN'], text: 'Roma', limit: 300 });
    expect(roma.rows.length).toBeGreaterThan(0);
    expect(roma.rows.every((r) => /\bRoma\b/i.test(`${r.text} ${r.affectedPersons.join(' ')}`))).toBe(true);
  });

  it('reads nothing for a State without a list', async () => {
    const before = server.hits('upr-ohchr').length;
    expect(await ask({ countries: ['TUR'] })).toMatchObject({ rows: [], total: 0 });
    expect(server.hits('upr-ohchr').length).toBe(before);
  });

  it('refuses a configuration that names no Working Group report', () => {
    expect(() => validateUprOhchrConfig({ documents: [{ ...SLOVENIA, symbol: 'A/HRC/WG.6/48/SVN/1' }] })).toThrow(InvalidConfigError);
  });
});
