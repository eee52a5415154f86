import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher, type SourceFetcher } from '../../adapters/_kit/fetcher.ts';
import {
  createUwaziAdapter,
  dayRangeFilter,
  metadataDate,
  metadataLabels,
  metadataText,
  unixToDay,
  validateUwaziConfig,
} from '../../adapters/uwazi/index.ts';
import { uwaziSearchUrl } from '../../adapters/uwazi/fetch.ts';
import { parseUwaziSearch, parseUwaziTemplates, type UwaziEntity } from '../../adapters/uwazi/parse.ts';
import { uwaziReplay, type UwaziReplayEntity } from '../../adapters/uwazi/replay.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';

const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(fixture(path), 'utf8'));
const ENTITIES: UwaziReplayEntity[] = read('ihrda/entities.json');
const TEMPLATES: unknown[] = read('ihrda/templates.json');
const THESAURI: unknown[] = read('ihrda/thesauri.json');
const ACHPR = '59f8a857c01ffe324453ba2f';
const NO_RETRY = { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [503] };
const BY_DATE = { property: 'metadata.year_decided', order: 'desc' } as const;

describe('Uwazi parsing and metadata helpers', () => {
  it('reads a search envelope into entities keeping the metadata as Uwazi returns it', () => {
    const body = JSON.stringify({ rows: ENTITIES.slice(0, 2), totalRows: 15 });
    const { rows, totalRows } = parseUwaziSearch(body, 'ihrda-achpr', 'u');
    expect(totalRows).toBe(15);
    expect(rows[0]).toMatchObject({ sharedId: 'ztv7govkoj6ccqzl9lnwgsyvi', template: ACHPR, language: 'en', published: true });
    expect(rows[0].metadata.outcome).toEqual([{ value: 'outcome-ruled-inadmissible', label: 'Ruled Inadmissible' }]);
  });

  it('reads the real Uwazi entity documents of the development dump, whose template is a Mongo $oid', () => {
    const dump = read('uwazi/dev-entities.json') as unknown[];
    const { rows } = parseUwaziSearch(JSON.stringify({ rows: dump, totalRows: dump.length }), 'uwazi-dev', 'u');
    const merchants = rows.find((r) => r.sharedId && r.title.startsWith('19 Merchants'))!;
    expect(merchants.template).toBe('58ada34c299e82674854508a');
    expect(metadataDate(merchants, 'fecha')).toBe('2004-07-05');
    expect(metadataText(merchants, 'n_mero')).toBe('C-109');
    expect(metadataLabels(merchants, 'pa_s')).toEqual(['Colombia']);
    expect(merchants.creationDate).toBeTypeOf('number');
  });

  it('reads labels of a multi-State decision, its decision day from unix seconds, and text values', () => {
    const pen = ENTITIES.find((e) => e.title.startsWith('19/88')) as unknown as UwaziEntity;
    expect(metadataLabels(pen, 'country')).toEqual(['Cameroon', 'Ethiopia', 'Kenya', 'Malawi']);
    expect(metadataDate(pen, 'year_decided')).toBe('1989-11-04');
    expect(metadataText(pen, 'case_head_notes')).toBeNull();
    expect(unixToDay(593827200)).toBe('1988-10-26');
    expect(unixToDay('not a date')).toBeNull();
  });

  it('turns a day range into a Uwazi unix-seconds range that includes the whole last day', () => {
    expect(dayRangeFilter('2012-01-01', '2012-12-31')).toEqual({ from: 1325376000, to: 1356998399 });
    expect(dayRangeFilter(null, null)).toBeNull();
  });

  it('refuses a body that is not the rows envelope, and a page whose rows have no sharedId', () => {
    expect(() => parseUwaziSearch('<html>', 's', 'u')).toThrow(expect.objectContaining({ code: 'RH_SOURCE_PARSE' }));
    expect(() => parseUwaziSearch('{"rows":[]}', 's', 'u')).toThrow(expect.objectContaining({ code: 'RH_SOURCE_PARSE' }));
    expect(() => parseUwaziSearch('{"rows":[{"title":"x"}],"totalRows":1}', 's', 'u')).toThrow(
      expect.objectContaining({ code: 'RH_SOURCE_INSANE' }),
    );
  });

  it('reads the real template definitions of the development dump with their thesaurus ids', () => {
    const templates = parseUwaziTemplates(JSON.stringify({ rows: read('uwazi/dev-templates.json') }), 's', 'u');
    expect(templates.find((t) => t.name === 'Mecanismo')?.properties).toContainEqual({
      name: 'paises',
      label: 'Paises',
      type: 'relationship',
      content: '58ada34c299e826748545059',
    });
  });

  it('builds the search URL with the template in types and the parameters in a fixed order', () => {
    const cfg = validateUwaziConfig({ name: 'ihrda-achpr', baseUrl: 'https://caselaw.ihrda.org/', template: ACHPR });
    expect(uwaziSearchUrl(cfg, { from: 0, limit: 100 })).toBe(
      'https://caselaw.ihrda.org/api/search?types=%5B%2259f8a857c01ffe324453ba2f%22%5D&allAggregations=false&from=0&limit=100',
    );
    const url = new URL(uwaziSearchUrl(cfg, { filters: { country: { values: ['a'] } }, sort: BY_DATE, from: 10, limit: 5 }));
    expect(JSON.parse(url.searchParams.get('filters')!)).toEqual({ country: { values: ['a'] } });
    expect([url.searchParams.get('sort'), url.searchParams.get('order')]).toEqual(['metadata.year_decided', 'desc']);
  });

  it('rejects a config without a real template id, naming the key', () => {
    expect(() => validateUwaziConfig({ name: 'upr-info', baseUrl: 'https://upr-info-database.uwazi.io', template: 'x' })).toThrow(
      /adapters\.upr-info\.template must be a Uwazi template id/,
    );
    expect(() => validateUwaziConfig({ name: 'upr-info', baseUrl: 'x', template: ACHPR })).toThrow(/baseUrl/);
  });
});

describe('Uwazi search on the loopback replay', () => {
  let server: ReplayServer;
  let http: HttpClient;
  const fetcherFor = (): SourceFetcher => createCachedFetcher(http, createSourceCache());
  const adapter = (pageSize = 4) =>
    createUwaziAdapter({ name: 'ihrda-achpr', baseUrl: server.baseUrl('ihrda'), template: ACHPR, pageSize });

  beforeAll(async () => {
    server = await startReplayServer({ ihrda: uwaziReplay({ entities: ENTITIES, templates: TEMPLATES, thesauri: THESAURI }) });
    http = createHttpClient({ retry: NO_RETRY });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('reads every page a window needs, in parallel after the first, and no page beyond it', async () => {
    const before = server.hits('ihrda').length;
    const page = await adapter(4).search({ sort: BY_DATE, from: 2, limit: 9 }, fetcherFor());
    const requests = server.hits('ihrda').slice(before);
    expect(page.total).toBe(15);
    expect(page.rows).toHaveLength(9);
    expect(requests.map((r) => new URL(r.slice(4), 'http://x').searchParams.get('from'))).toEqual(['2', '6', '10']);
    expect(page.rows.map((r) => new URL(r.fetched.url).searchParams.get('from'))).toEqual(['2', '2', '2', '2', '6', '6', '6', '6', '10']);
    const days = page.rows.map((r) => metadataDate(r.record, 'year_decided')!);
    expect([...days].sort().reverse()).toEqual(days);
  });

  it('stops at the total when the window runs past the last entity', async () => {
    const page = await adapter(10).search({ sort: BY_DATE, from: 12, limit: 10 }, fetcherFor());
    expect(page.rows).toHaveLength(3);
    expect(page.warnings).toEqual([]);
  });

  it('filters by a thesaurus id resolved from its label through the instance thesauri', async () => {
    const fetcher = fetcherFor();
    const countries = await adapter().thesaurusOf('country', fetcher);
    const kenya = countries.values.filter((v) => v.label === 'Kenya').map((v) => v.id);
    const page = await adapter().search({ filters: { country: { values: kenya } }, sort: BY_DATE, from: 0, limit: 10 }, fetcher);
    expect(page.rows.map((r) => r.record.title)).toEqual([
      '135/94 Kenya Human Rights Commission v Kenya',
      '19/88 International PEN v Malawi, Ethiopia, Cameroon and Kenya',
    ]);
    expect(page.total).toBe(2);
  });

  it('filters by a unix-seconds date range', async () => {
    const range = dayRangeFilter('2012-01-01', '2013-12-31')!;
    const page = await adapter().search({ filters: { year_decided: range }, sort: BY_DATE, from: 0, limit: 10 }, fetcherFor());
    expect(page.rows.map((r) => metadataDate(r.record, 'year_decided'))).toEqual(['2013-07-24', '2013-04-23', '2012-10-22']);
  });

  it('reports a thesaurus id that Uwazi silently matches to nothing as a configuration error, not as no data', async () => {
    const search = adapter().search({ filters: { country: { values: ['kenya'] } }, from: 0, limit: 10 }, fetcherFor());
    await expect(search).rejects.toMatchObject({ code: 'RH_SOURCE_CONFIG', message: expect.stringContaining('kenya') });
  });

  it('answers a valid id with no entity as an empty page, and a filter on an unknown property as a configuration error', async () => {
    const fetcher = fetcherFor();
    const usa = (await adapter().thesaurusOf('country', fetcher)).values.find((v) => v.label === 'USA')!.id;
    const none = await adapter().search(
      { filters: { country: { values: [usa] }, year_decided: { from: 0, to: 1 } }, from: 0, limit: 10 },
      fetcher,
    );
    expect(none).toMatchObject({ rows: [], total: 0 });
    await expect(adapter().search({ filters: { state: { values: ['x'] } }, from: 0, limit: 10 }, fetcher)).rejects.toMatchObject({
      code: 'RH_SOURCE_CONFIG',
    });
  });

  it('says when a property has no thesaurus or the template is not on the instance', async () => {
    await expect(adapter().thesaurusOf('year_decided', fetcherFor())).rejects.toMatchObject({ code: 'RH_SOURCE_CONFIG' });
    const missing = createUwaziAdapter({ name: 'x', baseUrl: server.baseUrl('ihrda'), template: '000000000000000000000000' });
    await expect(missing.thesaurusOf('country', fetcherFor())).rejects.toMatchObject({ code: 'RH_SOURCE_CONFIG' });
  });

  it('searches titles with searchTerm', async () => {
    const page = await adapter().search({ searchTerm: 'amnesty', from: 0, limit: 10 }, fetcherFor());
    expect(page.rows.map((r) => r.record.title)).toEqual(['212/98 Amnesty International v Zambia']);
  });
});
