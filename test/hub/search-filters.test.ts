import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATIENT, startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import type { TokenClaims } from '../../access/local-issuer.ts';

/** The special procedures' requested visits are MECHANISMS in the owners' policy (subgraphs/_shared/access-policy.ts): asked as staff. */
const STAFF: TokenClaims = { mechanism: 'coe-cpt', role: 'staff' };

const THEMES = 'themes { code label derived derivedFrom }';
const PROVENANCE = 'provenance { system source }';
const RECORDS = `query($filter: RecordFilter, $first: Int) {
  records(filter: $filter, first: $first) {
    nodes {
      __typename
      ... on Recommendation { id text ${THEMES} ${PROVENANCE} }
      ... on Decision { id title conclusion kind ${THEMES} ${PROVENANCE} }
      ... on Visit { id status startDate mandateLabels ${THEMES} ${PROVENANCE} }
      ... on Communication { id ${THEMES} ${PROVENANCE} }
      ... on Review { id mechanismLabel ${THEMES} ${PROVENANCE} }
    }
    totalCount totalUnknownFrom
    sources { system source ok code total warnings }
  }
}`;
const VISITS = `query($filter: RecordFilter) {
  visits(filter: $filter, first: 100) {
    nodes { id status startDate publishedOn ${PROVENANCE} }
    totalCount totalUnknownFrom
    sources { source ok total warnings }
  }
}`;

interface Status {
  system: string;
  source: string;
  ok: boolean;
  code: string | null;
  total: number | null;
  warnings: string[];
}
interface Node {
  __typename: string;
  id: string;
  themes: { code: string | null; derived: boolean; derivedFrom: string | null }[];
  provenance: { system: string; source: string };
  [k: string]: unknown;
}

describe('search, themes and filters across every source (whole hub on recorded responses)', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub({ hub: PATIENT });
  }, 60_000);
  afterAll(() => hub.close());

  async function records(filter: object, first = 100, as?: TokenClaims) {
    const res = await hub.query(RECORDS, { filter, first }, as);
    expect(res.errors).toBeUndefined();
    return res.data.records as { nodes: Node[]; totalCount: number | null; totalUnknownFrom: string[]; sources: Status[] };
  }

  it('searches "torture" in every source, none skipped, and finds records of several systems', async () => {
    const page = await records({ text: 'torture' });
    const answered = page.sources.filter((s) => s.ok);
    expect(answered.length).toBeGreaterThan(15);
    for (const s of answered) {
      expect(s.warnings.join(' '), s.source).not.toMatch(/was not asked/);
      // Each source says how the text was applied: by the hub on what it read, or by its own search.
      expect(
        s.warnings.some((w) => /text "torture" \(stemmed word match\) applied by the hub|text searched by the source itself/.test(w)),
        s.source,
      ).toBe(true);
    }
    expect(new Set(page.nodes.map((n) => n.provenance.system)).size).toBeGreaterThanOrEqual(2);
    // ECtHR judgments found on their conclusions ("Prohibition of torture"), CPT visits on the body's name.
    const echr = page.nodes.filter((n) => n.provenance.source === 'hudoc-echr');
    expect(echr.length).toBeGreaterThan(0);
    expect(echr.every((n) => /tortur/i.test(`${n.title} ${n.conclusion}`))).toBe(true);
    expect(page.nodes.some((n) => n.provenance.source === 'hudoc-cpt')).toBe(true);
    expect(
      page.nodes.some((n) => n.provenance.source === 'spinternet' && (n.mandateLabels as string[]).some((m) => /torture/i.test(m))),
    ).toBe(true);
  });

  it('matches words, not substrings: "Roma" does not find Romania; stems do find other forms', async () => {
    const roma = await records({ text: 'Roma' });
    const romania = await records({ text: 'Romania' });
    const romaIds = new Set(roma.nodes.map((n) => n.id));
    expect(romania.nodes.length).toBeGreaterThan(0);
    expect(romania.nodes.filter((n) => romaIds.has(n.id))).toEqual([]);
    const literal = await records({ text: '"tortured"' });
    const stemmed = await records({ text: 'torture' });
    expect(stemmed.nodes.length).toBeGreaterThanOrEqual(literal.nodes.length);
    const none = await records({ text: 'torture NOT torture' });
    expect(none.nodes).toEqual([]);
  });

  it('gives a theme filter records of three systems or more, derived themes marked as such', async () => {
    const page = await records({ themes: ['D4'] });
    const systems = new Set(page.nodes.map((n) => n.provenance.system));
    expect(systems.size).toBeGreaterThanOrEqual(3);
    for (const n of page.nodes) {
      const hit = n.themes.filter((t) => t.code === 'D4');
      expect(hit.length, n.id).toBeGreaterThan(0);
      if (n.provenance.source === 'uhri') expect(hit.every((t) => !t.derived && t.derivedFrom === null)).toBe(true);
      else
        expect(
          hit.every((t) => t.derived && typeof t.derivedFrom === 'string' && t.derivedFrom.length > 0),
          n.id,
        ).toBe(true);
    }
    // An ECtHR judgment gets D4 from its articles (ECHR Article 10: freedom of expression), never as the source's own.
    const echr = page.nodes.find((n) => n.provenance.source === 'hudoc-echr');
    expect(echr?.themes.find((t) => t.code === 'D4')?.derivedFrom).toMatch(/^ECHR Article (8|9|10|11)\b/);
    expect(page.sources.every((s) => !s.warnings.join(' ').includes('carry no UHRI themes'))).toBe(true);
  });

  it('marks the mandate themes of GRETA, GREVIO, ECRI and the CPT as derived, on every record', async () => {
    const page = await records({ mechanisms: ['coe-greta', 'coe-grevio', 'coe-ecri', 'coe-cpt'] });
    const expected: Record<string, string> = { 'hudoc-greta': 'D2', 'hudoc-grevio': 'F1', 'hudoc-ecri': 'B3', 'hudoc-cpt': 'D2' };
    expect(new Set(page.nodes.map((n) => n.provenance.source))).toEqual(new Set(Object.keys(expected)));
    for (const n of page.nodes)
      expect(n.themes, n.id).toContainEqual(expect.objectContaining({ code: expected[n.provenance.source], derived: true }));
  });

  it('keeps the undated requested visits under a date filter, and drops or isolates them when asked', async () => {
    const all = await hub.query(VISITS, { filter: { status: ['REQUESTED'] } }, STAFF);
    const dated = await hub.query(VISITS, { filter: { status: ['REQUESTED'], from: '2020-01-01' } }, STAFF);
    const requested = all.data.visits.nodes as { id: string; status: string; startDate: string | null; publishedOn: string | null }[];
    const undated = requested.filter((v) => v.startDate === null && v.publishedOn === null);
    expect(undated.length).toBeGreaterThan(0);
    const kept = dated.data.visits.nodes as typeof requested;
    expect(kept.every((v) => v.status === 'REQUESTED')).toBe(true);
    expect(kept.map((v) => v.id)).toEqual(expect.arrayContaining(undated.map((v) => v.id)));
    // Undated ones sort last.
    expect(
      kept
        .slice(-undated.length)
        .map((v) => v.id)
        .sort(),
    ).toEqual(undated.map((v) => v.id).sort());
    expect(dated.data.visits.totalCount).toBe(kept.length);

    const excluded = await hub.query(VISITS, { filter: { status: ['REQUESTED'], from: '2020-01-01', undated: 'EXCLUDE' } }, STAFF);
    expect(excluded.data.visits.nodes.filter((v: { startDate: string | null }) => v.startDate === null)).toEqual([]);
    expect(excluded.data.visits.nodes.length).toBe(kept.length - undated.length);
    // An undated record cannot be shown to be new: since leaves the undated requested visits out.
    const since = await hub.query(VISITS, { filter: { status: ['REQUESTED'], since: '2020-01-01' } }, STAFF);
    expect(since.data.visits.nodes.filter((v: { startDate: string | null }) => v.startDate === null)).toEqual([]);
    // In records, the status filter keeps requested visits and lets the other kinds of record pass.
    const mixed = await records({ status: ['REQUESTED'], countries: ['AZE'] }, 100, STAFF);
    const kinds = new Set(mixed.nodes.map((n) => n.__typename));
    expect(kinds.has('Visit')).toBe(true);
    expect(kinds.size).toBeGreaterThan(1);
    expect(mixed.nodes.filter((n) => n.__typename === 'Visit').every((n) => n.status === 'REQUESTED')).toBe(true);
    const only = await hub.query(VISITS, { filter: { undated: 'ONLY' } }, STAFF);
    expect(only.data.visits.nodes.length).toBeGreaterThanOrEqual(undated.length);
    expect(
      only.data.visits.nodes.every(
        (v: { startDate: string | null; publishedOn: string | null }) => v.startDate === null && v.publishedOn === null,
      ),
    ).toBe(true);
  });

  it('filters decisions by kind in every source, a decision without a kind left out', async () => {
    const res = await hub.query(
      `{ decisions(filter: { kind: [JUDGMENT] }, first: 100) { nodes { id kind provenance { system } } sources { source warnings } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data.decisions.nodes as { kind: string; provenance: { system: string } }[];
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((d) => d.kind === 'JUDGMENT')).toBe(true);
    expect(new Set(nodes.map((d) => d.provenance.system)).size).toBeGreaterThanOrEqual(2);
  });

  it('says whose total is unknown when totalCount is null, and gives an exact count otherwise', async () => {
    const exact = await hub.query(VISITS, { filter: { systems: ['EUROPEAN'] } });
    expect(exact.data.visits.totalUnknownFrom).toEqual([]);
    expect(exact.data.visits.totalCount).toBe(exact.data.visits.nodes.length);
    const page = await records({ text: 'torture' }, 5);
    expect(page.totalCount).toBeNull();
    expect(page.totalUnknownFrom.length).toBeGreaterThan(0);
    expect(page.totalUnknownFrom.every((name) => page.sources.some((s) => s.source === name && s.total === null))).toBe(true);
  });

  it('refuses bad search and filter values with BAD_USER_INPUT naming the argument', async () => {
    const cases: [object, RegExp, string | undefined][] = [
      [{ text: '"torture' }, /"filter\.text": a quoted phrase is not closed/, 'filter.text'],
      [{ text: 'torture OR' }, /"filter\.text": OR needs a word/, 'filter.text'],
      [{ text: '(torture' }, /"filter\.text": a parenthesis is not closed/, 'filter.text'],
      [{ status: ['LOST'] }, /LOST/, undefined],
      [{ kind: ['RULING'] }, /RULING/, undefined],
      [{ undated: 'SOMETIMES' }, /SOMETIMES/, undefined],
    ];
    for (const [filter, message, argument] of cases) {
      const res = await hub.query(VISITS, { filter });
      expect(res.errors?.[0]?.message, JSON.stringify(filter)).toMatch(message);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      if (argument) expect(res.errors?.[0]?.extensions?.rightsHub).toEqual({ argument });
    }
  });
});
