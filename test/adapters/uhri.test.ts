import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createUhriAdapter, type UhriSearch } from '../../adapters/uhri/index.ts';
import { readExportRecords } from '../../adapters/uhri/parse.ts';
import { readCurrentManifest } from '../../adapters/uhri/index-store.ts';
import { mapUhriRecord, plainText } from '../../adapters/uhri/map.ts';
import { countryKeysOf } from '../../adapters/uhri/index-store.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { uhriReplay } from '../../adapters/uhri/replay.ts';

const FIXTURE = new URL('../fixtures/uhri/export-full-en.json', import.meta.url);
const EXPORT_PATH = 'GET /uhri/export-results/export-full-en.json';

const query = (q: Partial<UhriSearch> = {}): UhriSearch => ({
  countries: [],
  from: null,
  to: null,
  text: null,
  themes: [],
  bodies: [],
  offset: 0,
  limit: 20,
  ...q,
});

async function fixtureRecords() {
  const records = [];
  for await (const r of readExportRecords(createReadStream(FIXTURE))) records.push(r);
  return records;
}

describe('parsing and mapping the UHRI export', () => {
  it('streams every element of the reconstructed export as a record', async () => {
    const records = await fixtureRecords();
    expect(records).toHaveLength(270);
    expect(records.every((r) => r !== null)).toBe(true);
  });

  it('maps the real CRC record on Peru with its labels unbulleted and its date as YYYY-MM-DD', async () => {
    const peru = mapUhriRecord((await fixtureRecords())[0]!);
    expect(peru).toMatchObject({
      annotationId: 'a9ceae8c-fe1c-40f9-a326-1529e0ab678f',
      annotationType: 'Concerns/Observations',
      body: 'CRC',
      countries: ['Peru'],
      documentId: '41a0b08f-5a9a-4eb5-985f-05b47986ad82',
      publicationDate: '2025-02-12',
      sourceDate: null,
      publishedOnUhri: '2025-03-03T10:53:45.827',
      symbol: 'CRC/C/PER/CO/6-7',
      uprCycle: null,
      uprPositions: [],
    });
    expect(peru.text.startsWith('4.The Committee reminds the State party')).toBe(true);
    expect(peru.sdgs[0]).toBe('16.2 - Protect children from abuse, exploitation, trafficking and violence');
  });

  it('turns the HTML of a Text into plain text', () => {
    expect(plainText('<p>45. The Committee requests the State party to submit its next periodic report by 4 November 2021.</p>')).toBe(
      '45. The Committee requests the State party to submit its next periodic report by 4 November 2021.',
    );
    expect(plainText('Ratification of &amp; accession<br/>to instruments &#8217;')).toBe('Ratification of & accession\nto instruments ’');
  });

  it('files a record under each resolved country and its unknown names under _unresolved', () => {
    expect(countryKeysOf({ Countries: ['Peru'] })).toEqual({ keys: ['PER'], unresolved: [] });
    expect(countryKeysOf({ Countries: ['Serbia', 'Kosovo*'] })).toEqual({ keys: ['SRB', '_unresolved'], unresolved: ['Kosovo*'] });
    expect(countryKeysOf({ Countries: [] })).toEqual({ keys: ['_unresolved'], unresolved: [] });
  });
});

describe('the UHRI adapter over its local index', () => {
  let server: ReplayServer;
  let http: HttpClient;
  let indexDir: string;

  beforeAll(async () => {
    server = await startReplayServer({ uhri: uhriReplay() });
    http = createHttpClient();
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });
  beforeEach(async () => {
    indexDir = await mkdtemp(join(tmpdir(), 'uhri-test-'));
  });
  afterEach(async () => {
    server.setFault('uhri', undefined);
    await rm(indexDir, { recursive: true, force: true });
  });

  const REFRESH_MS = 3_600_000;
  /** The adapters' clock: it moves only when a test moves it. */
  let clock = 0;
  beforeEach(() => {
    clock = Date.parse('2026-07-12T00:00:00Z');
  });
  const adapter = () => createUhriAdapter({ baseUrl: server.baseUrl('uhri'), indexDir, refreshMs: REFRESH_MS }, () => clock);
  /** Lets the index grow older than refreshMs, as a day passing would. */
  const ageTheIndex = () => {
    clock += REFRESH_MS;
  };
  const hitsOfExport = () => server.hits('uhri').filter((h) => h === EXPORT_PATH).length;

  it('builds the index once from the streamed export: one file per country and a manifest', async () => {
    const before = hitsOfExport();
    const state = await adapter().index({ http });
    expect(state.built).toBe(true);
    expect(state.manifest).toMatchObject({
      sourceUrl: `${server.baseUrl('uhri')}/uhri/export-results/export-full-en.json`,
      recordCount: 270,
      skipped: 0,
      perCountry: { PER: 1, AUS: 15, SVN: 254 },
      unresolvedNames: [],
    });
    expect((await readdir(join(indexDir, state.manifest.buildId))).sort()).toEqual([
      'AUS.ndjson',
      'PER.ndjson',
      'SVN.ndjson',
      'manifest.json',
    ]);
    expect((await readFile(join(indexDir, 'current'), 'utf8')).trim()).toBe(state.manifest.buildId);
    expect(hitsOfExport() - before).toBe(1);
  });

  it('answers Slovenia with its 254 UPR recommendations, paged by offset in id order within one date', async () => {
    const uhri = adapter();
    const first = await uhri.search(query({ countries: ['SVN'], limit: 10 }), { http });
    const second = await uhri.search(query({ countries: ['SVN'], offset: 10, limit: 10 }), { http });
    expect(first.total).toBe(254);
    expect(first.rows.map((r) => r.text.split(' ')[0])).toEqual([
      '140.1',
      '140.2',
      '140.3',
      '140.4',
      '140.5',
      '140.6',
      '140.7',
      '140.8',
      '140.9',
      '140.10',
    ]);
    expect(second.rows[0].text.startsWith('140.11 ')).toBe(true);
    expect(first.rows[0]).toMatchObject({
      body: 'UPR',
      uprPositions: ['Noted'],
      uprSessions: ['48'],
      uprCycle: '4',
      symbol: 'A/HRC/59/15',
    });
    expect(first.rows[6]).toMatchObject({ uprPositions: ['Supported'], uprRecommendingCountries: ['Maldives', 'Portugal'] });
    expect(second.fetched[0]).toMatchObject({ fromCache: true, stale: false, body: '' });
  });

  it('lists several countries newest first: Australia 2026, Slovenia 2025-03-24, Peru 2025-02-12', async () => {
    const page = await adapter().search(query({ countries: ['PER', 'SVN', 'AUS'], limit: 300 }), { http });
    expect(page.total).toBe(270);
    expect(page.rows[0].publicationDate).toBe('2026-03-23');
    expect(page.rows[15].publicationDate).toBe('2025-03-24');
    expect(page.rows[269]).toMatchObject({ countries: ['Peru'], publicationDate: '2025-02-12' });
  });

  it('answers Peru with its one CRC record and Türkiye with an empty list', async () => {
    const uhri = adapter();
    const peru = await uhri.search(query({ countries: ['PER'] }), { http });
    expect(peru.total).toBe(1);
    expect(peru.rows[0].annotationId).toBe('a9ceae8c-fe1c-40f9-a326-1529e0ab678f');
    const turkiye = await uhri.search(query({ countries: ['TUR'] }), { http });
    expect(turkiye).toMatchObject({ rows: [], total: 0, warnings: [] });
  });

  it('filters by text, theme code, body and dates before paging', async () => {
    const uhri = adapter();
    const count = async (q: Partial<UhriSearch>) => (await uhri.search(query({ countries: ['SVN', 'PER', 'AUS'], ...q }), { http })).total;
    // Five records say "statelessness"; the stem (stateless) finds a sixth that says only "stateless persons".
    expect(await count({ text: 'STATELESSNESS' })).toBe(6);
    expect(await count({ text: '"statelessness"' })).toBe(6);
    expect(await count({ text: 'statelessness NOT stateless' })).toBe(0);
    expect(await count({ countries: ['SVN'], themes: ['G1'] })).toBe(28);
    expect(await count({ bodies: ['CRC'] })).toBe(1);
    expect(await count({ bodies: ['cescr'] })).toBe(15);
    expect(await count({ bodies: ['SP'] })).toBe(0);
    expect(await count({ from: '2025-03-01', to: '2025-12-31' })).toBe(254);
  });

  it('reads every country file when no country is asked', async () => {
    const page = await adapter().search(query({ limit: 1 }), { http });
    expect(page.total).toBe(270);
    expect(page.rows).toHaveLength(1);
  });

  it('downloads the export once for concurrent first queries', async () => {
    const before = hitsOfExport();
    const uhri = adapter();
    const pages = await Promise.all([1, 2, 3].map(() => uhri.search(query({ countries: ['PER'] }), { http })));
    expect(pages.map((p) => p.total)).toEqual([1, 1, 1]);
    expect(hitsOfExport() - before).toBe(1);
  });

  it('answers from the old index at once while a fresh one downloads', async () => {
    const uhri = adapter();
    const built = await uhri.index({ http });
    ageTheIndex();
    const downloads = hitsOfExport();
    // Had the search waited for the download it started, it would answer from the new index.
    const page = await uhri.search(query({ countries: ['PER'] }), { http });
    expect(page.fetched[0]).toMatchObject({ fetchedAt: built.manifest.fetchedAt, stale: false });
    await uhri.whenIdle();
    expect(hitsOfExport()).toBe(downloads + 1);
    const fresh = await readCurrentManifest(indexDir);
    expect(fresh?.fetchedAt).not.toBe(built.manifest.fetchedAt);
  });

  it('serves the old index as stale when a rebuild fails with 503, and does not retry at once', async () => {
    const uhri = adapter();
    const built = await uhri.index({ http });
    ageTheIndex();
    server.setFault('uhri', { kind: 'status', status: 503 });
    await uhri.search(query({ countries: ['PER'] }), { http }); // starts the refresh in the background
    await uhri.whenIdle();
    const page = await uhri.search(query({ countries: ['PER'] }), { http });
    expect(page.total).toBe(1);
    expect(page.fetched[0]).toMatchObject({ fetchedAt: built.manifest.fetchedAt, fromCache: true, stale: true });
    expect(page.fetched[0].staleBecause).toMatchObject({ code: 'RH_SOURCE_HTTP', status: 503 });
    expect(page.warnings[0]).toMatch(/refreshing it failed \(RH_SOURCE_HTTP/);
    const hits = server.hits('uhri').length;
    await uhri.search(query({ countries: ['PER'] }), { http });
    expect(server.hits('uhri').length).toBe(hits);
  });

  it('throws RH_SOURCE_HTTP when the export fails and there is no index yet, and does not download again at once', async () => {
    server.setFault('uhri', { kind: 'status', status: 503 });
    const uhri = adapter();
    await expect(uhri.search(query({ countries: ['PER'] }), { http })).rejects.toMatchObject({ code: 'RH_SOURCE_HTTP', status: 503 });
    expect(existsSync(join(indexDir, 'current'))).toBe(false);
    const hits = hitsOfExport();
    await expect(uhri.search(query({ countries: ['PER'] }), { http })).rejects.toMatchObject({ code: 'RH_SOURCE_HTTP' });
    expect(hitsOfExport()).toBe(hits);
  });

  it('throws RH_SOURCE_PARSE for an HTML page instead of the export', async () => {
    server.setFault('uhri', {
      kind: 'garbage',
      contentType: 'text/html',
      body: '<!DOCTYPE html><html><body>Service unavailable</body></html>',
    });
    await expect(adapter().search(query({ countries: ['PER'] }), { http })).rejects.toMatchObject({ code: 'RH_SOURCE_PARSE' });
    expect(await readdir(indexDir)).toEqual([]);
  });

  it('never lets garbage or an empty export replace a good index', async () => {
    const uhri = adapter();
    const good = await uhri.index({ http });
    ageTheIndex();
    server.setFault('uhri', { kind: 'garbage', contentType: 'text/html', body: '<html><body>Maintenance</body></html>' });
    await uhri.search(query({ countries: ['SVN'], limit: 1 }), { http });
    await uhri.whenIdle();
    const page = await uhri.search(query({ countries: ['SVN'], limit: 1 }), { http });
    expect(page.total).toBe(254);
    expect(page.fetched[0].staleBecause?.code).toBe('RH_SOURCE_PARSE');

    const fresh = createUhriAdapter({ baseUrl: server.baseUrl('uhri'), indexDir: join(indexDir, 'empty'), refreshMs: 1 });
    server.setFault('uhri', { kind: 'garbage', contentType: 'application/json', body: '[]' });
    await expect(fresh.index({ http })).rejects.toMatchObject({ code: 'RH_SOURCE_INSANE' });
    expect((await readFile(join(indexDir, 'current'), 'utf8')).trim()).toBe(good.manifest.buildId);
    expect((await readdir(indexDir)).sort()).toEqual([good.manifest.buildId, 'current', 'empty'].sort());
  });
});
