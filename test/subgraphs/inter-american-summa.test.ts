import { ALL } from '../support/contract-query.ts';
import { systemChecks } from '../../subgraphs/checks.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher, type Fetched } from '../../adapters/_kit/fetcher.ts';
import { toJudgment } from '../../adapters/corteidh/map.ts';
import { parseUwaziSearch, type UwaziEntity } from '../../adapters/uwazi/parse.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { systemReplay } from '../../replay/recorded.ts';
import type { SourceContext } from '../../subgraphs/_shared/contract-source.ts';
import { SAME_JUDGMENT } from '../../subgraphs/inter-american/sources/corteidh.ts';
import { caseNameOf } from '../../adapters/corteidh/index.ts';
import { seriesOf } from '../../adapters/uwazi/index.ts';
import { mergeSameCase } from '../../subgraphs/_shared/same-case.ts';
import { SYSTEM_SOURCES } from '../../subgraphs/systems.ts';
import { SUMMA_JUDGMENTS, SUMMA_ORDERS, summaTemplates } from '../../subgraphs/inter-american/summa-source.ts';
import { toCourtDecision, toSummaDecision, type SummaTemplate } from '../../subgraphs/inter-american/to-contract.ts';

const interAmericanReplay = systemReplay('INTER_AMERICAN');

const fetched: Fetched = {
  url: 'http://replay/summa',
  body: '',
  contentType: 'application/json',
  fetchedAt: '2026-01-10T00:00:00.000Z',
  fromCache: false,
  stale: false,
  latencyMs: 1,
};
const dump = JSON.parse(readFileSync(new URL('../fixtures/summa/entities.json', import.meta.url), 'utf8')) as unknown[];
const ENTITIES = parseUwaziSearch(JSON.stringify({ rows: dump, totalRows: dump.length }), 'summa', 'u').rows;
const entity = (sharedId: string): UwaziEntity => ENTITIES.find((e) => e.sharedId === sharedId)!;
const [COURT_ORDERS, PRESIDENT_ORDERS] = SUMMA_ORDERS;
const ADMISSIBILITY = summaTemplates('58ada34c299e826748545054')[2];
const summa = (sharedId: string, t: SummaTemplate, warnings: string[] = []) =>
  toSummaDecision(entity(sharedId), t, fetched, `https://summa.cejil.org/en/entity/${sharedId}`, warnings);

describe('SUMMA entities as decisions', () => {
  it("maps a Court judgment with its series number, day, State and act, in the entity's own words", () => {
    expect(summa('2e1yos4kuik9', SUMMA_JUDGMENTS)).toMatchObject({
      id: 'summa-judgments:2e1yos4kuik9',
      mechanism: { id: 'ia-iacthr' },
      title: '19 Merchants. Merits, Reparations and Costs. Judgment. July 5, 2004',
      respondents: [{ code: 'COL', name: 'Colombia' }],
      date: '2004-07-05',
      kind: 'JUDGMENT',
      kindLabel: 'Sentencia de la CorteIDH: Fondo, Reparaciones, Costas',
      series: 'Series C No. 109',
      languages: ['en'],
      url: 'https://summa.cejil.org/en/entity/2e1yos4kuik9',
      caseNumbers: [],
      alsoIn: [],
      provenance: {
        system: 'INTER_AMERICAN',
        source: 'summa-judgments',
        owner: 'Center for Justice and International Law (CEJIL), SUMMA',
        sourceUrl: 'https://summa.cejil.org/en/entity/2e1yos4kuik9',
      },
    });
    expect(summa('21q9nhk8dr3haor', SUMMA_JUDGMENTS).title).toBe('Abrill Alosilla et al. Judgment. March 4, 2011');
    expect([seriesOf('C-109'), seriesOf('A-18'), seriesOf('109'), seriesOf(null)]).toEqual([
      'Series C No. 109',
      'Series A No. 18',
      null,
      null,
    ]);
  });

  it("maps orders on provisional measures to PROVISIONAL_MEASURE and other orders to OTHER under the template's name", () => {
    expect(summa('2i4ml3hg9djnstt9', PRESIDENT_ORDERS)).toMatchObject({
      kind: 'PROVISIONAL_MEASURE',
      kindLabel: 'Resolución de Presidencia: Medidas Provisionales',
      date: '2011-04-01',
      respondents: [{ code: 'MEX' }],
      series: null,
    });
    expect(summa('22i9rte328dxi529', COURT_ORDERS)).toMatchObject({
      kind: 'PROVISIONAL_MEASURE',
      kindLabel: 'Resolución de la CorteIDH: Supervisión de cumplimiento de Sentencia, Medidas Provisionales',
    });
    expect(summa('0g70jt3q9huuwhfr', PRESIDENT_ORDERS)).toMatchObject({
      kind: 'OTHER',
      kindLabel: 'Resolución de Presidencia: Supervisión de cumplimiento de Sentencia',
    });
    expect(summa('7amlebw43dw8kt9', PRESIDENT_ORDERS)).toMatchObject({
      kind: 'OTHER',
      kindLabel: 'Resolución de Presidencia: Otros',
      date: '2012-08-06',
    });
  });

  it('keeps a Spanish title and the language the entity gives', () => {
    const order = summa('3jh6nb21vfzdunmi', COURT_ORDERS);
    expect(order).toMatchObject({
      title: 'Meléndez Quijano y otros. Resolución de la CorteIDH de 17 de abril de 2015',
      languages: ['en'],
      respondents: [{ code: 'SLV' }],
    });
  });

  it('maps an IACHR admissibility report to ADMISSIBILITY under the Commission', () => {
    expect(summa('8iaw7hbqvqxs9k9', ADMISSIBILITY)).toMatchObject({
      id: 'summa-admissibility:8iaw7hbqvqxs9k9',
      mechanism: { id: 'ia-iachr' },
      kind: 'ADMISSIBILITY',
      kindLabel: 'Informe de admisibilidad',
      title: 'Almonacid Arellano et al. Admissibility Report N° 44/02',
      date: '2002-10-09',
      respondents: [{ code: 'CHL' }],
    });
  });
});

describe('one Court judgment from the Court and SUMMA', () => {
  // The Court's recorded listing starts at 2022; its citation of the same judgment as SUMMA's "19 Merchants" entity (Series C
  // No. 109, 5 July 2004, Colombia; the Court's official citation) stands for the Court's record here.
  const court = toCourtDecision(
    toJudgment(
      {
        citation:
          'Corte IDH. Caso 19 Comerciantes Vs. Colombia. Fondo, Reparaciones y Costas. Sentencia de 5 de julio de 2004. Serie C No. 109.',
        links: [],
      },
      [],
    )!,
    fetched,
    [],
  );

  it("returns the judgment once, the Court's record with SUMMA in alsoIn, and keeps SUMMA's other judgments", () => {
    const merged = mergeSameCase(
      [court],
      [summa('2e1yos4kuik9', SUMMA_JUDGMENTS), summa('17q53pu58f47vi', SUMMA_JUDGMENTS)],
      SAME_JUDGMENT.keys,
    );
    expect(merged.map((d) => d.id)).toEqual(['corteidh:C-109', 'summa-judgments:17q53pu58f47vi']);
    expect(merged[0]).toMatchObject({ title: 'Caso 19 Comerciantes Vs. Colombia', series: 'Series C No. 109', date: '2004-07-05' });
    expect(merged[0].alsoIn.map((p) => [p.source, p.sourceUrl])).toEqual([
      ['summa-judgments', 'https://summa.cejil.org/en/entity/2e1yos4kuik9'],
    ]);
  });

  it('knows a judgment by its series number, or by its case name and day', () => {
    expect(SAME_JUDGMENT.keys(court)).toEqual(['Series C No. 109', '19 comerciantes|2004-07-05']);
    expect(SAME_JUDGMENT.keys(summa('17q53pu58f47vi', SUMMA_JUDGMENTS))).toEqual(['Series C No. 113', 'martin del campo dodd|2004-09-03']);
    expect(caseNameOf('Caso Tzompaxtle Tecpile y otros Vs. México')).toBe('tzompaxtle tecpile');
    expect(caseNameOf('Abrill Alosilla et al. Judgment. March 4, 2011')).toBe('abrill alosilla');
  });
});

describe('SUMMA sources on the replay server', () => {
  let server: ReplayServer;
  let http: HttpClient;
  let ctx: SourceContext;
  const source = (name: string) => SYSTEM_SOURCES['inter-american'](interAmericanReplay.environment(server)).find((s) => s.name === name)!;

  beforeAll(async () => {
    server = await startReplayServer(interAmericanReplay.mounts({}));
    http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [503] } });
    ctx = { fetcher: createCachedFetcher(http, createSourceCache()), http };
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it("pages a template through Uwazi, newest first, with Uwazi's count", async () => {
    const page = await source('summa-court-orders').decisions!({ ...ALL, offset: 1, limit: 1 }, ctx);
    expect(page.rows.map((d) => [d.id, d.date])).toEqual([['summa-court-orders:22i9rte328dxi529', '2009-07-08']]);
    expect(page.total).toBe(3);
    const url = new URL(page.fetched[0].url);
    expect([url.searchParams.get('types'), url.searchParams.get('sort'), url.searchParams.get('from')]).toEqual([
      '["58b2f3a35d59f31e1345b471"]',
      'metadata.fecha',
      '1',
    ]);
  });

  it('filters by State here and by date in Uwazi', async () => {
    const colombia = await source('summa-court-orders').decisions!({ ...ALL, countries: ['COL'], from: '2000-01-01' }, ctx);
    expect(colombia.rows.map((d) => d.id)).toEqual(['summa-court-orders:22i9rte328dxi529']);
    expect(colombia.total).toBe(1);
    const filters = JSON.parse(new URL(colombia.fetched[0].url).searchParams.get('filters')!);
    expect(filters).toEqual({ fecha: { from: 946684800 } });
  });

  it("serves SUMMA's judgments the Court's listing lacks through the corteidh source, by State", async () => {
    const peru = await source('corteidh').decisions!({ ...ALL, countries: ['PER'] }, ctx);
    expect(peru.rows.filter((d) => d.alsoIn.length > 0)).toEqual([]);
    expect(peru.rows.filter((d) => d.provenance.source === 'summa-judgments').map((d) => [d.id, d.series, d.date])).toEqual([
      ['summa-judgments:21q9nhk8dr3haor', 'Series C No. 223', '2011-03-04'],
    ]);
    expect(peru.total).toBe(peru.rows.length);
  });

  it('reads admissibility reports only when their template is configured, and checks the live templates it knows', () => {
    expect(summaTemplates(undefined).map((t) => t.source)).toEqual(['summa-court-orders', 'summa-president-orders']);
    const checks = systemChecks('inter-american', new Date('2026-01-10T00:00:00Z')).filter((c) => c.source.startsWith('summa'));
    expect(checks.map((c) => c.source)).toEqual(['summa-judgments', 'summa-court-orders', 'summa-president-orders']);
    expect(checks[0].url.startsWith('https://summa.cejil.org/api/search?types=%5B%2258b2f3a35d59f31e1345b4ac%22%5D')).toBe(true);
  });
});
