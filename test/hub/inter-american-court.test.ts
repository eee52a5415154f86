import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordedSources } from '../../replay/recorded.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import type { ReplayHandler } from '../../adapters/_kit/replay-types.ts';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

const DECISIONS = `query($filter: RecordFilter) { decisions(filter: $filter, first: 100) {
  totalCount
  nodes { id title caseNumbers date sourceDate kind kindLabel series url respondents { code } mechanism { id }
    compliance { state label lastAction { symbol title url language } lastActionOn lastActionType closedOn provenance { source sourceUrl } }
    provenance { source sourceUrl } }
  sources { system source ok code total warnings }
} }`;

type Node = { id: string; kind: string; compliance: any };
type Source = { source: string; ok: boolean; code: string | null; total: number | null; warnings: string[] };

/** The Court's site, one host: a test can make one of its services fail while the others answer. */
function courtWithFaults(court: ReplayHandler, failing: Set<string>): ReplayHandler {
  return (req) => {
    const service =
      req.path === '/get_jurisprudencia_search_tipo.cfm'
        ? `search:${new URLSearchParams(req.body).get('nId_Tipo_Jurisprudencia')}`
        : req.path;
    return failing.has(service) ? { status: 503, body: 'Service Unavailable' } : court(req);
  };
}

describe("the Inter-American Court's advisory opinions and supervision of compliance through the whole hub", () => {
  let hub: ReplayHub;
  let replay: ReplayServer;
  const failing = new Set<string>();
  beforeAll(async () => {
    const sources = recordedSources();
    replay = await startReplayServer({ ...sources, corteidh: courtWithFaults(sources.corteidh, failing) });
    hub = await startReplayHub({ replay });
  });
  afterAll(async () => {
    await hub.close();
    await replay.close();
  });

  // First, while the cache is cold: a failing service with nothing cached is a failed source.
  it('reports the advisory opinions and the supervision listing down, each as its own source, while the judgments answer', async () => {
    failing.add('search:OC').add('/casos_en_supervision_por_pais.cfm');
    try {
      const res = await hub.query(DECISIONS, { filter: { mechanisms: ['ia-iacthr'], from: '1980-01-01' } });
      expect(res.errors).toBeUndefined();
      const sources: Source[] = res.data.decisions.sources;
      expect(sources.find((s) => s.source === 'corteidh-advisory')).toMatchObject({ ok: false, code: 'RH_SOURCE_HTTP' });
      expect(sources.find((s) => s.source === 'corteidh-supervision')).toMatchObject({ ok: false, code: 'RH_SOURCE_HTTP' });
      const court = sources.find((s) => s.source === 'corteidh')!;
      expect(court.ok).toBe(true);
      expect(court.warnings).toContainEqual(expect.stringMatching(/^corteidh-supervision: supervision of compliance left out: /));
      expect(res.data.decisions.nodes.some((n: Node) => n.id.startsWith('corteidh:C-'))).toBe(true);
    } finally {
      failing.clear();
    }
  });

  it("answers OC-1, OC-2 and OC-3 among the Court's decisions: number, date, document, no respondent", async () => {
    const res = await hub.query(DECISIONS, { filter: { mechanisms: ['ia-iacthr'], to: '1985-12-31' } });
    expect(res.errors).toBeUndefined();
    const opinions = res.data.decisions.nodes.filter((n: Node) => n.kind === 'ADVISORY_OPINION');
    expect(opinions.map((o: { caseNumbers: string[]; date: string }) => [o.caseNumbers, o.date])).toEqual([
      [['OC-3/83'], '1983-09-08'],
      [['OC-1/82'], '1982-09-24'],
      [['OC-2/82'], '1982-09-24'],
    ]);
    expect(opinions[1]).toMatchObject({
      id: 'corteidh-advisory:A-1',
      kindLabel: 'Opinión Consultiva',
      series: 'Series A No. 1',
      respondents: [],
      mechanism: { id: 'ia-iacthr' },
      title:
        'Opinión Consultiva OC-1/82: "Otros tratados" objeto de la función consultiva de la Corte (Art. 64 Convención Americana sobre Derechos Humanos)',
      url: 'https://www.corteidh.or.cr/docs/opiniones/seriea_01_esp1.pdf',
      compliance: null,
      provenance: { source: 'corteidh-advisory', sourceUrl: 'https://www.corteidh.or.cr/docs/opiniones/seriea_01_esp1.pdf' },
    });
    expect(res.data.decisions.sources.find((s: Source) => s.source === 'corteidh-advisory')).toMatchObject({
      ok: true,
      total: 3,
      warnings: [],
    });
  });

  it('gives each supervision-of-compliance resolution as a record, the case pending with its newest resolution', async () => {
    const res = await hub.query(DECISIONS, { filter: { mechanisms: ['ia-iacthr'], from: '2004-01-01', to: '2017-12-31' } });
    const resolutions = res.data.decisions.nodes.filter((n: Node) => n.id.startsWith('corteidh-supervision:'));
    expect(resolutions.map((r: { id: string; date: string }) => [r.id, r.date])).toEqual([
      ['corteidh-supervision:garrido_30_08_17', '2017-08-30'],
      ['corteidh-supervision:garrido_17_11_04', '2004-11-17'],
    ]);
    expect(resolutions[1]).toMatchObject({
      kind: 'OTHER',
      kindLabel: 'Supervisión de cumplimiento de sentencia',
      respondents: [],
      url: 'https://www.corteidh.or.cr/docs/supervisiones/garrido_17_11_04.pdf',
      compliance: {
        state: 'PENDING',
        label: 'En supervisión',
        lastActionOn: '2017-08-30',
        lastActionType: 'Supervisión de cumplimiento de sentencia',
        closedOn: null,
        lastAction: {
          symbol: 'garrido_30_08_17',
          url: 'https://www.corteidh.or.cr/docs/supervisiones/garrido_30_08_17.pdf',
          language: 'es',
        },
      },
    });
    const status = res.data.decisions.sources.find((s: Source) => s.source === 'corteidh-supervision');
    expect(status).toMatchObject({ ok: true, total: 2 });
    // The archived cases' listing is not recorded, and the recorded judgments do not include Garrido y Baigorria's: both said.
    expect(status.warnings).toEqual([
      expect.stringMatching(/^corteidh-supervision: the archived cases' listing was not read, so no case is shown closed: /),
      expect.stringMatching(
        /^corteidh-supervision: 1 supervised cases have no judgment in the Court's listing to name their State \(Garrido y Baigorria\)/,
      ),
    ]);
  });
});
