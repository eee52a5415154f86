import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

const CHALLENGE = '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div id="cf-chl-widget"></div></body></html>';

describe('the whole hub with the Inter-American system', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub();
  });
  afterAll(() => hub.close());

  // First, while the cache is cold: a blocked oas.org with nothing cached is a failed source, never an empty one.
  it("reports oas.org's challenge page as RH_SOURCE_BLOCKED for the IACHR sources, and keeps the Court's records", async () => {
    hub.replay.setFault('iachr', { kind: 'status', status: 403, body: CHALLENGE, headers: { 'content-type': 'text/html' } });
    try {
      const res = await hub.query(
        `{ decisions(filter: { countries: ["ECU"], from: "2024-01-01" }) { nodes { id } sources { source ok code } } }`,
      );
      expect(res.errors).toBeUndefined();
      const sources = res.data.decisions.sources.filter((s: { source: string }) => /^(iachr|corteidh)/.test(s.source));
      expect(sources).toEqual([
        { source: 'corteidh', ok: true, code: null },
        { source: 'corteidh-advisory', ok: true, code: null },
        { source: 'corteidh-supervision', ok: true, code: null },
        { source: 'iachr-decisions', ok: false, code: 'RH_SOURCE_BLOCKED' },
      ]);
      expect(res.data.decisions.nodes.map((d: { id: string }) => d.id)).toEqual([
        'corteidh:C-575',
        'corteidh:C-537',
        'corteidh:C-534',
        'corteidh:C-528',
      ]);
    } finally {
      hub.replay.setFault('iachr', undefined);
    }
  });

  it('answers one query for Mexico with Court judgments, IACHR decisions, precautionary measures and visits next to UN records', async () => {
    const res = await hub.query(`{ country(code: "MEX") {
      decisions(first: 20) { nodes { id title date sourceDate kind series respondents { code } provenance { system source owner sourceUrl } } sources { system source ok total } }
      visits(first: 20) { nodes { id startDate endDate type typeLabel provenance { system source } } }
      communications(first: 20, filter: { systems: [INTER_AMERICAN] }) { nodes { id code communicationType date summary provenance { system source } } }
      records(first: 100) { totalCount nodes { __typename ... on Recommendation { provenance { system } } ... on Decision { provenance { system } } ... on Visit { provenance { system } } ... on Communication { provenance { system } } ... on Review { provenance { system } } } sources { system source ok } }
    } }`);
    expect(res.errors).toBeUndefined();
    const mx = res.data.country;
    const interAmerican = mx.decisions.nodes.filter((d: { provenance: { system: string } }) => d.provenance.system === 'INTER_AMERICAN');
    // SUMMA's order of the President on the Alvarado Reyes et al. provisional measures (2011) and its Martín del Campo Dodd
    // judgment (2004, Series C No. 113, not in the Court's recorded listing) are about Mexico too.
    expect(interAmerican.map((d: { id: string }) => d.id)).toEqual([
      'corteidh:C-470',
      'summa-president-orders:2i4ml3hg9djnstt9',
      'summa-judgments:17q53pu58f47vi',
      'iachr-decisions:51/16',
      'iachr-decisions:80/15',
    ]);
    expect(interAmerican[0]).toMatchObject({
      title: 'Caso Tzompaxtle Tecpile y otros Vs. México',
      date: '2022-11-07',
      kind: 'JUDGMENT',
      series: 'Series C No. 470',
      respondents: [{ code: 'MEX' }],
      provenance: {
        system: 'INTER_AMERICAN',
        source: 'corteidh',
        owner: 'Inter-American Court of Human Rights',
        sourceUrl: 'http://corteidh.or.cr/docs/casos/articulos/seriec_470_esp.pdf',
      },
    });
    expect(interAmerican[1]).toMatchObject({
      title: 'Alvarado Reyes et al. Order of the President. April 1, 2011',
      date: '2011-04-01',
      kind: 'PROVISIONAL_MEASURE',
      respondents: [{ code: 'MEX' }],
      provenance: {
        system: 'INTER_AMERICAN',
        source: 'summa-president-orders',
        owner: 'Center for Justice and International Law (CEJIL), SUMMA',
      },
    });
    expect(interAmerican[2]).toMatchObject({
      date: '2004-09-03',
      kind: 'JUDGMENT',
      series: 'Series C No. 113',
      provenance: { source: 'summa-judgments' },
    });
    expect(interAmerican[4]).toMatchObject({
      date: null,
      sourceDate: '2015',
      kind: 'MERITS',
      provenance: { source: 'iachr-decisions', owner: 'Organization of American States' },
    });
    expect(mx.visits.nodes.filter((v: { provenance: { system: string } }) => v.provenance.system === 'INTER_AMERICAN')).toEqual([
      {
        id: 'iachr-visits:MEX-2022-07-11',
        startDate: '2022-07-11',
        endDate: '2022-07-15',
        type: 'WORKING',
        typeLabel: 'Working visit',
        provenance: { system: 'INTER_AMERICAN', source: 'iachr-visits' },
      },
    ]);
    expect(mx.communications.nodes.map((c: { code: string; date: string }) => [c.code, c.date])).toEqual([
      ['Resolution 12/2023', '2023-03-21'],
      ['MC 1008-19', '2020-02-05'],
    ]);
    const recordSystems = new Set(mx.records.nodes.map((n: { provenance: { system: string } }) => n.provenance.system));
    expect(recordSystems.has('UN') && recordSystems.has('INTER_AMERICAN')).toBe(true);
    expect(mx.records.sources.filter((s: { system: string }) => s.system === 'INTER_AMERICAN').every((s: { ok: boolean }) => s.ok)).toBe(
      true,
    );
  });

  it("lists Brazil's on-site visit of 5–12 November 2018 once, and its Court judgments", async () => {
    const res = await hub.query(`{ country(code: "BRA") {
      visits(filter: { systems: [INTER_AMERICAN] }) { nodes { id startDate endDate type } }
      decisions(filter: { systems: [INTER_AMERICAN] }) { nodes { id date } }
    } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.country.visits.nodes).toEqual([
      { id: 'iachr-visits:BRA-2018-11-05', startDate: '2018-11-05', endDate: '2018-11-12', type: 'ON_SITE' },
    ]);
    expect(res.data.country.decisions.nodes.map((d: { id: string }) => d.id)).toEqual([
      'corteidh:C-578',
      'corteidh:C-539',
      'iachr-decisions:7/16',
    ]);
  });

  it("lists SUMMA's orders for a State through the Uwazi API: Colombia's provisional measures and an IACHR admissibility report", async () => {
    const res = await hub.query(`{ country(code: "COL") {
      decisions(filter: { systems: [INTER_AMERICAN] }) { nodes { id date kind kindLabel mechanism { id } languages } sources { source ok total } }
    } }`);
    expect(res.errors).toBeUndefined();
    const { nodes, sources } = res.data.country.decisions;
    const fromSumma = nodes.filter((d: { id: string }) => d.id.startsWith('summa-'));
    expect(fromSumma.map((d: { id: string; kind: string }) => [d.id, d.kind])).toEqual([
      ['summa-court-orders:22i9rte328dxi529', 'PROVISIONAL_MEASURE'],
      ['summa-judgments:2e1yos4kuik9', 'JUDGMENT'],
      ['summa-admissibility:3w7yqfxmrp0kke29', 'ADMISSIBILITY'],
      ['summa-court-orders:1jtl86o080uxflxr', 'PROVISIONAL_MEASURE'],
    ]);
    expect(fromSumma[2]).toMatchObject({
      date: '1999-09-27',
      mechanism: { id: 'ia-iachr' },
      kindLabel: 'Informe de admisibilidad',
      languages: ['en'],
    });
    expect(
      sources
        .filter((s: { source: string }) => s.source.startsWith('summa'))
        .map((s: { source: string; ok: boolean; total: number }) => [s.source, s.ok, s.total]),
    ).toEqual([
      ['summa-court-orders', true, 2],
      ['summa-president-orders', true, 0],
      ['summa-admissibility', true, 1],
    ]);
  });
});
