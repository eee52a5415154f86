import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayHub, PATIENT, type ReplayHub } from '../support/replay-hub.ts';
import { relatedTo } from '../../subgraphs/registry/related/similarity.ts';
import type { Recommendation } from '../../schema/types.ts';

let hub: ReplayHub;
beforeAll(async () => {
  hub = await startReplayHub({ hub: PATIENT });
}, 60_000);
afterAll(async () => {
  await hub?.close();
});

// first is written out: the fan-out limit counts related once per record of the page, and reads no variables.
const related = (first: number) => `query($country: ID!) { country(code: $country) { recommendations(first: ${first}) { nodes {
  id text mechanism { id } themes { code derived }
  related(first: 3) { score sharedThemes { code derived } matchedTerms why recommendation { id mechanism { id } countries { code } } }
} sources { system source ok } } } }`;

const nodesOf = async (country: string, first: number) => {
  const res = await hub.query(related(first), { country });
  expect(res.errors).toBeUndefined();
  return res.data.country.recommendations.nodes as any[];
};

describe('Recommendation.related through the whole hub', () => {
  it("relates ECRI's interim follow-up on Bulgaria to the Human Rights Committee's recommendation to Bulgaria, with its score and why", async () => {
    const nodes = await nodesOf('BGR', 4);
    const ecri = nodes.find((n) => n.id === 'hudoc-ecri:BGR-IFU-VI-2025-01-ENG');
    expect(ecri.related).toEqual([
      {
        score: expect.any(Number),
        sharedThemes: [],
        matchedTerms: ['monitoring'],
        why: expect.stringMatching(/^its text holds "monitoring" \(BM25 \d/),
        recommendation: {
          id: 'ccpr-follow-up:CCPR/C/136/2/Add.3:CCPR/C/BGR/CO/4:36',
          mechanism: { id: 'un-ccpr' },
          countries: [{ code: 'BGR' }],
        },
      },
    ]);
    expect(ecri.related[0].score).toBeGreaterThan(0);
    // Every related recommendation is another mechanism's, to the same State; the CCPR's own are never its related ones.
    for (const node of nodes)
      for (const r of node.related) {
        expect(r.recommendation.mechanism.id).not.toBe(node.mechanism.id);
        expect(r.recommendation.countries.map((c: any) => c.code)).toContain('BGR');
      }
    const ccpr36 = nodes.find((n) => n.id === 'ccpr-follow-up:CCPR/C/136/2/Add.3:CCPR/C/BGR/CO/4:36');
    expect(ccpr36.related.map((r: any) => r.recommendation.id)).toEqual(['hudoc-ecri:BGR-IFU-VI-2025-01-ENG']);
  }, 60_000);

  it("finds none for a Slovenian UPR recommendation: no other mechanism's recommendation to Slovenia is held (the matrix agrees)", async () => {
    const [first] = await nodesOf('SVN', 2);
    expect(first).toMatchObject({ id: 'upr-ohchr:A/HRC/59/15:140.1', mechanism: { id: 'un-upr' }, related: [] });
    const matrix = await hub.query('{ recommendationMatrix(country: "SVN") { columns { mechanism { id } } } }');
    expect(matrix.data.recommendationMatrix.columns).toEqual([{ mechanism: { id: 'un-upr' } }]);
  }, 60_000);

  it("ranks real Slovenian recommendations by shared themes and BM25 (the ranking the field applies to other mechanisms' candidates)", async () => {
    const res = await hub.query(`{ country(code: "SVN") { recommendations(first: 100, filter: { text: "migrants OR ratify" }) { nodes {
      id text issuedOn mechanism { id } countries { code } themes { code label derived } } } } }`);
    const recs = res.data.country.recommendations.nodes as Recommendation[];
    const source = recs.find((r) => r.id === 'upr-ohchr:A/HRC/59/15:140.1')!;
    const ranked = relatedTo(
      { text: source.text, themes: ['G4'] },
      recs.filter((r) => r.id !== source.id),
      3,
    );
    expect(ranked[0].sharedThemes.map((t) => t.code)).toEqual(['G4']);
    expect(ranked[0].matchedTerms).toEqual(expect.arrayContaining(['ratify', 'migrant', 'workers']));
    expect(ranked[0].why).toMatch(/^shares the theme G4; its text holds /);
    expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((a, b) => b - a));
    expect(ranked[0].score).toBeGreaterThan(1); // BM25 + 1 for the shared theme
  }, 60_000);
});
