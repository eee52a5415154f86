import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import { parseSupervisionListing } from '../../adapters/corteidh/supervision.ts';
import { parseSearchResults } from '../../adapters/corteidh/parse.ts';
import { toJudgments } from '../../adapters/corteidh/map.ts';
import {
  supervisionByCase,
  supervisionCompliance,
  toResolutionDecisions,
  withSupervision,
} from '../../subgraphs/inter-american/court-supervision.ts';
import { toCourtDecision } from '../../subgraphs/inter-american/to-contract.ts';

const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url);
const FETCHED: Fetched = {
  url: 'https://www.corteidh.or.cr/casos_en_supervision_por_pais.cfm?lang=es',
  body: '',
  contentType: 'text/html',
  fetchedAt: '2026-07-15T12:45:08.000Z',
  fromCache: false,
  stale: false,
  latencyMs: 5,
};
const [garrido] = parseSupervisionListing(
  readFileSync(fixture('corteidh/casos_en_supervision_por_pais-es.html'), 'utf8'),
  'corteidh-supervision',
  FETCHED.url,
).cases;
const judgments = toJudgments(
  parseSearchResults(readFileSync(fixture('corteidh/jurisprudencia-CC-es.html'), 'utf8'), 'corteidh', 'u'),
  'corteidh',
  [],
).map((j) => toCourtDecision(j, FETCHED, []));

describe("the Court's supervision of compliance in contract terms", () => {
  it('is PENDING while listed under supervision, CLOSED on the newest resolution once archived', () => {
    expect(supervisionCompliance({ supervised: garrido, closed: false, fetched: FETCHED })).toMatchObject({
      state: 'PENDING',
      label: 'En supervisión',
      closedOn: null,
      lastActionOn: '2017-08-30',
    });
    expect(supervisionCompliance({ supervised: garrido, closed: true, fetched: FETCHED })).toMatchObject({
      state: 'CLOSED',
      label: 'Archivado',
      closedOn: '2017-08-30',
    });
  });

  it('gives each resolution its record, with the State the caller found for the case', () => {
    const rows = toResolutionDecisions({ supervised: garrido, closed: false, fetched: FETCHED }, [{ code: 'ARG', name: 'Argentina' }]);
    expect(rows.map((r) => [r.id, r.date, r.respondents[0].code, r.compliance?.lastAction?.symbol])).toEqual([
      ['corteidh-supervision:garrido_30_08_17', '2017-08-30', 'ARG', 'garrido_30_08_17'],
      ['corteidh-supervision:garrido_17_11_04', '2004-11-17', 'ARG', 'garrido_30_08_17'],
    ]);
  });

  it('attaches it to the judgments of the same case by name, and to no other (arranged case name)', () => {
    const byCase = supervisionByCase([{ supervised: garrido, closed: false, fetched: FETCHED }]);
    expect(judgments.map((j) => withSupervision(j, byCase)).every((j) => j.compliance === null)).toBe(true);
    // Arranged: no recorded judgment is Garrido y Baigorria's, so one recorded judgment is given its title in memory.
    const linked = withSupervision({ ...judgments[0], title: 'Caso Garrido y Baigorria Vs. Argentina' }, byCase);
    expect(linked.compliance).toMatchObject({
      state: 'PENDING',
      lastAction: { symbol: 'garrido_30_08_17' },
      provenance: { source: 'corteidh-supervision' },
    });
  });
});
