import { ALL } from '../support/contract-query.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import type { IachrConfig } from '../../adapters/iachr/index.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { systemReplay } from '../../replay/recorded.ts';
import type { ContractSource, SourceContext } from '../../subgraphs/_shared/contract-source.ts';
import { iachrSources, leftRecordsUnread } from '../../subgraphs/inter-american/iachr-sources.ts';
import { SYSTEM_SOURCES } from '../../subgraphs/systems.ts';

const interAmericanReplay = systemReplay('INTER_AMERICAN');

const YEARLY = /Year=(\d{4})$/;

describe('the IACHR sources bound the yearly listings a query reads (maxYears)', () => {
  let server: ReplayServer;
  let http: HttpClient;
  const ctx = (): SourceContext => ({ fetcher: createCachedFetcher(http, createSourceCache()), http });
  /** The year 2024 stands for "now" (the newest recorded listing), never the clock. */
  const source = (name: string, config: Partial<IachrConfig>): ContractSource =>
    iachrSources({ baseUrl: server.baseUrl('iachr'), latestYear: 2024, ...config }).find((s) => s.name === name)!;
  /** What `run` answers, and the listing pages the replayed oas.org was asked for meanwhile, as "<listing> <year>". */
  async function counting<T>(run: () => Promise<T>): Promise<{ page: T; asked: string[] }> {
    const before = server.hits('iachr').length;
    const page = await run();
    const asked = server
      .hits('iachr')
      .slice(before)
      .filter((h) => YEARLY.test(h))
      .map((h) => `${h.match(/\/(\w+)\.asp\?/)![1]} ${h.match(YEARLY)![1]}`);
    return { page, asked: asked.sort() };
  }

  beforeAll(async () => {
    server = await startReplayServer(interAmericanReplay.mounts({}));
    http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [] } });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('reads only the newest maxYears years for a query without dates, says how far back, and gives no total', async () => {
    const precautionary = source('iachr-precautionary', { maxYears: 2 });
    const { page, asked } = await counting(() => precautionary.communications!({ ...ALL, countries: ['MEX'] }, ctx()));
    expect(asked).toEqual(['precautionary 2023', 'precautionary 2024']);
    expect(page.rows.map((c) => c.code)).toEqual(['Resolution 12/2023']); // MC 1008-19 (2020) lies beyond the two years read
    expect(page.total).toBeNull();
    expect(page.warnings).toEqual([
      'iachr-precautionary: the yearly listings were read only back to 2023 (at most 2 years a query, maxYears); earlier years are not included',
    ]);
  });

  it('bounds the four decision listings together, each reading the years it has', async () => {
    const decisions = source('iachr-decisions', { maxYears: 3 });
    const { page, asked } = await counting(() => decisions.decisions!({ ...ALL, countries: ['MEX'], to: '2016-12-31' }, ctx()));
    expect(asked).toEqual([
      'admissibilities 2014',
      'admissibilities 2015',
      'admissibilities 2016',
      'friendly 2014',
      'friendly 2015',
      'friendly 2016',
      'inadmissibilities 2014',
      'inadmissibilities 2015',
      'inadmissibilities 2016',
      'merits 2014',
      'merits 2015',
      'merits 2016',
    ]);
    expect(page.rows.map((d) => d.id)).toEqual(['iachr-decisions:51/16', 'iachr-decisions:80/15']);
    expect(page.total).toBeNull(); // admissibility reports from 2006 and friendly settlements from 2000 were not read
    expect(page.warnings).toEqual([
      'iachr-decisions: the yearly listings were read only back to 2014 (at most 3 years a query, maxYears); earlier years are not included',
    ]);
  });

  it('keeps an exact count for States outside the Inter-American system, whose records no unread year can hold', async () => {
    const page = await source('iachr-decisions', { maxYears: 2 }).decisions!({ ...ALL, countries: ['TZA', 'SVN'] }, ctx());
    expect(page).toMatchObject({ rows: [], total: 0, warnings: [] });
    expect(leftRecordsUnread({ complete: false }, { countries: ['TZA', 'NIC'] })).toBe(true); // Nicaragua left the OAS, not the Convention
    expect(leftRecordsUnread({ complete: false }, { countries: [] })).toBe(true);
    expect(leftRecordsUnread({ complete: true }, { countries: ['MEX'] })).toBe(false);
  });

  it('answers a query whose range fits within maxYears exactly as without a cap', async () => {
    const q = { ...ALL, from: '2019-01-01', to: '2020-12-31' };
    const capped = source('iachr-precautionary', { maxYears: 2 });
    const { page, asked } = await counting(() => capped.communications!(q, ctx()));
    expect(asked).toEqual(['precautionary 2019', 'precautionary 2020']);
    const uncapped = await source('iachr-precautionary', { maxYears: 100 }).communications!(q, ctx());
    const answer = (p: typeof page) => ({ ids: p.rows.map((c) => c.id), total: p.total, warnings: p.warnings });
    expect(answer(page)).toEqual(answer(uncapped));
    expect(answer(page)).toMatchObject({ total: 4, warnings: [] });
  });

  it('reads the decade up to the newest recorded year by default in the demo environment (RH_IACHR_LATEST_YEAR=2024)', async () => {
    const decisions = SYSTEM_SOURCES['inter-american'](interAmericanReplay.environment(server)).find((s) => s.name === 'iachr-decisions')!;
    const { page, asked } = await counting(() => decisions.decisions!({ ...ALL, countries: ['MEX'] }, ctx()));
    expect(asked.filter((a) => a.startsWith('merits'))).toEqual([
      'merits 2015',
      'merits 2016',
      'merits 2017',
      'merits 2018',
      'merits 2019',
      'merits 2020',
      'merits 2021',
      'merits 2022',
      'merits 2023',
      'merits 2024',
    ]);
    expect(asked).toHaveLength(40);
    expect(page.rows.map((d) => d.id)).toEqual(['iachr-decisions:51/16', 'iachr-decisions:80/15']);
    expect(page.total).toBeNull();
    expect(page.warnings).toEqual([
      'iachr-decisions: the yearly listings were read only back to 2015 (at most 10 years a query, maxYears); earlier years are not included',
    ]);
  });
});
