import { ALL } from '../support/contract-query.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { recordedUwazi } from '../../adapters/uwazi/replay.ts';
import type { SourceContext } from '../../subgraphs/_shared/contract-source.ts';
import { uprInfoReviewsSource } from '../../subgraphs/un/sources/upr-info.ts';

describe('the UPR review calendar from UPR Info (Uwazi) on the replay server', () => {
  let server: ReplayServer;
  let http: HttpClient;
  let ctx: SourceContext;
  const source = () => uprInfoReviewsSource(server.baseUrl('upr-info'));

  beforeAll(async () => {
    server = await startReplayServer({ 'upr-info': recordedUwazi('upr-info') });
    http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [503] } });
    ctx = { fetcher: createCachedFetcher(http, createSourceCache()), http };
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('maps a review: State, cycle, session, date and its three documents, with no status the source does not give', async () => {
    const page = await source().reviews!({ ...ALL, countries: ['BRB'] }, ctx);
    expect(page.total).toBe(1);
    expect(page.rows).toEqual([
      {
        id: 'upr-info-reviews:upr-brb-c3-s29',
        mechanism: { id: 'un-upr', acronym: 'UPR', name: 'Universal Periodic Review (Human Rights Council)', system: 'UN' },
        mechanismLabel: 'UPR',
        country: { code: 'BRB', name: 'Barbados' },
        session: '29',
        cycle: '3',
        date: '2018-04-06',
        sessionStart: null,
        sessionEnd: null,
        dialogueDates: null,
        place: null,
        reviewStatus: 'UNKNOWN',
        statusLabel: null,
        reviewOf: null,
        documents: [
          {
            symbol: 'A/HRC/WG.6/29/BRB/1',
            title: 'National report',
            url: 'https://documents.un.org/api/symbol/access?s=A/HRC/WG.6/29/BRB/1&l=en&t=pdf',
            language: 'en',
          },
          {
            symbol: 'A/HRC/WG.6/29/BRB/2',
            title: 'Compilation of UN information',
            url: 'https://documents.un.org/api/symbol/access?s=A/HRC/WG.6/29/BRB/2&l=en&t=pdf',
            language: 'en',
          },
          {
            symbol: 'A/HRC/WG.6/29/BRB/3',
            title: "Summary of stakeholders' submissions",
            url: 'https://documents.un.org/api/symbol/access?s=A/HRC/WG.6/29/BRB/3&l=en&t=pdf',
            language: 'en',
          },
        ],
        provenance: expect.objectContaining({
          system: 'UN',
          source: 'upr-info-reviews',
          owner: 'UPR Info',
          sourceUrl: `${server.baseUrl('upr-info')}/entity/upr-brb-c3-s29`,
        }),
      },
    ]);
    expect(page.warnings).toEqual([]);
  });

  it('lists every review newest first, pages them and filters by date', async () => {
    const all = await source().reviews!(ALL, ctx);
    expect(all.rows.map((r) => [r.country.code, r.date])).toEqual([
      ['AFG', '2019-04-03'],
      ['BRB', '2018-04-06'],
      ['BHS', '2018-04-03'],
      ['BRN', '2014-07-07'],
    ]);
    expect(all.total).toBe(4);
    const second = await source().reviews!({ ...ALL, offset: 1, limit: 2 }, ctx);
    expect(second.rows.map((r) => r.country.code)).toEqual(['BRB', 'BHS']);
    const in2018 = await source().reviews!({ ...ALL, from: '2018-01-01', to: '2018-12-31' }, ctx);
    expect(in2018.rows.map((r) => r.country.code)).toEqual(['BRB', 'BHS']);
    // The Bahamas' record holds only the national report: the others are not invented.
    expect(in2018.rows[1].documents.map((d) => d.symbol)).toEqual(['A/HRC/WG.6/29/BHS/1']);
  });

  it('answers a State the database does not list with an empty page, without a search', async () => {
    const page = await source().reviews!({ ...ALL, countries: ['MEX'] }, ctx);
    expect(page).toEqual({ rows: [], total: 0, fetched: [], warnings: [] });
  });
});
