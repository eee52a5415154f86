import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

const COMPLIANCE = `compliance { state label supervision supervisionCode leadingCase group statusCodes { field value label }
  lastAction { symbol title url language } lastActionOn lastActionType closedOn provenance { source sourceUrl } }`;

const COUNTRY_EXECUTION = `query($code: ID!) { country(code: $code) {
  decisions(filter: { mechanisms: ["coe-cm"] }, first: 50) {
    totalCount
    nodes { id title caseNumbers date mechanism { id } respondents { code } caseStatus ${COMPLIANCE} }
    sources { system source ok code total warnings }
  }
} }`;

const JUDGMENTS = `query($filter: RecordFilter) { decisions(filter: $filter, first: 50) {
  nodes { id title caseNumbers mechanism { id } ${COMPLIANCE} alsoIn { source } }
  sources { system source ok code count total warnings }
} }`;

type Node = { id: string; title: string; compliance: any; mechanism: { id: string } };
type Source = { source: string; ok: boolean; code: string | null; total: number | null; warnings: string[] };

describe('execution of ECtHR judgments (HUDOC-EXEC) through the whole hub', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub();
  });
  afterAll(() => hub.close());

  it("shows Türkiye's pending leading cases with their supervision track, group and raw status codes", async () => {
    const res = await hub.query(COUNTRY_EXECUTION, { code: 'TUR' });
    expect(res.errors).toBeUndefined();
    const page = res.data.country.decisions;
    expect(page.nodes.map((n: Node) => [n.id, n.title, n.compliance.state, n.compliance.supervision])).toEqual([
      ['hudoc-exec:004-37120', 'UNAL TEKELI v. Turkey', 'PENDING', 'standard'],
      ['hudoc-exec:004-37128', 'CYPRUS v. Turkey', 'PENDING', 'enhanced'],
      ['hudoc-exec:004-34566', 'MAHMUT KAYA v. Turkey', 'PENDING', 'standard'],
    ]);
    expect(page.nodes[2]).toMatchObject({
      caseNumbers: ['22535/93'],
      date: '2000-03-28',
      mechanism: { id: 'coe-cm' },
      respondents: [{ code: 'TUR' }],
      caseStatus: 'PENDING',
      compliance: {
        label: 'Pending',
        supervisionCode: 'STAND',
        leadingCase: 'MAHMUT KAYA v. Turkey',
        group: '885',
        lastAction: null,
        closedOn: null,
        statusCodes: [
          { field: 'execshortstatusexecution', value: '1', label: null },
          { field: 'execapstatus', value: '2', label: null },
        ],
        provenance: { source: 'hudoc-exec', sourceUrl: 'https://hudoc.exec.coe.int/eng?i=004-34566' },
      },
    });
    expect(page.totalCount).toBe(3);
    expect(page.sources.find((s: Source) => s.source === 'hudoc-exec')).toMatchObject({ ok: true, total: 3, warnings: [] });
    expect(hub.replay.hits('hudoc-exec').some((h) => h.includes('execisprecedent%3ATrue'))).toBe(true);
  });

  it("shows Italy's TRAPANI case under standard supervision", async () => {
    const res = await hub.query(COUNTRY_EXECUTION, { code: 'ITA' });
    expect(res.data.country.decisions.nodes.map((n: Node) => [n.title, n.compliance.supervision, n.compliance.supervisionCode])).toEqual([
      ['TRAPANI v. Italy', 'standard', 'STAND'],
    ]);
  });

  it("answers the Committee of Ministers' cases alone, the cases known from its documents with their latest decision", async () => {
    const res = await hub.query(JUDGMENTS, { filter: { mechanisms: ['coe-cm'] } });
    const nodes: Node[] = res.data.decisions.nodes;
    expect(nodes).toHaveLength(33);
    expect(nodes.every((n) => n.mechanism.id === 'coe-cm')).toBe(true);
    expect(nodes.find((n) => n.id === 'hudoc-exec:33349/10;3566/16')?.compliance).toMatchObject({
      state: 'PENDING',
      supervision: 'enhanced',
      supervisionCode: 'ENHA',
      lastActionOn: '2026-03-10',
      lastActionType: 'CMDEC',
      lastAction: { symbol: 'CM/Del/Dec(2026)1553/H46-19', url: 'https://hudoc.exec.coe.int/eng?i=93165', language: 'en' },
    });
    const sources: Source[] = res.data.decisions.sources;
    expect(
      sources.filter((s) => s.source === 'hudoc-exec' || !s.warnings.some((w) => /was not asked/.test(w))).map((s) => [s.source, s.ok]),
    ).toEqual([['hudoc-exec', true]]);
  });

  it('gives an ECtHR judgment the execution of its case: K.M. v. North Macedonia and its action report', async () => {
    const res = await hub.query(JUDGMENTS, { filter: { countries: ['MKD'], mechanisms: ['coe-ecthr'] } });
    const km = res.data.decisions.nodes.find((n: Node & { caseNumbers: string[] }) => n.caseNumbers.includes('59144/16'));
    expect(km).toMatchObject({
      id: 'hudoc-echr:001-242051',
      compliance: {
        state: 'PENDING',
        supervision: 'standard',
        supervisionCode: 'STAND',
        lastActionType: 'acr',
        lastActionOn: '2026-03-23',
        lastAction: { symbol: 'DH-DD(2026)381', url: 'https://hudoc.exec.coe.int/eng?i=93379' },
      },
    });
  });

  it('reports HUDOC-EXEC down per source while the ECtHR judgments and the other sources answer', async () => {
    hub.replay.setFault('hudoc-exec', { kind: 'status', status: 500, body: 'Internal Server Error' });
    try {
      // A filter not asked before, so that nothing is answered from the cache.
      const res = await hub.query(JUDGMENTS, { filter: { countries: ['TUR'], systems: ['EUROPEAN'], from: '2001-01-01' } });
      expect(res.errors).toBeUndefined();
      const sources: Source[] = res.data.decisions.sources;
      expect(sources.find((s) => s.source === 'hudoc-exec')).toMatchObject({ ok: false, code: 'RH_SOURCE_HTTP' });
      const echr = sources.find((s) => s.source === 'hudoc-echr')!;
      expect(echr.ok).toBe(true);
      expect(echr.warnings).toEqual([expect.stringMatching(/^hudoc-exec: execution status left out: /)]);
      expect(res.data.decisions.nodes.filter((n: Node) => n.id.startsWith('hudoc-echr:'))).toHaveLength(5);
      expect(sources.find((s) => s.source === 'hudoc-esc')?.ok).toBe(true);
    } finally {
      hub.replay.setFault('hudoc-exec', undefined);
    }
  });
});
