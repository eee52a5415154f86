import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import type { UhriRecord } from '../../adapters/uhri/index.ts';
import { themeCodeOfLabel } from '../../schema/reference/themes.ts';
import { recommendationWarnings, toRecommendation, uhriMechanism } from '../../subgraphs/un/to-contract.ts';
import { uhriSource } from '../../subgraphs/un/sources/uhri.ts';
import type { ContractQuery, SourceContext } from '../../subgraphs/_shared/contract-source.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { uhriReplay } from '../../adapters/uhri/replay.ts';

/** The mapped fixture, as the adapter test checks it (test/fixtures/uhri/export-full-en.expected.json). */
const RECORDS: UhriRecord[] = JSON.parse(readFileSync(new URL('../fixtures/uhri/export-full-en.expected.json', import.meta.url), 'utf8'));
const byId = (id: string) => RECORDS.find((r) => r.annotationId === id)!;
const PERU = byId('a9ceae8c-fe1c-40f9-a326-1529e0ab678f');
const UPR_140_7 = byId('00000000-0048-0140-0000-000000000007');
const UPR_140_1 = byId('00000000-0048-0140-0000-000000000001');

const FETCHED: Fetched = {
  url: 'https://dataex.ohchr.org/uhri/export-results/export-full-en.json',
  body: '',
  contentType: 'application/json',
  fetchedAt: '2026-03-25T07:21:15.000Z',
  fromCache: true,
  stale: false,
  latencyMs: 3,
};

describe('UHRI records as contract Recommendations', () => {
  it('maps the real CRC record on Peru with its document page as provenance', () => {
    const rec = toRecommendation(PERU, FETCHED);
    expect(rec).toMatchObject({
      id: 'uhri:a9ceae8c-fe1c-40f9-a326-1529e0ab678f',
      issuedOn: '2025-02-12',
      sourceDate: null,
      mechanism: { id: 'un-crc', acronym: 'CRC', name: 'Committee on the Rights of the Child', system: 'UN' },
      mechanismLabel: 'CRC',
      annotationType: 'Concerns/Observations',
      countries: [{ code: 'PER', name: 'Peru' }],
      affectedPersons: ['Disappeared persons', 'Children', 'Youth & juveniles', 'Women & girls'],
      document: { symbol: 'CRC/C/PER/CO/6-7', title: null, url: null, language: 'en' },
      statePosition: null,
      recommendingStates: [],
      uprCycle: null,
      uprSession: null,
      provenance: {
        system: 'UN',
        source: 'uhri',
        owner: 'OHCHR',
        sourceUrl: 'https://uhri.ohchr.org/en/document/41a0b08f-5a9a-4eb5-985f-05b47986ad82',
        fetchedAt: '2026-03-25T07:21:15.000Z',
        fromCache: true,
        stale: false,
      },
    });
    expect(rec.sdgs).toEqual([
      { code: '16.2', label: '16.2 - Protect children from abuse, exploitation, trafficking and violence' },
      { code: '5.2', label: '5.2 - End all violence against and exploitation of women' },
      { code: '16.9', label: '16.9 - Universal legal identity and birth registration' },
    ]);
    expect(rec.themes).toContainEqual({ code: 'E4', label: 'Right to health' });
    expect(rec.themes).toContainEqual({ code: null, label: 'Violence against women' });
    expect(recommendationWarnings(rec)).toEqual([]);
  });

  it('maps a UPR recommendation with its position, recommending States, cycle and session', () => {
    const rec = toRecommendation(UPR_140_7, FETCHED);
    expect(rec).toMatchObject({
      id: 'uhri:00000000-0048-0140-0000-000000000007',
      mechanism: { id: 'un-upr', acronym: 'UPR' },
      mechanismLabel: 'UPR',
      statePosition: { value: 'SUPPORTED', label: 'Supported' },
      recommendingStates: [
        { code: 'MDV', name: 'Maldives' },
        { code: 'PRT', name: 'Portugal' },
      ],
      uprCycle: '4',
      uprSession: '48',
      document: { symbol: 'A/HRC/59/15' },
      // No DocumentId: no page of its own (the generic search page it linked to before is no record's page).
      provenance: { sourceUrl: null },
    });
    expect(rec.sdgs[0]).toEqual({ code: '1', label: '1 - NO POVERTY' });
    expect(rec.themes).toContainEqual({ code: 'E1', label: 'Economic, social & cultural rights - general measures of implementation' });
  });

  it('reads a noted recommendation made by eight States, in UN naming', () => {
    const rec = toRecommendation(UPR_140_1, FETCHED);
    expect(rec.statePosition).toEqual({ value: 'NOTED', label: 'Noted', source: null });
    expect(rec.recommendingStates.map((c) => c.code)).toEqual(['DZA', 'CPV', 'PRY', 'SSD', 'LKA', 'TGO', 'URY', 'VEN']);
    expect(rec.recommendingStates.at(-1)).toEqual({ code: 'VEN', name: 'Bolivarian Republic of Venezuela' });
  });

  it('keeps a country name outside ISO 3166 (UHRI writes "Kosovo*") with code null and says so', () => {
    const rec = toRecommendation({ ...PERU, countries: ['Kosovo*'] }, FETCHED);
    expect(rec.countries).toEqual([{ code: null, name: 'Kosovo*' }]);
    expect(recommendationWarnings(rec)).toEqual(['UHRI country name "Kosovo*" is not in ISO 3166; kept with code null']);
  });

  it('reads "Not Supported" as NOT_SUPPORTED and an unknown position as UNKNOWN, keeping the label', () => {
    expect(toRecommendation({ ...UPR_140_7, uprPositions: ['Not Supported'] }, FETCHED).statePosition).toEqual({
      value: 'NOT_SUPPORTED',
      label: 'Not Supported',
      source: null,
    });
    expect(toRecommendation({ ...UPR_140_7, uprPositions: ['Supported/Noted'] }, FETCHED).statePosition).toEqual({
      value: 'UNKNOWN',
      label: 'Supported/Noted',
      source: null,
    });
  });

  it('groups special-procedure mandates under un-sp and treaty bodies by acronym', () => {
    expect(uhriMechanism('SR Torture').id).toBe('un-sp');
    expect(uhriMechanism('WG Arbitrary detention').id).toBe('un-sp');
    expect(uhriMechanism('CESCR').id).toBe('un-cescr');
    expect(recommendationWarnings(toRecommendation({ ...PERU, body: 'SR Torture' }, FETCHED))).toEqual([]);
  });

  it('codes a theme only when it is a level-2 title, reading & as and', () => {
    expect(themeCodeOfLabel('Equality & non-discrimination')).toBe('B3');
    expect(themeCodeOfLabel(' - Right to physical & moral integrity\u00a0')).toBe('D2');
    expect(themeCodeOfLabel('Rights related to name, identity & nationality')).toBeUndefined();
  });
});

describe('the UHRI contract source', () => {
  let server: ReplayServer;
  let http: HttpClient;
  let indexDir: string;
  let ctx: SourceContext;

  beforeAll(async () => {
    server = await startReplayServer({ uhri: uhriReplay() });
    http = createHttpClient();
    const unused = () => Promise.reject(new Error('UHRI reads its index, not the fetcher'));
    ctx = { http, fetcher: { get: unused, post: unused } };
    indexDir = await mkdtemp(join(tmpdir(), 'uhri-source-test-'));
  });
  afterAll(async () => {
    await http.close();
    await server.close();
    await rm(indexDir, { recursive: true, force: true });
  });
  afterEach(() => server.setFault('uhri', undefined));

  const q = (over: Partial<ContractQuery>): ContractQuery => ({
    countries: [],
    from: null,
    to: null,
    text: null,
    themes: [],
    mechanisms: [],
    articles: [],
    importance: [],
    since: null,
    offset: 0,
    limit: 10,
    ...over,
  });
  const source = () => uhriSource({ baseUrl: server.baseUrl('uhri'), indexDir });

  it('declares itself as the UN source of every UN mechanism, filtering themes and text', () => {
    const s = source();
    expect(s).toMatchObject({
      name: 'uhri',
      system: 'UN',
      canFilterBy: { themes: true, text: true, articles: false, importance: false, since: false },
    });
    expect(s.mechanisms).toContain('un-upr');
    expect(s.mechanisms).toContain('un-sp');
    expect(s.mechanisms).not.toContain('coe-ecthr');
  });

  it("reads Slovenia's UPR recommendations on minorities (theme G1) in contract shape", async () => {
    const page = await source().recommendations!(q({ countries: ['SVN'], themes: ['G1'], mechanisms: ['un-upr'] }), ctx);
    expect(page.total).toBe(28);
    expect(page.rows).toHaveLength(10);
    expect(page.rows.every((r) => r.mechanism.id === 'un-upr' && r.themes.some((t) => t.code === 'G1'))).toBe(true);
    expect(page.rows[0].provenance).toMatchObject({ system: 'UN', source: 'uhri', owner: 'OHCHR', stale: false });
  });

  it("maps mechanism ids to UHRI bodies and answers nothing for another system's mechanism", async () => {
    const s = source();
    expect((await s.recommendations!(q({ countries: ['PER'], mechanisms: ['un-crc'] }), ctx)).total).toBe(1);
    expect((await s.recommendations!(q({ countries: ['SVN'], mechanisms: ['un-crc'] }), ctx)).total).toBe(0);
    expect(await s.recommendations!(q({ countries: ['SVN'], mechanisms: ['coe-ecthr'] }), ctx)).toEqual({
      rows: [],
      total: 0,
      fetched: [],
      warnings: [],
    });
  });

  it('resolves every recommending State of the Slovenian review, so the page has no warnings', async () => {
    const page = await source().recommendations!(q({ countries: ['SVN'], limit: 300 }), ctx);
    expect(page.rows).toHaveLength(254);
    expect(page.rows.flatMap((r) => r.recommendingStates).filter((c) => c.code === null)).toEqual([]);
    expect(page.warnings).toEqual([]);
  });

  it('leaves the UPR records of a report that upr-ohchr reads to upr-ohchr, before paging, and says how many', async () => {
    const leftTo = uhriSource({ baseUrl: server.baseUrl('uhri'), indexDir }, { source: 'upr-ohchr', symbols: ['A/HRC/59/15'] });
    const svn = await leftTo.recommendations!(q({ countries: ['SVN'], limit: 300 }), ctx);
    expect([svn.total, svn.rows]).toEqual([0, []]);
    expect(svn.warnings).toEqual([
      'uhri: 254 UPR record(s) of A/HRC/59/15 are served by upr-ohchr, the document they come from, and not repeated here',
    ]);
    // Other bodies' records, and UPR records of other reports, are UHRI's as before.
    expect((await leftTo.recommendations!(q({ countries: ['AUS'] }), ctx)).total).toBe(15);
  });
});
