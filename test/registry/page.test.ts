import { describe, expect, it } from 'vitest';
import { assemblePage, decodePageId, encodePageId, pageStateFor, partsOf, type PartResult } from '../../subgraphs/registry/page.ts';
import { canonicalFilter } from '../../subgraphs/registry/filter.ts';
import { compareNewestFirst, mergeNewestFirst } from '../../schema/merge.ts';
import type { SourceStatus, System } from '../../schema/types.ts';

// Records carry only what the merge reads: id, date and the source in provenance. Ids and dates are those
// of real records in test/fixtures (UHRI, HUDOC).
const decision = (id: string, date: string | null, source: string) => ({ id, date, provenance: { source } });
const ok = (system: System, source: string, total: number | null): SourceStatus =>
  ({ system, source, ok: true, code: null, message: null, count: 0, total, fromCache: false, stale: false, latencyMs: 1, warnings: [] });

const un = [decision('uhri:a9ceae8c', '2025-02-12', 'uhri'), decision('uhri:0a0c9531', '2025-01-01', 'uhri')];
const coe = [decision('hudoc-echr:001-243188', '2025-05-22', 'hudoc-echr'), decision('hudoc-echr:001-242070', '2025-03-06', 'hudoc-echr')];

describe('the cross-system page', () => {
  // Two systems, so the arithmetic below stays readable whatever systems the hub has.
  const filter = canonicalFilter({ countries: ['SVN'], systems: ['UN', 'EUROPEAN'] });

  it('builds one part per system, in the same order every time, from the page id alone', () => {
    const state = pageStateFor('decisions', filter, 2, null);
    const again = decodePageId(encodePageId(state));
    expect(partsOf(again)).toEqual(partsOf(state));
    expect(partsOf(state).map((p) => p.__typename)).toEqual(['UnDecisionPart', 'CoeDecisionPart']);
  });

  it('merges newest first, keeps `first`, and moves each system on by what it gave', () => {
    const state = pageStateFor('decisions', filter, 2, null);
    const parts: PartResult[] = [{ items: un, total: 2, sources: [ok('UN', 'uhri', 2)] }, { items: coe, total: 5, sources: [ok('EUROPEAN', 'hudoc-echr', 5)] }];
    const page = assemblePage(state, parts);
    expect(page.nodes.map((n) => (n as { id: string }).id)).toEqual(['hudoc-echr:001-243188', 'hudoc-echr:001-242070']);
    expect(page.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(7);
    expect(page.sources.map((s) => [s.source, s.count])).toEqual([['uhri', 0], ['hudoc-echr', 2]]);
    const next = pageStateFor('decisions', filter, 2, page.endCursor);
    expect(next.offsets).toEqual({ UN: 0, EUROPEAN: 2 });
  });

  it('reports an unreachable subgraph ({}) by system and leaves it out of the following pages', () => {
    const state = pageStateFor('decisions', filter, 2, null);
    const page = assemblePage(state, [{ items: un, total: 3, sources: [ok('UN', 'uhri', 3)] }, {}]);
    expect(page.sources[1]).toMatchObject({ system: 'EUROPEAN', ok: false, code: 'RH_SUBGRAPH_UNREACHABLE' });
    const next = pageStateFor('decisions', filter, 2, page.endCursor);
    expect(next.excluded).toEqual(['EUROPEAN']);
    expect(partsOf(next).map((p) => p.__typename)).toEqual(['UnDecisionPart']);
    expect(assemblePage(next, [{ items: [], total: 3, sources: [ok('UN', 'uhri', 3)] }]).sources[1]).toMatchObject({ system: 'EUROPEAN', code: 'RH_SOURCE_EXCLUDED' });
  });

  it('leaves out of the following pages a system one of whose sources failed, keeping what it gave on this page', () => {
    const state = pageStateFor('decisions', filter, 1, null);
    const failed: SourceStatus = { ...ok('EUROPEAN', 'hudoc-esc', null), ok: false, code: 'RH_SOURCE_HTTP' };
    const page = assemblePage(state, [{ items: un, total: 2, sources: [ok('UN', 'uhri', 2)] }, { items: coe, total: 5, sources: [ok('EUROPEAN', 'hudoc-echr', 5), failed] }]);
    expect(page.nodes.map((n) => (n as { id: string }).id)).toEqual(['hudoc-echr:001-243188']);
    expect(pageStateFor('decisions', filter, 1, page.endCursor).excluded).toEqual(['EUROPEAN']);
  });

  it('ends the list when a system gives nothing at its offset, whatever total it claims (HUDOC past its cap)', () => {
    const state = pageStateFor('decisions', filter, 2, null);
    const page = assemblePage(state, [{ items: [], total: 0, sources: [ok('UN', 'uhri', 0)] }, { items: [], total: 12_000, sources: [ok('EUROPEAN', 'hudoc-echr', 12_000)] }]);
    expect(page).toMatchObject({ hasNextPage: false, endCursor: null });
  });

  it('refuses a hand-made cursor that would page deeper than the limit, or into an unknown system', () => {
    const forge = (o: object, x: string[] = []) => Buffer.from(JSON.stringify({ q: 'x', o, x })).toString('base64url');
    expect(() => pageStateFor('decisions', filter, 1, forge({ EUROPEAN: 1_000_000 }))).toThrow(/"after": not a cursor made by this hub/);
    expect(() => pageStateFor('decisions', filter, 1, forge({ EUROPEAN: -5 }))).toThrow(/"after"/);
    expect(() => pageStateFor('decisions', filter, 1, forge({ MARS: 1 }))).toThrow(/"after"/);
  });

  it('refuses a cursor from another query', () => {
    const state = pageStateFor('decisions', filter, 1, null);
    const page = assemblePage(state, [{ items: un, total: 2, sources: [ok('UN', 'uhri', 2)] }, { items: coe, total: 2, sources: [ok('EUROPEAN', 'hudoc-echr', 2)] }]);
    expect(() => pageStateFor('decisions', canonicalFilter({ countries: ['TUR'], systems: ['UN', 'EUROPEAN'] }), 1, page.endCursor)).toThrow(/"after": this cursor belongs to another query/);
    expect(() => pageStateFor('visits', filter, 1, page.endCursor)).toThrow(/"after"/);
    expect(() => pageStateFor('decisions', filter, 1, 'garbage')).toThrow(/"after": not a cursor made by this hub/);
  });

  it('asks only the systems the filter allows', () => {
    const state = pageStateFor('recommendations', canonicalFilter({ mechanisms: ['un-upr'] }), 5, null);
    expect(partsOf(state).map((p) => p.__typename)).toEqual(['UnRecommendationPart']);
  });
});

describe('the newest-first order', () => {
  it('puts undated records last and breaks date ties by id', () => {
    const list = [decision('b', null, 's'), decision('c', '2024-01-01', 's'), decision('a', '2024-01-01', 's'), decision('d', '2025-01-01', 's')];
    expect([...list].sort(compareNewestFirst).map((d) => d.id)).toEqual(['d', 'a', 'c', 'b']);
  });

  it('merges sorted lists and counts what it took from each', () => {
    expect(mergeNewestFirst([un, coe], 3)).toEqual({ items: [coe[0], coe[1], un[0]], taken: [1, 2] });
  });
});
