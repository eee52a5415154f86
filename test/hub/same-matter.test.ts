import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

let hub: ReplayHub;
beforeAll(async () => {
  hub = await startReplayHub();
}, 60_000);
afterAll(async () => {
  await hub?.close();
});

const SAME_MATTER = `query($input: SameMatterInput!) { sameMatter(input: $input) {
  candidates { score reasons { criterion points asked matched how } heldBy { source }
    record { ... on Decision { id title mechanism { id } } ... on Communication { id code } } }
  sources { system source ok code count }
} }`;

const ask = async (input: Record<string, unknown>) => {
  const res = await hub.query(SAME_MATTER, { input });
  expect(res.errors).toBeUndefined();
  return res.data.sameMatter as { candidates: any[]; sources: any[] };
};
const criteria = (c: { reasons: { criterion: string }[] }) => c.reasons.map((r) => r.criterion);

describe('sameMatter through the whole hub', () => {
  it("puts the case ACHPR and IHRDA both hold first, with both sources, SAME_PERSON and SAME_STATE; another body's case on another person below", async () => {
    const { candidates, sources } = await ask({ persons: ['International PEN'], respondents: ['MWI'], rights: ['ICCPR 19'] });
    expect(candidates[0]).toMatchObject({
      score: 60,
      record: { id: 'achpr:19/88', mechanism: { id: 'af-achpr' } },
      heldBy: [{ source: 'achpr' }, { source: 'ihrda-achpr' }],
    });
    expect(criteria(candidates[0])).toEqual(['SAME_PERSON', 'SAME_STATE']);
    expect(candidates[0].reasons[0]).toMatchObject({ points: 40, asked: 'International PEN', matched: 'International PEN', how: 'EXACT' });
    // The African Court's Mkandawire v. Malawi: another body, another person, the same State only.
    expect(candidates[1]).toMatchObject({ score: 20, record: { id: 'african-court:003/2011', mechanism: { id: 'af-afchpr' } } });
    expect(criteria(candidates[1])).toEqual(['SAME_STATE']);
    expect(new Set(sources.map((s: { system: string }) => s.system))).toEqual(new Set(['UN', 'EUROPEAN', 'INTER_AMERICAN', 'AFRICAN']));
    expect(sources.every((s: { ok: boolean }) => s.ok)).toBe(true);
    expect(sources.find((s: { source: string }) => s.source === 'achpr')).toMatchObject({ count: 1 });
  }, 30_000);

  it("finds one matter before two bodies: the IACHR's admissibility report and the Court's judgment and order in 19 Merchants v. Colombia", async () => {
    const { candidates } = await ask({
      persons: ['Álvaro Lobo Pacheco'],
      respondents: ['COL'],
      facts: '19 merchants disappeared; paramilitary group',
    });
    expect(candidates[0]).toMatchObject({ record: { id: 'summa-admissibility:3w7yqfxmrp0kke29', mechanism: { id: 'ia-iachr' } } });
    expect(candidates[0].reasons[0]).toMatchObject({
      criterion: 'SAME_PERSON',
      asked: 'Álvaro Lobo Pacheco',
      matched: 'Alvaro Lobo Pacheco',
      how: 'EXACT',
    });
    expect(
      candidates
        .slice(1, 3)
        .map((c: { record: { id: string } }) => c.record.id)
        .sort(),
    ).toEqual(['summa-court-orders:22i9rte328dxi529', 'summa-judgments:2e1yos4kuik9']);
    expect(candidates[1].reasons.find((r: { criterion: string }) => r.criterion === 'SAME_FACTS')).toMatchObject({ matched: 'Merchants' });
    expect(candidates[3].score).toBeLessThan(candidates[2].score);
  }, 30_000);

  it('matches a name to the initials a treaty body publishes (R.D. v. Switzerland, CAT) and rights through the concordance (ICCPR 7 ↔ ECHR 3)', async () => {
    const swiss = await ask({ persons: ['Rodríguez Domínguez'], respondents: ['CHE'] });
    expect(swiss.candidates[0]).toMatchObject({ score: 36, record: { id: 'tbinternet:CAT/C/51/D/426/2010' } });
    expect(swiss.candidates[0].reasons[0]).toMatchObject({ criterion: 'SAME_PERSON', matched: 'R.D.', how: 'INITIALS', points: 16 });
    const ukraine = await ask({ persons: ['Bogdan Shevchuk'], respondents: ['UKR'], rights: ['ICCPR 7'] });
    expect(ukraine.candidates[0]).toMatchObject({ score: 60, record: { id: 'hudoc-echr:001-242786' } });
    const torture = ukraine.candidates.find((c: { reasons: { criterion: string }[] }) => criteria(c).includes('SAME_RIGHTS'));
    expect(torture.reasons.find((r: { criterion: string }) => r.criterion === 'SAME_RIGHTS')).toMatchObject({
      asked: 'ICCPR 7',
      matched: 'ECHR 3',
    });
  }, 30_000);

  it('refuses bad input naming the argument, and fetches nothing', async () => {
    const MOUNTS = ['achpr', 'african-court', 'hudoc-echr', 'tbinternet', 'corteidh', 'summa', 'iachr'];
    const hits = () => MOUNTS.map((m) => hub.replay.hits(m).length);
    const before = hits();
    for (const [input, argument] of [
      [{ respondents: [] }, 'input.respondents'],
      [{ respondents: ['XXX'] }, 'input.respondents[0]'],
      [{ respondents: ['PER'], rights: ['ICCPR seven'] }, 'input.rights[0]'],
      [{ respondents: ['PER'], rights: ['ECHR 99'] }, 'input.rights[0]'],
      [{ respondents: ['PER'], facts: 'x'.repeat(501) }, 'input.facts'],
      [{ respondents: ['PER'], persons: Array.from({ length: 11 }, (_, i) => `P${i}`) }, 'input.persons'],
      [{ respondents: ['PER'], from: '2020-13-01' }, 'input.from'],
      [{ respondents: ['PER'], excludeMechanisms: ['nope'] }, 'input.excludeMechanisms[0]'],
    ] as const) {
      const res = await hub.query(SAME_MATTER, { input });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rightsHub: { argument } });
    }
    expect(hits()).toEqual(before);
  }, 30_000);
});
