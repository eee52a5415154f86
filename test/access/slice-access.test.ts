import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { spinternetReplay } from '../../adapters/spinternet/replay.ts';
import { spinternetSource } from '../../subgraphs/un/sources/spinternet.ts';
import { readSlice } from '../../subgraphs/_shared/system-slice.ts';
import { filtersApplied, type ContractSource, type SourceContext } from '../../subgraphs/_shared/contract-source.ts';
import { canonicalFilter, type RecordFilterInput } from '../../schema/filter.ts';
import type { AccessLevel } from '../../schema/access-level.ts';
import type { Visit } from '../../schema/types.ts';
import { ANONYMOUS, type Caller } from '../../access/caller.ts';

/**
 * The system slice enforcing access, on the real special-procedures visits (test/fixtures/spinternet): through the
 * owners' policy (the wrapped source), and as a mechanism's database would give them, with `access` on each record.
 */
const CPT_STAFF: Caller = { mechanism: 'coe-cpt', role: 'staff', keyId: null };
const SP_STAFF: Caller = { mechanism: 'un-sp', role: 'staff', keyId: null };

describe('access in the system slice', () => {
  let server: ReplayServer;
  let http: HttpClient;
  let base: Omit<SourceContext, 'access'>;
  let sp: ContractSource;
  let all: Visit[];

  beforeAll(async () => {
    server = await startReplayServer({ spinternet: spinternetReplay() });
    http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [] } });
    base = { fetcher: createCachedFetcher(http, createSourceCache()), http };
    sp = spinternetSource({ baseUrl: server.baseUrl('spinternet') });
    all = (await sp.visits!({ ...canonicalFilter({}), offset: 0, limit: 1000, undated: 'INCLUDE' }, base)).rows;
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  const slice = (sources: ContractSource[], caller: Caller, filter: RecordFilterInput = {}, window = { offset: 0, limit: 100 }) => {
    const access = { caller, shown: new Set<string>() };
    return readSlice('visits', sources, { filter: canonicalFilter(filter), ...window }, { ...base, access }).then((page) => ({
      ...page,
      shown: access.shown,
    }));
  };
  const requested = () => all.filter((v) => v.status === 'REQUESTED').map((v) => v.id);

  it('the recording holds 17 requested visits among its 68 (what the rules below withhold)', () => {
    expect(all).toHaveLength(68);
    expect(requested()).toHaveLength(17);
  });

  it('an anonymous caller gets no requested visit, and the count and total are of what it may see', async () => {
    const page = await slice([sp], ANONYMOUS);
    const ids = page.items.map((v) => v.id);
    expect(ids.filter((id) => requested().includes(id))).toEqual([]);
    expect(page.total).toBe(51);
    expect(page.sources[0]).toMatchObject({ source: 'spinternet', ok: true, count: 51, total: 51 });
    expect(JSON.stringify(page.sources)).not.toMatch(/68|17 /);
    expect(page.shown.size).toBe(0);
  });

  it('pages what the caller may see: offsets never skip or repeat a visible record', async () => {
    const whole = (await slice([sp], ANONYMOUS)).items.map((v) => v.id);
    const pages = [];
    for (let offset = 0; offset < 60; offset += 20)
      pages.push(...(await slice([sp], ANONYMOUS, {}, { offset, limit: 20 })).items.map((v) => v.id));
    expect(pages).toEqual(whole);
  });

  it('an anonymous caller filtering on the requested status gets none, and a total of 0', async () => {
    const page = await slice([sp], ANONYMOUS, { status: ['REQUESTED'] });
    expect(page.items).toEqual([]);
    expect(page.total).toBe(0);
  });

  it("another mechanism's staff get the requested visits (MECHANISMS) but not their owner's request dates and reminders (OWNER)", async () => {
    const page = await slice([sp], CPT_STAFF, { status: ['REQUESTED'] });
    expect(page.items.map((v) => v.id).sort()).toEqual(requested().sort());
    expect(page.items.every((v) => v.access === 'MECHANISMS' && v.requestedOn === null && v.remindersOn === null)).toBe(true);
    expect(page.sources[0].warnings).toEqual(
      expect.arrayContaining([
        "spinternet: requestedOn is null where withheld (staff of un-sp only, by its owner's access policy)",
        "spinternet: remindersOn is null where withheld (staff of un-sp only, by its owner's access policy)",
      ]),
    );
    expect([...page.shown].sort()).toEqual(requested().sort());
  });

  it('the owner gets everything, fields included', async () => {
    const page = await slice([sp], SP_STAFF);
    expect(page.total).toBe(68);
    expect(page.items.every((v) => Array.isArray(v.remindersOn))).toBe(true);
    expect(page.sources[0].warnings.filter((w) => /withheld/.test(w))).toEqual([]);
  });

  describe("records that carry their own level (a mechanism database's column)", () => {
    /** The same real visits as a database would hold them, each row with the level its owner set: requested → OWNER, announced → MECHANISMS. */
    const levelOf = (v: Visit): AccessLevel => (v.status === 'REQUESTED' ? 'OWNER' : v.status === 'SCHEDULED' ? 'MECHANISMS' : 'PUBLIC');
    const database = (declared: boolean): ContractSource => ({
      name: 'sp-database',
      system: 'UN',
      mechanisms: ['un-sp'],
      canFilterBy: filtersApplied(),
      recordsCarryAccess: declared,
      visits: async (q) => {
        const rows = all.map((v) => ({ ...v, access: levelOf(v) }));
        return { rows: rows.slice(q.offset, q.offset + q.limit), total: rows.length, fetched: [], warnings: [] };
      },
    });
    const count = (level: AccessLevel) => all.filter((v) => levelOf(v) === level).length;

    it('each caller gets its levels: anonymous PUBLIC, other staff MECHANISMS too, the owner all; totals of what each may see', async () => {
      const db = database(true);
      const [anonymous, cpt, owner] = await Promise.all([slice([db], ANONYMOUS), slice([db], CPT_STAFF), slice([db], SP_STAFF)]);
      expect(new Set(anonymous.items.map((v) => v.access))).toEqual(new Set(['PUBLIC']));
      expect(anonymous.total).toBe(count('PUBLIC'));
      expect(new Set(cpt.items.map((v) => v.access))).toEqual(new Set(['PUBLIC', 'MECHANISMS']));
      expect(cpt.total).toBe(count('PUBLIC') + count('MECHANISMS'));
      expect(owner.total).toBe(68);
      expect(owner.shown.size).toBe(count('OWNER') + count('MECHANISMS'));
    });

    it('pages before paging: a window of the visible records, not of the whole table', async () => {
      const db = database(true);
      const visible = (await slice([db], ANONYMOUS)).items.map((v) => v.id);
      const second = await slice([db], ANONYMOUS, {}, { offset: 10, limit: 10 });
      expect(second.items.map((v) => v.id)).toEqual(visible.slice(10, 20));
    });

    it('a source that does not declare its levels still never returns a record above the caller, and then gives no total', async () => {
      const page = await slice([database(false)], ANONYMOUS, {}, { offset: 0, limit: 68 });
      expect(page.items.every((v) => v.access === 'PUBLIC')).toBe(true);
      expect(page.items.length).toBe(count('PUBLIC'));
      expect(page.total).toBeNull();
    });
  });
});
