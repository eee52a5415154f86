import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, decodeBody } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { createIachrAdapter, IACHR_DEFAULTS } from '../../adapters/iachr/index.ts';
import { validateIachrConfig } from '../../adapters/iachr/config.ts';
import { listingYears, listingUrl, yearsToRead } from '../../adapters/iachr/fetch.ts';
import { parseOasListing } from '../../adapters/iachr/parse.ts';
import { documentsOf, toDecisionRecord, toPrecautionaryRecord, toVisitRecord } from '../../adapters/iachr/map.ts';
import { englishRange } from '../../adapters/iachr/dates.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { systemReplay } from '../../replay/recorded.ts';

const interAmericanReplay = systemReplay('INTER_AMERICAN');

/** A fixture as the kit reads it: bytes decoded by the charset oas.org declares. */
const page = (name: string) =>
  decodeBody(readFileSync(new URL(`../fixtures/iachr/${name}`, import.meta.url)), 'text/html; charset=iso-8859-1');
const CHALLENGE = '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div id="cf-chl-widget"></div></body></html>';

describe('the oas.org listing parser', () => {
  it('files each entry under the country heading above it', () => {
    const entries = parseOasListing(page('merits-2015.html'));
    expect(entries.map((e) => e.country)).toEqual(['Argentina', 'Mexico', 'United States', 'United States', 'United States']);
    expect(entries[0].text).toBe('Report No. 43/15, Case 12.632, Adriana Beatriz Gallo, Ana María Careaga and Silvia Maluf De Christin');
  });

  it('decodes iso-8859-1 pages by the declared charset', () => {
    const [felix] = parseOasListing(page('merits-2015.html')).filter((e) => e.text.includes('Report No. 11/15'));
    expect(toDecisionRecord(felix, 2015)?.title).toBe('Félix Rocha Díaz');
  });

  it('reads report, case, parties and both document links with their languages', () => {
    const [gallo] = parseOasListing(page('merits-2015.html'));
    expect(toDecisionRecord(gallo, 2015)).toEqual({
      report: 'Report No. 43/15',
      caseNumbers: ['Case 12.632'],
      title: 'Adriana Beatriz Gallo, Ana María Careaga and Silvia Maluf De Christin',
      country: 'Argentina',
      year: 2015,
      documents: [
        { url: 'https://www.oas.org/en/iachr/decisions/2015/arPU12632gEN.docx', language: 'en', title: null },
        { url: 'https://www.oas.org/en/iachr/decisions/2015/arPU12632gEN.pdf', language: 'en', title: 'Report No. 43/15' },
      ],
    });
  });

  it('unglues the "Summary (spanish)" label and drops the space inside the summary\'s link (real quirks from 2016 on)', () => {
    const millar = parseOasListing(page('merits-2016.html')).find((e) => e.text.includes('48/16'))!;
    const record = toDecisionRecord(millar, 2016)!;
    expect(record.title).toBe('Miguel Angel Millar Silva et al.');
    expect(record.documents.map((d) => [d.url, d.language])).toEqual([
      ['https://www.oas.org/es/cidh/decisiones/IDEHPUCP/Fondo_2016_Miguel_Angel_Millar__Chile_ES.docx', 'es'],
      ['https://www.oas.org/es/cidh/decisiones/IDEHPUCP/Fondo_2016_Miguel_Angel_Millar__Chile_ES.PDF', 'es'],
    ]);
    expect(documentsOf([{ href: 'https://www.oas.org /es/x_ES.PDF', text: '' }])[0].url).toBe('https://www.oas.org/es/x_ES.PDF');
  });

  it('reads a petition number as written, and no decision from an entry without a report number', () => {
    expect(toDecisionRecord({ country: 'Mexico', text: 'Report No. 238/24, Petition 804-19, X', links: [] }, 2024)?.caseNumbers).toEqual([
      'Petition 804-19',
    ]);
    expect(toDecisionRecord({ country: 'Mexico', text: 'Press release', links: [] }, 2024)).toBeNull();
  });

  it("reads a precautionary measure's resolution, number, beneficiaries, decision and date", () => {
    const [entry] = parseOasListing(page('precautionary-2019.html')).filter((e) => e.country === 'Nicaragua');
    expect(toPrecautionaryRecord(entry)).toEqual({
      code: 'MC 1067-18',
      resolution: 'Resolution 60/2019',
      country: 'Nicaragua',
      beneficiaries: 'S.I.M.A. and sixteen other women human rights defenders',
      decision: 'Extension',
      date: '2019-12-24',
      sourceDate: 'December 24, 2019',
    });
    const [honduras] = parseOasListing(page('precautionary-2023.html'));
    expect(toPrecautionaryRecord(honduras)).toMatchObject({
      code: 'MC 416-13',
      resolution: null,
      decision: 'Follow-up, extension and partial lift',
    });
    expect(toPrecautionaryRecord({ country: 'Peru', text: '300 inhabitants of Puerto Nuevo, Callao', links: [] })).toBeNull();
  });

  it("reads a visit's kind and days, including the 2020 Venezuela visit held from Cúcuta", () => {
    const [venezuela, salvador] = parseOasListing(page('visits-DM.html')).map((e) => toVisitRecord(e, 'DM'));
    expect(venezuela).toMatchObject({
      country: 'Venezuela',
      kind: 'On-site visit',
      startDate: '2020-02-04',
      endDate: '2020-02-07',
      sourceDates: 'February 4 - 7, 2020',
    });
    expect(venezuela!.text).toContain('Held in Cúcuta, Colombia');
    expect(salvador).toMatchObject({ country: 'El Salvador', startDate: '2019-12-02', endDate: '2019-12-04' });
    expect(englishRange('Working visit, July 30 to August 3, 2018')).toMatchObject({ start: '2018-07-30', end: '2018-08-03' });
    expect(englishRange('December 29 to January 2, 2020')).toMatchObject({ start: '2019-12-29', end: '2020-01-02' });
  });

  it('asks only the listing years a date range needs', () => {
    expect(listingYears(IACHR_DEFAULTS.decisions.merits, { from: '2015-06-01', to: '2016-12-31' }, 2026)).toEqual([2016, 2015]);
    expect(listingYears(IACHR_DEFAULTS.decisions.merits, { from: null, to: '2013-12-31' }, 2026)).toEqual([]);
    expect(listingUrl(IACHR_DEFAULTS, IACHR_DEFAULTS.decisions.merits, 2015)).toBe(
      'https://www.oas.org/en/iachr/decisions/pc/merits.asp?Year=2015',
    );
  });

  it('reads at most maxYears years a query, the newest of its range, from the earliest first year of the listings', () => {
    const decisions = Object.values(IACHR_DEFAULTS.decisions); // friendly settlements from 2000, merits from 2014
    const open = { from: null, to: null };
    expect(yearsToRead(decisions, open, 2026, 10)).toEqual({
      years: [2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017],
      complete: false,
    });
    expect(yearsToRead(decisions, { from: null, to: '2017-12-31' }, 2026, 3)).toEqual({ years: [2017, 2016, 2015], complete: false });
    expect(yearsToRead(decisions, open, 2026, 27)).toEqual({ years: listingYears({ firstYear: 2000 }, open, 2026), complete: true });
    // A range that fits is read whole, as without a cap.
    expect(yearsToRead(decisions, { from: '2014-01-01', to: '2017-12-31' }, 2026, 10)).toEqual({
      years: [2017, 2016, 2015, 2014],
      complete: true,
    });
    expect(yearsToRead([IACHR_DEFAULTS.precautionary], { from: '2016-03-01', to: null }, 2026, 11)).toEqual({
      years: listingYears(IACHR_DEFAULTS.precautionary, { from: '2016-03-01', to: null }, 2026),
      complete: true,
    });
    expect(yearsToRead([IACHR_DEFAULTS.precautionary], { from: '2030-01-01', to: null }, 2026, 10)).toEqual({ years: [], complete: true });
  });

  it('checks maxYears and latestYear, naming the setting', () => {
    expect(() => validateIachrConfig({ ...IACHR_DEFAULTS, maxYears: 0 })).toThrow(
      'adapters.iachr.maxYears must be a positive integer (years); got 0',
    );
    expect(() => validateIachrConfig({ ...IACHR_DEFAULTS, latestYear: Number('next') })).toThrow(
      /adapters\.iachr\.latestYear must be a positive integer \(year\)/,
    );
    expect(validateIachrConfig({ ...IACHR_DEFAULTS, latestYear: 2024 }).latestYear).toBe(2024);
  });
});

describe('the IACHR adapter against the replayed oas.org', () => {
  let server: ReplayServer;
  const http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [] } });
  beforeAll(async () => {
    server = await startReplayServer(interAmericanReplay.mounts({}));
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('reads the merits listings of the years asked, decoded from iso-8859-1', async () => {
    const fetcher = createCachedFetcher(http, createSourceCache());
    const adapter = createIachrAdapter({ baseUrl: server.baseUrl('iachr') });
    const listing = await adapter.decisions({ from: '2015-01-01', to: '2015-12-31' }, fetcher);
    expect(listing.rows.map((r) => r.record.report)).toContain('Report No. 11/15');
    expect(listing.rows.find((r) => r.record.report === 'Report No. 11/15')?.record.title).toBe('Félix Rocha Díaz');
    expect(listing.fetched).toHaveLength(4); // merits, admissibility, inadmissibility, friendly settlement for 2015
  });

  it('answers a 403 challenge page as RH_SOURCE_BLOCKED, and serves the cached listing marked stale meanwhile', async () => {
    let now = Date.parse('2026-01-10T00:00:00Z');
    const fetcher = createCachedFetcher(http, createSourceCache(), () => now);
    const adapter = createIachrAdapter({ baseUrl: server.baseUrl('iachr'), ttlMs: 60_000 });
    const range = { from: '2019-01-01', to: '2019-12-31' };
    const fresh = await adapter.precautionary(range, fetcher);
    expect(fresh.rows).toHaveLength(3);

    server.setFault('iachr', { kind: 'status', status: 403, body: CHALLENGE, headers: { 'content-type': 'text/html; charset=UTF-8' } });
    now += 120_000; // past the TTL: the source must be asked again
    const stale = await adapter.precautionary(range, fetcher);
    expect(stale.rows.map((r) => r.record.code)).toEqual(fresh.rows.map((r) => r.record.code));
    expect(stale.fetched[0]).toMatchObject({ stale: true, fromCache: true, staleBecause: { code: 'RH_SOURCE_BLOCKED', status: 403 } });

    const cold = createCachedFetcher(http, createSourceCache());
    await expect(adapter.precautionary(range, cold)).rejects.toMatchObject({ code: 'RH_SOURCE_BLOCKED' });
    server.setFault('iachr', undefined);
  });
});
