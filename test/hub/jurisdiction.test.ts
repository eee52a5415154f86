import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATIENT, startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

interface Status {
  system: string;
  source: string;
  ok: boolean;
  total: number | null;
  warnings: string[];
}
const RECORDS = (code: string) => `{ country(code: "${code}") { records(filter: { from: "2020-01-01" }, first: 20) {
  totalCount nodes { __typename } sources { system source ok total warnings }
} } }`;

const AMERICAS_AND_AFRICA = ['corteidh', 'iachr', 'summa', 'achpr', 'african-court', 'ihrda'];
const HUDOC = ['hudoc-echr', 'hudoc-exec', 'hudoc-cpt', 'hudoc-esc', 'hudoc-ecri', 'hudoc-greta', 'hudoc-grevio'];

describe('only the sources that can hold an answer are asked', () => {
  let hub: ReplayHub;
  const hitsOf = (mounts: string[]) => mounts.reduce((n, m) => n + hub.replay.hits(m).length, 0);
  beforeAll(async () => {
    hub = await startReplayHub({ hub: PATIENT });
  });
  afterAll(() => hub.close());

  it('a cold Slovenia query asks no Inter-American or African source, says why, and its count stays exact', async () => {
    const res = await hub.query(RECORDS('SVN'));
    expect(res.errors).toBeUndefined();
    const { totalCount, sources } = res.data.country.records as { totalCount: number; sources: Status[] };
    expect(AMERICAS_AND_AFRICA.map((m) => [m, hub.replay.hits(m).length])).toEqual(AMERICAS_AND_AFRICA.map((m) => [m, 0]));
    expect(hitsOf(HUDOC)).toBeGreaterThan(0);
    const skipped = sources.filter((s) => s.system === 'INTER_AMERICAN' || s.system === 'AFRICAN');
    expect(new Set(skipped.map((s) => s.system))).toEqual(new Set(['INTER_AMERICAN', 'AFRICAN']));
    expect(skipped.map((s) => s.source)).toEqual(expect.arrayContaining(['iachr-decisions', 'corteidh', 'achpr', 'african-court']));
    for (const s of skipped) {
      expect(s).toMatchObject({ ok: true, total: 0 });
      expect(s.warnings).toEqual([
        expect.stringMatching(new RegExp(`^${s.source} was not asked: it holds records only on .*, not on SVN$`)),
      ]);
    }
    // Exact: the sum of the asked sources' totals, none unknown, and the count the hub gave before it pruned (cross-system.test.ts).
    expect(sources.every((s) => s.ok && s.total !== null)).toBe(true);
    expect(totalCount).toBe(sources.reduce((n, s) => n + (s.total ?? 0), 0));
    expect(totalCount).toBe(258);
  });

  it('a Mexico query asks no Council of Europe source, but the Inter-American ones', async () => {
    const before = hitsOf(HUDOC);
    const res = await hub.query(RECORDS('MEX'));
    expect(res.errors).toBeUndefined();
    const sources = res.data.country.records.sources as Status[];
    expect(hitsOf(HUDOC)).toBe(before);
    expect(hub.replay.hits('iachr').length).toBeGreaterThan(0);
    const echr = sources.find((s) => s.source === 'hudoc-echr')!;
    expect(echr.warnings).toEqual([
      'hudoc-echr was not asked: it holds records only on Council of Europe member States (and Russia, Belarus), not on MEX',
    ]);
  });
});
