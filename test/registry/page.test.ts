import { describe, expect, it } from 'vitest';
import {
  assemblePage,
  decodePageId,
  encodePageId,
  pageStateFor,
  partsOf,
  type PartResult,
  type RegistryTrust,
} from '../../subgraphs/registry/page.ts';
import { createTokenSigner } from '../../schema/signed-token.ts';
import { canonicalFilter } from '../../schema/filter.ts';
import { compareNewestFirst, mergeNewestFirst } from '../../schema/merge.ts';
import type { SourceStatus, System } from '../../schema/types.ts';

// Records carry only what the merge reads: id, date and the source in provenance. Ids and dates are those
// of real records in test/fixtures (UHRI, HUDOC).
const decision = (id: string, date: string | null, source: string) => ({ id, date, provenance: { source } });
const ok = (system: System, source: string, total: number | null): SourceStatus => ({
  system,
  source,
  ok: true,
  code: null,
  message: null,
  count: 0,
  total,
  fromCache: false,
  stale: false,
  latencyMs: 1,
  warnings: [],
});

const trust: RegistryTrust = {
  tokens: createTokenSigner('a key for these tests, 32+ characters long'),
  sourcesOf: { UN: ['uhri'], EUROPEAN: ['hudoc-echr', 'hudoc-esc'], INTER_AMERICAN: [], AFRICAN: [] },
};

const un = [decision('uhri:a9ceae8c', '2025-02-12', 'uhri'), decision('uhri:0a0c9531', '2025-01-01', 'uhri')];
const coe = [decision('hudoc-echr:001-243188', '2025-05-22', 'hudoc-echr'), decision('hudoc-echr:001-242070', '2025-03-06', 'hudoc-echr')];

describe('the cross-system page', () => {
  // Two systems, so the arithmetic below stays readable whatever systems the hub has.
  const filter = canonicalFilter({ countries: ['SVN'], systems: ['UN', 'EUROPEAN'] });

  it('builds one part per system, in the same order every time, from the page id alone', () => {
    const state = pageStateFor('decisions', filter, 2, null, trust);
    const again = decodePageId(encodePageId(state, trust), trust);
    expect(partsOf(again, trust)).toEqual(partsOf(state, trust));
    expect(partsOf(state, trust).map((p) => p.__typename)).toEqual(['UnDecisionPart', 'CoeDecisionPart']);
  });

  it('merges newest first, keeps `first`, and moves each system on by what it gave', () => {
    const state = pageStateFor('decisions', filter, 2, null, trust);
    const parts: PartResult[] = [
      { items: un, total: 2, sources: [ok('UN', 'uhri', 2)] },
      { items: coe, total: 5, sources: [ok('EUROPEAN', 'hudoc-echr', 5)] },
    ];
    const page = assemblePage(state, parts, trust);
    expect(page.nodes.map((n) => (n as { id: string }).id)).toEqual(['hudoc-echr:001-243188', 'hudoc-echr:001-242070']);
    expect(page.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(7);
    expect(page.sources.map((s) => [s.source, s.count])).toEqual([
      ['uhri', 0],
      ['hudoc-echr', 2],
    ]);
    const next = pageStateFor('decisions', filter, 2, page.endCursor, trust);
    expect(next.offsets).toEqual({ UN: 0, EUROPEAN: 2 });
  });

  it('reports an unreachable subgraph ({}) by system and leaves it out of the following pages', () => {
    const state = pageStateFor('decisions', filter, 2, null, trust);
    const page = assemblePage(state, [{ items: un, total: 3, sources: [ok('UN', 'uhri', 3)] }, {}], trust);
    expect(page.sources[1]).toMatchObject({ system: 'EUROPEAN', ok: false, code: 'RH_SUBGRAPH_UNREACHABLE' });
    const next = pageStateFor('decisions', filter, 2, page.endCursor, trust);
    expect(next.excluded).toEqual(['EUROPEAN']);
    expect(partsOf(next, trust).map((p) => p.__typename)).toEqual(['UnDecisionPart']);
    expect(assemblePage(next, [{ items: [], total: 3, sources: [ok('UN', 'uhri', 3)] }], trust).sources[1]).toMatchObject({
      system: 'EUROPEAN',
      code: 'RH_SOURCE_EXCLUDED',
    });
  });

  it('leaves out of the following pages a system one of whose sources failed, keeping what it gave on this page', () => {
    const state = pageStateFor('decisions', filter, 1, null, trust);
    const failed: SourceStatus = { ...ok('EUROPEAN', 'hudoc-esc', null), ok: false, code: 'RH_SOURCE_HTTP' };
    const page = assemblePage(
      state,
      [
        { items: un, total: 2, sources: [ok('UN', 'uhri', 2)] },
        { items: coe, total: 5, sources: [ok('EUROPEAN', 'hudoc-echr', 5), failed] },
      ],
      trust,
    );
    expect(page.nodes.map((n) => (n as { id: string }).id)).toEqual(['hudoc-echr:001-243188']);
    expect(pageStateFor('decisions', filter, 1, page.endCursor, trust).excluded).toEqual(['EUROPEAN']);
  });

  it('ends the list when a system gives nothing at its offset, whatever total it claims (HUDOC past its cap)', () => {
    const state = pageStateFor('decisions', filter, 2, null, trust);
    const page = assemblePage(
      state,
      [
        { items: [], total: 0, sources: [ok('UN', 'uhri', 0)] },
        { items: [], total: 12_000, sources: [ok('EUROPEAN', 'hudoc-echr', 12_000)] },
      ],
      trust,
    );
    expect(page).toMatchObject({ hasNextPage: false, endCursor: null });
  });

  it("refuses a cursor that would page deeper than the limit, or into an unknown system, even signed with the hub's key", () => {
    const forge = (offsets: object, excluded: string[] = []) =>
      trust.tokens.sign('cursor', { version: 2, question: 'x', offsets, excluded });
    expect(() => pageStateFor('decisions', filter, 1, forge({ EUROPEAN: 1_000_000 }), trust)).toThrow(
      /"after": not a cursor made by this hub/,
    );
    expect(() => pageStateFor('decisions', filter, 1, forge({ EUROPEAN: -5 }), trust)).toThrow(/"after"/);
    expect(() => pageStateFor('decisions', filter, 1, forge({ MARS: 1 }), trust)).toThrow(/"after"/);
  });

  it('refuses a cursor that is unsigned, altered, signed with another key, or a page id', () => {
    const state = pageStateFor('decisions', filter, 1, null, trust);
    const cursor = assemblePage(
      state,
      [
        { items: un, total: 2, sources: [ok('UN', 'uhri', 2)] },
        { items: coe, total: 2, sources: [ok('EUROPEAN', 'hudoc-echr', 2)] },
      ],
      trust,
    ).endCursor!;
    expect(pageStateFor('decisions', filter, 1, cursor, trust).offsets).toEqual({ UN: 0, EUROPEAN: 1 });
    const payload = cursor.slice(0, -43);
    const unsigned = Buffer.from(JSON.stringify({ version: 2, question: 'x', offsets: { EUROPEAN: 1 }, excluded: [] })).toString(
      'base64url',
    );
    const altered =
      Buffer.from(Buffer.from(payload, 'base64url').toString('utf8').replace('"EUROPEAN":1', '"EUROPEAN":4')).toString('base64url') +
      cursor.slice(-43);
    const otherKey = { ...trust, tokens: createTokenSigner('another key, also 32 or more characters') };
    const fromOtherHub = assemblePage(
      state,
      [
        { items: un, total: 2, sources: [ok('UN', 'uhri', 2)] },
        { items: coe, total: 2, sources: [ok('EUROPEAN', 'hudoc-echr', 2)] },
      ],
      otherKey,
    ).endCursor!;
    for (const bad of [unsigned, altered, fromOtherHub, encodePageId(state, trust)])
      expect(() => pageStateFor('decisions', filter, 1, bad, trust)).toThrow(/"after": not a cursor made by this hub/);
  });

  it('believes of a system only statuses of its own sources and records of its own system, and says what it dropped', () => {
    const state = pageStateFor('decisions', filter, 2, null, trust);
    const foreign: SourceStatus = { ...ok('EUROPEAN', 'hudoc-echr', 0), ok: false, code: 'RH_SOURCE_HTTP' };
    const posingAsUn: SourceStatus = { ...ok('UN', 'hudoc-esc', 0), ok: false, code: 'RH_SOURCE_HTTP' };
    const page = assemblePage(
      state,
      [
        {
          items: [...un, { ...coe[0], provenance: { system: 'EUROPEAN', source: 'hudoc-echr' } }],
          total: 2,
          sources: [ok('UN', 'uhri', 2), foreign, posingAsUn],
        },
        { items: coe, total: 2, sources: [ok('EUROPEAN', 'hudoc-echr', 2)] },
      ],
      trust,
    );
    expect(page.sources.map((s) => [s.system, s.source, s.ok])).toEqual([
      ['UN', 'uhri', true],
      ['UN', 'un', true],
      ['EUROPEAN', 'hudoc-echr', true],
    ]);
    expect(page.sources[1].warnings[0]).toMatch(
      /United Nations subgraph reported for what is not.*EUROPEAN hudoc-echr, UN hudoc-esc, 1 records of other systems/,
    );
    expect(page.nodes.map((n) => (n as { id: string }).id)).toEqual(['hudoc-echr:001-243188', 'hudoc-echr:001-242070']);
    // The dropped failures do not count against the UN: it stays in the following pages.
    expect(pageStateFor('decisions', filter, 2, page.endCursor, trust).excluded).toEqual([]);
  });

  it('refuses a cursor from another query', () => {
    const state = pageStateFor('decisions', filter, 1, null, trust);
    const page = assemblePage(
      state,
      [
        { items: un, total: 2, sources: [ok('UN', 'uhri', 2)] },
        { items: coe, total: 2, sources: [ok('EUROPEAN', 'hudoc-echr', 2)] },
      ],
      trust,
    );
    expect(() =>
      pageStateFor('decisions', canonicalFilter({ countries: ['TUR'], systems: ['UN', 'EUROPEAN'] }), 1, page.endCursor, trust),
    ).toThrow(/"after": this cursor belongs to another query/);
    expect(() => pageStateFor('visits', filter, 1, page.endCursor, trust)).toThrow(/"after"/);
    expect(() => pageStateFor('decisions', filter, 1, 'garbage', trust)).toThrow(/"after": not a cursor made by this hub/);
  });

  it('asks only the systems the filter allows', () => {
    const state = pageStateFor('recommendations', canonicalFilter({ mechanisms: ['un-upr'] }), 5, null, trust);
    expect(partsOf(state, trust).map((p) => p.__typename)).toEqual(['UnRecommendationPart']);
  });
});

describe('the newest-first order', () => {
  it('puts undated records last and breaks date ties by id', () => {
    const list = [
      decision('b', null, 's'),
      decision('c', '2024-01-01', 's'),
      decision('a', '2024-01-01', 's'),
      decision('d', '2025-01-01', 's'),
    ];
    expect([...list].sort(compareNewestFirst).map((d) => d.id)).toEqual(['d', 'a', 'c', 'b']);
  });

  it('merges sorted lists and counts what it took from each', () => {
    expect(mergeNewestFirst([un, coe], 3)).toEqual({ items: [coe[0], coe[1], un[0]], taken: [1, 2] });
  });
});
