import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

const FOLLOW_UP = `query($code: ID!) { country(code: $code) { recommendations(first: 20) {
  nodes { id issuedOn text annotationType mechanism { id } mechanismLabel countries { code name } document { symbol url } quotedFrom { symbol url }
    followUp { grade label assessedOn document { symbol url } assesses { symbol paragraph adoptedOn url } gradedParts { grade label subparagraphs text } }
    provenance { system source owner sourceUrl } }
  totalCount
  sources { system source ok code message count total warnings }
} } }`;

type Source = { source: string; ok: boolean; code: string | null; count: number; total: number | null; warnings: string[] };
const statusOf = (sources: Source[], source: string) => sources.find((s) => s.source === source);

describe("the Human Rights Committee's follow-up grades, through the whole hub", () => {
  let hub: ReplayHub;
  // PDF.js loads on the first document read (a second or more on a busy machine): the sources get a longer deadline than the other hub tests.
  beforeAll(async () => {
    hub = await startReplayHub({ hub: { slice: { sourceDeadlineMs: 20_000 } } });
  });
  afterAll(() => hub.close());

  it("shows Botswana's paragraphs 22, 26 and 30 of CCPR/C/BWA/CO/2, each graded [B] in CCPR/C/145/2/Add.1", async () => {
    const res = await hub.query(FOLLOW_UP, { code: 'BWA' });
    expect(res.errors).toBeUndefined();
    const { nodes, sources } = res.data.country.recommendations;
    expect(statusOf(sources, 'ccpr-follow-up')).toMatchObject({ ok: true, count: 3, total: 3, warnings: [] });
    expect(nodes.map((n: { id: string }) => n.id)).toEqual([
      'ccpr-follow-up:CCPR/C/145/2/Add.1:CCPR/C/BWA/CO/2:22',
      'ccpr-follow-up:CCPR/C/145/2/Add.1:CCPR/C/BWA/CO/2:26',
      'ccpr-follow-up:CCPR/C/145/2/Add.1:CCPR/C/BWA/CO/2:30',
    ]);
    const [p22] = nodes;
    const download = (symbol: string) =>
      `${hub.replay.baseUrl('ccpr-follow-up')}/_layouts/15/treatybodyexternal/Download.aspx?symbolno=${encodeURIComponent(symbol)}&Lang=en`;
    expect(p22).toMatchObject({
      issuedOn: '2021-11-01',
      annotationType: 'Follow-up paragraph: Liberty and security of persons',
      mechanism: { id: 'un-ccpr' },
      mechanismLabel: 'Human Rights Committee',
      countries: [{ code: 'BWA', name: 'Botswana' }],
      document: { symbol: 'CCPR/C/BWA/CO/2', url: download('CCPR/C/BWA/CO/2') },
      quotedFrom: { symbol: 'CCPR/C/145/2/Add.1', url: download('CCPR/C/145/2/Add.1') },
      followUp: {
        grade: 'PARTIAL',
        label: '[B]',
        assessedOn: '2026-05-11',
        document: { symbol: 'CCPR/C/145/2/Add.1' },
        assesses: { symbol: 'CCPR/C/BWA/CO/2', paragraph: '22', adoptedOn: '2021-11-01', url: download('CCPR/C/BWA/CO/2') },
        gradedParts: [
          {
            grade: 'PARTIAL',
            label: '[B]',
            subparagraphs: null,
            text: expect.stringMatching(/^The Committee welcomes the measures taken/),
          },
        ],
      },
      provenance: { system: 'UN', source: 'ccpr-follow-up', owner: 'OHCHR', sourceUrl: download('CCPR/C/145/2/Add.1') },
    });
    expect(p22.text).toMatch(/^In light of and bearing in mind the Committee's previous recommendation/);
    expect(nodes.map((n: { followUp: { label: string } }) => n.followUp.label)).toEqual(['[B]', '[B]', '[B]']);
  });

  it('reads the older scale of the Dominican Republic block, every part kept', async () => {
    const res = await hub.query(FOLLOW_UP, { code: 'DOM' });
    const nodes = res.data.country.recommendations.nodes.filter(
      (n: { provenance: { source: string } }) => n.provenance.source === 'ccpr-follow-up',
    );
    expect(
      nodes.map((n: { followUp: { assesses: { paragraph: string }; label: string; grade: string } }) => [
        n.followUp.assesses.paragraph,
        n.followUp.label,
        n.followUp.grade,
      ]),
    ).toEqual([
      ['11', '[C1][B2][B2]', 'NOT_SATISFACTORY'],
      ['22', '[B2][B2][D1]', 'NO_INFORMATION'],
      ['8', '[C2]', 'NOT_SATISFACTORY'],
    ]);
    expect(nodes[0].followUp.gradedParts.map((p: { grade: string; subparagraphs: string }) => [p.grade, p.subparagraphs])).toEqual([
      ['NOT_SATISFACTORY', '(a)'],
      ['PARTIAL', '(b)'],
      ['PARTIAL', '(c)'],
    ]);
    expect(nodes[0]).toMatchObject({
      issuedOn: '2012-03-27',
      followUp: { assessedOn: '2016-05-09', assesses: { symbol: 'CCPR/C/DOM/CO/5' } },
    });
  });

  it.each([
    [
      'UZB',
      'CCPR/C/140/2/Add.4',
      [
        ['5', '[C]'],
        ['25', '[C]'],
        ['29', '[B][C]'],
      ],
    ],
    [
      'BGR',
      'CCPR/C/136/2/Add.3',
      [
        ['10', '[C][B]'],
        ['36', '[C][D]'],
        ['38', '[A][C][B]'],
      ],
    ],
  ])('reads the grades of %s (%s)', async (code, symbol, grades) => {
    const res = await hub.query(FOLLOW_UP, { code });
    const nodes = res.data.country.recommendations.nodes.filter(
      (n: { provenance: { source: string } }) => n.provenance.source === 'ccpr-follow-up',
    );
    expect(nodes.every((n: { followUp: { document: { symbol: string } } }) => n.followUp.document.symbol === symbol)).toBe(true);
    expect(
      nodes
        .map((n: { followUp: { assesses: { paragraph: string }; label: string } }) => [n.followUp.assesses.paragraph, n.followUp.label])
        .sort(),
    ).toEqual([...grades].sort());
  });

  it('answers from its cache while the site is down, once the documents were read', async () => {
    hub.replay.setFault('ccpr-follow-up', { kind: 'status', status: 503, body: 'Service Unavailable' });
    try {
      const res = await hub.query(
        `{ country(code: "BGR") { recommendations(first: 20) { nodes { id } sources { source ok code count fromCache } } } }`,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.country.recommendations.sources.find((s: { source: string }) => s.source === 'ccpr-follow-up')).toEqual({
        source: 'ccpr-follow-up',
        ok: true,
        code: null,
        count: 3,
        fromCache: true,
      });
    } finally {
      hub.replay.setFault('ccpr-follow-up', undefined);
    }
  });
});

describe('the follow-up reports down on a fresh hub', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub();
  });
  afterAll(() => hub.close());

  it('reports RH_SOURCE_HTTP for ccpr-follow-up, and UHRI and the other systems still answer', async () => {
    hub.replay.setFault('ccpr-follow-up', { kind: 'status', status: 503, body: 'Service Unavailable' });
    const res = await hub.query(FOLLOW_UP, { code: 'BWA' });
    expect(res.errors).toBeUndefined();
    const { nodes, sources } = res.data.country.recommendations;
    expect(nodes).toEqual([]);
    expect(statusOf(sources, 'ccpr-follow-up')).toMatchObject({ ok: false, code: 'RH_SOURCE_HTTP', count: 0 });
    expect(sources.filter((s: Source) => s.source !== 'ccpr-follow-up').every((s: Source) => s.ok)).toBe(true);
  });
});
