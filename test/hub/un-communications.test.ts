import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

const FIELDS = `nodes { id code communicationType typeLabel mechanisms { id } mandateLabels countries { code name } addressees date sourceDate replyReceived
  documents { symbol url } provenance { system source owner sourceUrl } }
  totalCount sources { system source ok code total warnings }`;

describe('the whole hub on recorded responses: the special procedures’ communications', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub();
  });
  afterAll(() => hub.close());

  it('answers country(code: "AUS") { communications } with the real communication to Australia, its mandates and its document', async () => {
    const res = await hub.query(`{ country(code: "AUS") { communications { ${FIELDS} } } }`);
    expect(res.errors).toBeUndefined();
    const { nodes, sources, totalCount } = res.data.country.communications;
    const file = `${hub.replay.baseUrl('spcommreports')}/TMResultsBase/DownLoadPublicCommunicationFile?gId=30774`;
    expect(nodes).toEqual([
      {
        id: 'spcommreports:30774',
        code: 'JAL AUS 2/2026',
        communicationType: 'ALLEGATION_LETTER',
        typeLabel: 'JAL',
        mechanisms: [{ id: 'un-sp' }],
        mandateLabels: [
          'terrorism',
          'freedom of opinion and expression',
          'freedom of peaceful assembly and of association',
          'human rights defenders',
          'Palestinian territories occupied since 1967',
        ],
        countries: [{ code: 'AUS', name: 'Australia' }],
        addressees: ['Australia'],
        date: '2026-02-27',
        sourceDate: '27 Feb 2026',
        replyReceived: null,
        documents: [{ symbol: 'JAL AUS 2/2026', url: file }],
        provenance: { system: 'UN', source: 'spcommreports', owner: 'OHCHR', sourceUrl: file },
      },
    ]);
    expect(totalCount).toBe(1);
    expect(sources).toContainEqual({
      system: 'UN',
      source: 'spcommreports',
      ok: true,
      code: null,
      total: 1,
      warnings: [expect.stringContaining('latest reporting period only')],
    });
  });

  it('lists a company’s letter in the root list with no country and its addressee, and pages the listing with the site’s count', async () => {
    const res = await hub.query(`{ communications(filter: { systems: [UN] }, first: 10) { ${FIELDS} endCursor } }`);
    expect(res.errors).toBeUndefined();
    const page = res.data.communications;
    expect(page.totalCount).toBe(42);
    expect(page.nodes).toHaveLength(10);
    expect(page.nodes.find((c: { code: string }) => c.code === 'JAL OTH 157/2025')).toMatchObject({
      countries: [],
      addressees: ['Aylo Holdings S.A.R.L.'],
    });
    const next = await hub.query(
      `query($after: String) { communications(filter: { systems: [UN] }, first: 40, after: $after) { nodes { id } hasNextPage } }`,
      { after: page.endCursor },
    );
    expect(next.data.communications.nodes).toHaveLength(32);
    expect(next.data.communications.hasNextPage).toBe(false);
    const ids = [...page.nodes, ...next.data.communications.nodes].map((c: { id: string }) => c.id);
    expect(new Set(ids).size).toBe(42);
  });

  it('answers since and text filters, and the mechanisms filter by un-sp', async () => {
    const res = await hub.query(`{
      since: communications(filter: { countries: ["RUS"], since: "2026-01-01" }) { nodes { code } }
      text: communications(filter: { text: "pornhub" }) { nodes { code date addressees } sources { source ok } }
      sp: communications(filter: { countries: ["KEN"], mechanisms: ["un-sp"] }) { nodes { code } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.since.nodes).toEqual([{ code: 'JAL RUS 2/2026' }, { code: 'JAL RUS 1/2026' }]);
    // The joint letters of 13 February 2026 on Pornhub: to Canada, the United States and eight companies, Aylo among them.
    const pornhub = res.data.text.nodes;
    expect(pornhub).toHaveLength(10);
    expect(pornhub.every((c: { date: string }) => c.date === '2026-02-13')).toBe(true);
    expect(pornhub).toContainEqual({ code: 'JAL OTH 157/2025', date: '2026-02-13', addressees: ['Aylo Holdings S.A.R.L.'] });
    expect(res.data.text.sources).toContainEqual({ source: 'spcommreports', ok: true });
    expect(res.data.sp.nodes).toEqual([{ code: 'JAL KEN 4/2025' }]);
  });

  it('reports the site down per source, and the other systems’ communications still answer', async () => {
    const cold = await startReplayHub();
    cold.replay.setFault('spcommreports', { kind: 'status', status: 503, body: 'Service Unavailable' });
    try {
      const res = await cold.query('{ communications(first: 5) { nodes { provenance { source } } sources { system source ok code } } }');
      expect(res.errors).toBeUndefined();
      const { nodes, sources } = res.data.communications;
      expect(sources).toContainEqual({ system: 'UN', source: 'spcommreports', ok: false, code: 'RH_SOURCE_HTTP' });
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((n: { provenance: { source: string } }) => n.provenance.source === 'iachr-precautionary')).toBe(true);
    } finally {
      await cold.close();
    }
  });
});
