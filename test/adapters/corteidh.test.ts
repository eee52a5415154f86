import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCorteIdhAdapter } from '../../adapters/corteidh/index.ts';
import { searchForm } from '../../adapters/corteidh/fetch.ts';
import { parseSearchResults } from '../../adapters/corteidh/parse.ts';
import { documentOf, spanishDate, toJudgment, toJudgments } from '../../adapters/corteidh/map.ts';
import { CORTEIDH_DEFAULTS } from '../../adapters/corteidh/config.ts';
import { createHttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { systemReplay } from '../../replay/recorded.ts';

const interAmericanReplay = systemReplay('INTER_AMERICAN');

const FRAGMENT = readFileSync(new URL('../fixtures/corteidh/jurisprudencia-CC-es.html', import.meta.url), 'utf8');
const URL_ = 'https://www.corteidh.or.cr/get_jurisprudencia_search_tipo.cfm';
const CHALLENGE = '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div id="cf-chl-widget"></div></body></html>';

describe('the Court jurisprudence search parser', () => {
  const rows = parseSearchResults(FRAGMENT, 'corteidh', URL_);
  const warnings: string[] = [];
  const judgments = toJudgments(rows, 'corteidh', warnings);

  it('reads every li.search-result entry of the recorded fragment with its citation and links', () => {
    expect(rows).toHaveLength(33);
    expect(judgments).toHaveLength(33);
    expect(warnings).toEqual([]);
    expect(judgments.map((j) => j.id).slice(0, 3)).toEqual(['C-588', 'C-587', 'C-586']);
  });

  it('splits the official Spanish citation into case, State, act, date and series number', () => {
    expect(judgments.find((j) => j.id === 'C-539')).toMatchObject({
      seriesNumber: 539,
      caseName: 'Dos Santos Nascimento y Ferreira Gomes',
      state: 'Brasil',
      act: 'Excepciones Preliminares, Fondo, Reparaciones y Costas',
      date: '2024-10-07',
      sourceDate: '7 de octubre de 2024',
      language: 'es',
    });
  });

  it('keeps an interpretation judgment whose act itself says "Sentencia de Fondo", and a judgment that names no act', () => {
    expect(judgments.find((j) => j.id === 'C-535')).toMatchObject({
      act: 'Interpretación de la Sentencia de Fondo, Reparaciones y Costas y Rectificación de errores de la Sentencia',
      date: '2024-09-02',
    });
    expect(judgments.find((j) => j.id === 'C-466')).toMatchObject({ act: null, caseName: 'Huacón Baidal y otros', date: '2022-10-04' });
  });

  it('lists the judgment, its summary and the separate opinions with their languages, as the listing links them', () => {
    const docs = judgments.find((j) => j.id === 'C-539')!.documents;
    expect(docs[0]).toEqual({
      url: 'https://www.corteidh.or.cr/docs/casos/articulos/seriec_539_esp.pdf',
      language: 'es',
      kind: 'judgment',
    });
    expect(docs[1]).toMatchObject({ kind: 'summary', language: 'es' });
    expect(docs.slice(2).every((d) => d.kind === 'separate opinion')).toBe(true);
    expect(judgments.find((j) => j.id === 'C-470')!.documents[0].url).toBe('http://corteidh.or.cr/docs/casos/articulos/seriec_470_esp.pdf');
    expect(documentOf('https://corteidh.or.cr/docs/casos/articulos/seriec_262_ing.pdf').language).toBe('en');
  });

  it("answers nothing found for the service's -1, and refuses an empty body, a ColdFusion error or a changed layout", () => {
    expect(parseSearchResults(' -1 ', 'corteidh', URL_)).toEqual([]);
    for (const body of ['', 'An error occurred while executing the application.', '<ul><li class="result">x</li></ul>'])
      expect(() => parseSearchResults(body, 'corteidh', URL_)).toThrow(expect.objectContaining({ code: 'RH_SOURCE_PARSE' }));
  });

  it("leaves out, with a warning, a citation not in the Court's form, and calls a page of such citations insane", () => {
    const w: string[] = [];
    expect(toJudgment({ citation: 'Resolución de la Presidencia', links: [] }, w)).toBeNull();
    expect(w[0]).toMatch(/not in the Court's form/);
    expect(() => toJudgments([{ citation: 'x', links: [] }], 'corteidh', [])).toThrow(
      expect.objectContaining({ code: 'RH_SOURCE_INSANE' }),
    );
  });

  it('reads Spanish dates, and nothing else', () => {
    expect(spanishDate('27 de noviembre de 2025')).toBe('2025-11-27');
    expect(spanishDate('2 de setiembre de 2024')).toBe('2024-09-02');
    expect(spanishDate('November 27, 2025')).toBeNull();
  });

  it("sends the whole form the Court's pages send, with the years of the range", () => {
    const form = searchForm(CORTEIDH_DEFAULTS, 'CC', { from: '2022-03-01', to: '2024-12-31' });
    expect(Object.fromEntries(form)).toEqual({
      lang: 'es',
      Texto_busqueda_TXT: '',
      nId_estado_NUM: 'T',
      sYear: '2022',
      sYear2: '2024',
      page_rows: '3000',
      nId_Tipo_Jurisprudencia: 'CC',
      startrow: '1',
      search_param: 'name',
    });
  });
});

describe('the Court adapter against the replayed search', () => {
  let server: ReplayServer;
  beforeAll(async () => {
    server = await startReplayServer(interAmericanReplay.mounts({}));
  });
  afterAll(() => server.close());
  const NO_RETRY = { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 1, statusCodes: [] };
  /** A fresh cache per call, so each test asks the replayed Court itself. */
  const fetcher = (timeoutMs = 2_000) => createCachedFetcher(createHttpClient({ timeoutMs, retry: NO_RETRY }), createSourceCache());
  const adapter = () => createCorteIdhAdapter({ baseUrl: server.baseUrl('corteidh') });

  it('POSTs the search and reads the judgments of the years asked', async () => {
    const listing = await adapter().judgments({ from: '2024-01-01', to: '2024-12-31' }, fetcher());
    expect(listing.judgments.map((j) => j.id)).toEqual(['C-539', 'C-538', 'C-537', 'C-535', 'C-534', 'C-529', 'C-528']);
    expect(listing.fetched).toMatchObject({
      fromCache: false,
      stale: false,
      url: `${server.baseUrl('corteidh')}/get_jurisprudencia_search_tipo.cfm`,
    });
    expect(server.hits('corteidh').at(-1)).toBe('POST /get_jurisprudencia_search_tipo.cfm');
  });

  it("reads the service's -1 for years without judgments as no judgment", async () => {
    expect((await adapter().judgments({ from: '2023-01-01', to: '2023-12-31' }, fetcher())).judgments).toEqual([]);
  });

  it('reports a bot challenge as RH_SOURCE_BLOCKED and a server error as RH_SOURCE_HTTP, never as no judgment', async () => {
    server.setFault('corteidh', { kind: 'status', status: 403, body: CHALLENGE, headers: { 'content-type': 'text/html' } });
    await expect(adapter().judgments({ from: null, to: null }, fetcher())).rejects.toMatchObject({ code: 'RH_SOURCE_BLOCKED' });
    server.setFault('corteidh', { kind: 'status', status: 500 });
    await expect(adapter().judgments({ from: null, to: null }, fetcher())).rejects.toMatchObject({ code: 'RH_SOURCE_HTTP', status: 500 });
    server.setFault('corteidh', undefined);
  });

  it('reports a search that does not answer in time as RH_SOURCE_TIMEOUT', async () => {
    server.setFault('corteidh', { kind: 'delay', ms: 300 });
    await expect(adapter().judgments({ from: null, to: null }, fetcher(50))).rejects.toMatchObject({ code: 'RH_SOURCE_TIMEOUT' });
    server.setFault('corteidh', undefined);
  });

  it('refuses a config without a usable base URL at start-up', () => {
    expect(() => createCorteIdhAdapter({ baseUrl: 'corteidh.or.cr' })).toThrow(/adapters\.corteidh\.baseUrl must be an http\(s\) URL/);
  });
});
