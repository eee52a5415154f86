import { ALL } from '../support/contract-query.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { spcommreportsReplay } from '../../adapters/spcommreports/replay.ts';
import type { ReplayHandler } from '../../adapters/_kit/replay-types.ts';
import type { ContractQuery, SourceContext } from '../../subgraphs/_shared/contract-source.ts';
import { spcommreportsSource, toSpCommunication } from '../../subgraphs/un/sources/spcommreports.ts';
import type { SpcommreportsConfig } from '../../adapters/spcommreports/index.ts';

const COVERAGE = /the "Communications sent" listing holds the latest reporting period only \(communications of 2025-12-01 to 2026-02-27\)/;

describe('the special procedures’ communications (spcommreports) as contract Communications, on loopback', () => {
  let server: ReplayServer;
  let http: HttpClient;
  beforeAll(async () => {
    const replay = spcommreportsReplay();
    // The same pages with a pager that states no count.
    const uncounted: ReplayHandler = async (req) => {
      const answer = await replay(req);
      return answer && { ...answer, body: String(answer.body).replace(/\d+ - \d+ of \d+ items/, '') };
    };
    server = await startReplayServer({ spcommreports: replay, uncounted });
    http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [] } });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });
  const ctx = (): SourceContext => ({ fetcher: createCachedFetcher(http, createSourceCache()), http });
  const read = (q: Partial<ContractQuery>, config: Partial<SpcommreportsConfig> = {}) =>
    spcommreportsSource({ baseUrl: server.baseUrl('spcommreports'), ...config }).communications!({ ...ALL, ...q }, ctx());
  const pagesAsked = async (run: () => Promise<unknown>) => {
    const before = server.hits('spcommreports').length;
    await run();
    return server
      .hits('spcommreports')
      .slice(before)
      .map((h) => h.replace(/^GET \/LatestReports\/CommunicationSent\??/, '') || 'page=1')
      .sort();
  };

  it('gives the joint allegation letter to Australia as one Communication with its five mandates, its document and no reply known', async () => {
    const page = await read({ countries: ['AUS'] });
    const file = `${server.baseUrl('spcommreports')}/TMResultsBase/DownLoadPublicCommunicationFile?gId=30774`;
    expect(page.total).toBe(1);
    expect(page.rows).toEqual([
      {
        id: 'spcommreports:30774',
        code: 'JAL AUS 2/2026',
        communicationType: 'ALLEGATION_LETTER',
        typeLabel: 'JAL',
        mechanisms: [{ id: 'un-sp', acronym: 'SP', name: 'Special Procedures of the Human Rights Council', system: 'UN' }],
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
        summary: expect.stringContaining('New South Wales'),
        replyReceived: null,
        documents: [{ symbol: 'JAL AUS 2/2026', title: null, url: file, language: null }],
        provenance: {
          system: 'UN',
          source: 'spcommreports',
          owner: 'OHCHR',
          sourceUrl: file,
          fetchedAt: expect.any(String),
          fromCache: false,
          stale: false,
        },
      },
    ]);
    expect(page.warnings).toEqual([expect.stringMatching(COVERAGE)]);
  });

  it('gives a State its communications newest first, and a company none of a State’s: its name stays in addressees', async () => {
    const uk = await read({ countries: ['GBR'] });
    expect(uk.rows.map((c) => [c.code, c.date])).toEqual([
      ['JAL GBR 3/2026', '2026-01-28'],
      ['JAL GBR 2/2026', '2026-01-21'],
      ['JAL GBR 21/2025', '2026-01-16'],
      ['JUA GBR 23/2025', '2025-12-02'],
    ]);
    expect(uk.rows[3]).toMatchObject({
      communicationType: 'URGENT_APPEAL',
      typeLabel: 'JUA',
      mandateLabels: ['African Descent', 'disability', 'education', 'violence against women and girls'],
    });
    const all = await read({});
    const aylo = all.rows.find((c) => c.code === 'JAL OTH 157/2025')!;
    expect(aylo).toMatchObject({
      countries: [],
      addressees: ['Aylo Holdings S.A.R.L.'],
      mandateLabels: ['violence against women and girls', 'privacy'],
    });
    expect(all.rows.filter((c) => c.countries.length === 0)).toHaveLength(18);
    expect(all.warnings).toEqual([expect.stringMatching(COVERAGE)]);
  });

  it('filters by text on what the listing shows (addressee, mandates, summary, code), in any case', async () => {
    const google = await read({ text: 'google llc' });
    expect(google.rows.map((c) => c.code)).toEqual(['JAL OTH 155/2025', 'JAL OTH 151/2025']);
    expect((await read({ text: 'OTH 157/2025' })).rows.map((c) => c.id)).toEqual(['spcommreports:30599']);
    expect((await read({ text: 'Transitional justice' })).rows.map((c) => c.code)).toEqual(['JAL SWE 3/2025']);
    expect((await read({ countries: ['KEN'], text: 'climate change' })).total).toBe(1);
  });

  it('filters by dates, and stops reading once the listing is past the window’s start', async () => {
    const january = await read({ from: '2026-01-16', to: '2026-01-21' });
    expect(january.total).toBe(10);
    expect(january.rows.every((c) => c.date! >= '2026-01-16' && c.date! <= '2026-01-21')).toBe(true);
    expect(january.warnings).toEqual([]);
    expect(await pagesAsked(() => read({ from: '2026-02-10' }, { pagesAtOnce: 1 }))).toEqual(['page=1', 'page=2']);
  });

  it('with no filter reads only the pages the slice needs (and the next one, for the rest of its last day), and states the pager’s count', async () => {
    let first: Awaited<ReturnType<typeof read>> | undefined;
    expect(
      await pagesAsked(async () => {
        first = await read({ limit: 10 }, { pagesAtOnce: 1 });
      }),
    ).toEqual(['page=1', 'page=2']);
    expect(first!.total).toBe(42);
    // Ten of 13 February (page 1 lists eight, page 2 two more) sort by id: Visa's (30598, page 2) comes before Aylo's (30599, page 1).
    expect(first!.rows.map((c) => c.id.replace('spcommreports:', ''))).toEqual([
      '30774',
      '30771',
      '30594',
      '30596',
      '30597',
      '30598',
      '30599',
      '30600',
      '30601',
      '30751',
    ]);
    const second = await read({ offset: 10, limit: 10 });
    expect(second.rows[0].id).toBe('spcommreports:30752');
    expect(second.total).toBe(42);
  });

  it('gives no count when maxPages stopped the reading before the end, and says so', async () => {
    const capped = await read({ countries: ['CAN'] }, { maxPages: 2, pagesAtOnce: 1 });
    expect(capped.total).toBeNull();
    expect(capped.rows.map((c) => c.code)).toEqual(['JAL CAN 7/2025']);
    expect(capped.warnings).toEqual([expect.stringMatching(/first 2 listing pages only/)]);
  });

  it('without the pager’s count, counts what it read to the end, and gives no count when it stopped early', async () => {
    const config = { baseUrl: server.baseUrl('uncounted') };
    expect((await read({ limit: 10 }, config)).total).toBeNull();
    expect((await read({}, config)).total).toBe(42);
    expect((await read({ countries: ['RUS'] }, config)).total).toBe(4);
  });

  it('names the State by the reference when the addressee is not an ISO 3166 name, and no State for a non-State addressee', () => {
    const record = {
      gId: '1',
      code: 'AL XKX 1/2026',
      reference: 'XKX 1/2026',
      referencePrefix: 'XKX',
      communicationType: 'ALLEGATION_LETTER' as const,
      typeLabel: 'AL',
      date: '2026-01-01',
      sourceDate: '1 Jan 2026',
      addressee: 'Kosovo*',
      mandates: [],
      summary: null,
      documentUrl: null,
    };
    const fetched = {
      url: 'u',
      body: '',
      contentType: null,
      fetchedAt: '2026-07-12T10:54:11Z',
      fromCache: false,
      stale: false,
      latencyMs: 0,
    };
    const warnings: string[] = [];
    expect(toSpCommunication({ ...record, addressee: 'Türkiye', referencePrefix: 'TUR' }, fetched, warnings).countries).toEqual([
      { code: 'TUR', name: 'Türkiye' },
    ]);
    expect(toSpCommunication({ ...record, addressee: 'Republic of Türkiye', referencePrefix: 'TUR' }, fetched, warnings).countries).toEqual(
      [{ code: 'TUR', name: 'Republic of Türkiye' }],
    );
    expect(toSpCommunication(record, fetched, warnings).countries).toEqual([{ code: null, name: 'Kosovo*' }]);
    expect(toSpCommunication({ ...record, addressee: null }, fetched, warnings).countries).toEqual([{ code: null, name: 'XKX' }]);
    expect(toSpCommunication({ ...record, addressee: 'Canada', referencePrefix: null }, fetched, warnings).countries).toEqual([
      { code: 'CAN', name: 'Canada' },
    ]);
    const visa = toSpCommunication({ ...record, addressee: 'Visa', referencePrefix: null }, fetched, warnings);
    expect(visa).toMatchObject({ countries: [], addressees: ['Visa'] });
    expect(warnings).toEqual([
      'unknown State name "Kosovo*" kept without a code',
      'unknown State name "XKX" kept without a code',
      'spcommreports: addressee "Visa" has no State reference and no ISO 3166 name; kept in addressees only',
    ]);
  });
});
