import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import { decodeBody } from '../../adapters/_kit/http.ts';
import { parseSearchResults } from '../../adapters/corteidh/parse.ts';
import { toJudgments } from '../../adapters/corteidh/map.ts';
import { parseOasListing } from '../../adapters/iachr/parse.ts';
import { toDecisionRecord, toPrecautionaryRecord, toVisitRecord } from '../../adapters/iachr/map.ts';
import { countryRefOf } from '../../subgraphs/_shared/country-ref.ts';
import {
  toCourtDecision,
  toIachrDecision,
  toIachrVisits,
  toPrecautionaryCommunication,
} from '../../subgraphs/inter-american/to-contract.ts';
import { yearInRange } from '../../subgraphs/inter-american/iachr-sources.ts';

const fetched: Fetched = {
  url: 'http://replay/x',
  body: '',
  contentType: 'text/html',
  fetchedAt: '2026-01-10T00:00:00.000Z',
  fromCache: false,
  stale: false,
  latencyMs: 1,
};
const oas = (name: string) =>
  parseOasListing(decodeBody(readFileSync(new URL(`../fixtures/iachr/${name}`, import.meta.url)), 'text/html; charset=iso-8859-1'));
const court = toJudgments(
  parseSearchResults(readFileSync(new URL('../fixtures/corteidh/jurisprudencia-CC-es.html', import.meta.url), 'utf8'), 'corteidh', 'u'),
  'corteidh',
  [],
);

describe('Inter-American records in the contract', () => {
  it("maps a Court judgment to a Decision in the Court's Spanish, with its series, State and languages", () => {
    const warnings: string[] = [];
    const d = toCourtDecision(
      court.find((j) => j.id === 'C-539')!,
      fetched,
      warnings,
    );
    expect(d).toMatchObject({
      id: 'corteidh:C-539',
      mechanism: { id: 'ia-iacthr' },
      title: 'Caso Dos Santos Nascimento y Ferreira Gomes Vs. Brasil',
      respondents: [{ code: 'BRA', name: 'Brasil' }],
      date: '2024-10-07',
      sourceDate: '7 de octubre de 2024',
      kind: 'JUDGMENT',
      kindLabel: 'Excepciones Preliminares, Fondo, Reparaciones y Costas',
      series: 'Series C No. 539',
      languages: ['es'],
      url: 'https://www.corteidh.or.cr/docs/casos/articulos/seriec_539_esp.pdf',
      compliance: null,
      provenance: {
        system: 'INTER_AMERICAN',
        source: 'corteidh',
        owner: 'Inter-American Court of Human Rights',
        sourceUrl: 'https://www.corteidh.or.cr/docs/casos/articulos/seriec_539_esp.pdf',
      },
    });
    expect(warnings).toEqual([]);
  });

  it('resolves the States the Court names in Spanish, and keeps an unknown name with a warning', () => {
    const warnings: string[] = [];
    expect(['México', 'Perú', 'Trinidad y Tobago', 'El Salvador'].map((n) => countryRefOf(n, warnings).code)).toEqual([
      'MEX',
      'PER',
      'TTO',
      'SLV',
    ]);
    expect(countryRefOf('Gran Colombia', warnings)).toEqual({ code: null, name: 'Gran Colombia' });
    expect(warnings).toEqual(['unknown State name "Gran Colombia" kept without a code']);
  });

  it('maps an IACHR merits report to a Decision dated only by its listing year', () => {
    const entry = oas('merits-2015.html').find((e) => e.text.includes('80/15'))!;
    const d = toIachrDecision({ ...toDecisionRecord(entry, 2015)!, listing: 'merits' }, fetched, []);
    expect(d).toMatchObject({
      id: 'iachr-decisions:80/15',
      mechanism: { id: 'ia-iachr' },
      title: 'Report No. 80/15, Case 12.689, J.S.C.H and M.G.S',
      caseNumbers: ['Case 12.689'],
      respondents: [{ code: 'MEX', name: 'Mexico' }],
      date: null,
      sourceDate: '2015',
      kind: 'MERITS',
      languages: ['en'],
      url: 'https://www.oas.org/en/iachr/decisions/2015/mxPU12689EN.pdf',
    });
    expect([
      yearInRange(2015, { from: '2015-01-01', to: null }),
      yearInRange(2015, { from: '2015-06-01', to: null }),
      yearInRange(2015, { from: null, to: '2015-12-30' }),
    ]).toEqual([true, false, false]);
  });

  it('keeps a Spanish-only summary Spanish: its documents and languages say es', () => {
    const entry = oas('merits-2016.html').find((e) => e.text.includes('51/16'))!;
    const d = toIachrDecision({ ...toDecisionRecord(entry, 2016)!, listing: 'merits' }, fetched, []);
    expect(d).toMatchObject({ languages: ['es'], title: 'Report No. 51/16, Case 11.564, Gilberto Jiménez Hernández et al' });
  });

  it('maps a precautionary measure to a Communication of type PRECAUTIONARY_MEASURE', () => {
    const [mexico] = oas('precautionary-2020.html');
    const c = toPrecautionaryCommunication(
      toPrecautionaryRecord(mexico)!,
      fetched,
      'https://www.oas.org/en/iachr/decisions/mc/precautionary.asp?Year=2020',
      [],
    );
    expect(c).toMatchObject({
      id: 'iachr-precautionary:MC 1008-19:Resolution 8/2020',
      code: 'MC 1008-19',
      communicationType: 'PRECAUTIONARY_MEASURE',
      typeLabel: 'Precautionary measure (Grant)',
      countries: [{ code: 'MEX' }],
      date: '2020-02-05',
      summary: 'Alfonso Alejandre Diaz and Alberto Alejandre Diaz',
      replyReceived: null,
      documents: [{ symbol: 'Resolution 8/2020' }],
      provenance: { source: 'iachr-precautionary', sourceUrl: 'https://www.oas.org/en/iachr/decisions/mc/precautionary.asp?Year=2020' },
    });
  });

  it('makes one Visit of a visit two rapporteurships list (Brazil, 5–12 November 2018)', () => {
    const rows = ['DPPL', 'DPI'].flatMap((code) => oas(`visits-${code}.html`).map((e) => ({ record: toVisitRecord(e, code)!, fetched })));
    const visits = toIachrVisits(rows, []);
    expect(visits.map((v) => v.id)).toEqual(['iachr-visits:BRA-2018-11-05', 'iachr-visits:MEX-2022-07-11']);
    expect(visits[0]).toMatchObject({
      startDate: '2018-11-05',
      endDate: '2018-11-12',
      year: 2018,
      type: 'ON_SITE',
      typeLabel: 'In loco visit',
      status: null,
    });
    expect(visits[1]).toMatchObject({ type: 'WORKING', typeLabel: 'Working visit' });
  });
});
