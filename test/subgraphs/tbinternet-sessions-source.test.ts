import { ALL } from '../support/contract-query.ts';
import { systemChecks } from '../../subgraphs/checks.ts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MockAgent } from 'undici';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { tbinternetReplay } from '../../adapters/tbinternet/replay.ts';
import type { SourceContext } from '../../subgraphs/_shared/contract-source.ts';
import { tbinternetSessionsSource, tbReviewStatus, uniqueIds } from '../../subgraphs/un/sources/tbinternet-sessions.ts';
import type { Review } from '../../schema/types.ts';

const NO_RETRY = { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 1, statusCodes: [] };

describe('the UN subgraph’s treaty-body review calendar (tbinternet-sessions)', () => {
  let server: ReplayServer;
  let http: HttpClient;
  const ctx = (): SourceContext => ({ fetcher: createCachedFetcher(http, createSourceCache()), http });
  beforeAll(async () => {
    server = await startReplayServer({ tbinternet: tbinternetReplay() });
    http = createHttpClient({ retry: NO_RETRY });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('keeps every id one record’s when a State is on two rows of one session', () => {
    const review = (id: string, reviewOf: string) => ({ id, reviewOf }) as Review;
    expect(
      uniqueIds([
        review('tbinternet-sessions:9402:BGD', 'CRC'),
        review('tbinternet-sessions:9402:BGD', 'OPSC'),
        review('tbinternet-sessions:9402:CHL', 'CRC'),
      ]).map((r) => [r.id, r.reviewOf]),
    ).toEqual([
      ['tbinternet-sessions:9402:BGD', 'CRC'],
      ['tbinternet-sessions:9402:BGD:2', 'OPSC'],
      ['tbinternet-sessions:9402:CHL', 'CRC'],
    ]);
  });

  it('maps the pages’ wording of a status, and keeps UNKNOWN for wording it does not know or for none', () => {
    expect(tbReviewStatus('reviewed (concluding observations adopted)')).toBe('COMPLETED');
    expect(tbReviewStatus('reviewed')).toBe('COMPLETED');
    expect(tbReviewStatus('scheduled')).toBe('SCHEDULED');
    expect(tbReviewStatus('planned')).toBe('SCHEDULED');
    expect(tbReviewStatus('scheduled, then postponed')).toBe('POSTPONED');
    expect(tbReviewStatus('under discussion')).toBe('UNKNOWN');
    expect(tbReviewStatus(null)).toBe('UNKNOWN');
  });

  it('reads only the committees the mechanisms filter asks for, and keeps what is reviewed in the page’s words', async () => {
    const before = server.hits('tbinternet').length;
    const page = await tbinternetSessionsSource({ baseUrl: server.baseUrl('tbinternet') }).reviews!(
      { ...ALL, mechanisms: ['un-crc'], countries: ['PRY'] },
      ctx(),
    );
    expect(
      server
        .hits('tbinternet')
        .slice(before)
        .filter((h) => h.includes('SessionsList')),
    ).toEqual(['GET /_layouts/15/TreatyBodyExternal/SessionsList.aspx?Treaty=CRC']);
    expect(page.rows).toEqual([
      expect.objectContaining({
        id: 'tbinternet-sessions:9405:PRY',
        mechanism: expect.objectContaining({ id: 'un-crc' }),
        mechanismLabel: 'CRC',
        session: '64',
        date: '2013-09-16',
        reviewOf: 'OPSC; OPAC',
        reviewStatus: 'SCHEDULED',
        statusLabel: 'scheduled',
      }),
    ]);
    expect(page.total).toBe(1);
  });
});

describe('the treaty-body calendar’s live drift check (offline: the live origin is mocked)', () => {
  let agent: MockAgent;
  afterEach(() => agent.close());
  const fixture = (path: string) => readFileSync(new URL(`../fixtures/tbinternet/sessions/${path}`, import.meta.url), 'utf8');
  const html = { headers: { 'content-type': 'text/html; charset=utf-8' } };
  const check = () => systemChecks('un').find((c) => c.source === 'tbinternet-sessions')!;

  it('counts the States of CAT’s newest session, reached from the sessions list, and reports a list without its grid as drift', async () => {
    agent = new MockAgent();
    agent.disableNetConnect();
    const tb = agent.get('https://tbinternet.ohchr.org');
    tb.intercept({ path: '/_layouts/15/TreatyBodyExternal/SessionsList.aspx?Treaty=CAT' }).reply(200, fixture('list-CAT.html'), html);
    tb.intercept({ path: '/_layouts/15/TreatyBodyExternal/SessionDetails1.aspx?SessionID=9101&Lang=en' }).reply(
      200,
      fixture('details-9101.html'),
      html,
    );
    await expect(check().run(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent }))).resolves.toEqual({ records: 6, problems: [] });
    tb.intercept({ path: '/_layouts/15/TreatyBodyExternal/SessionsList.aspx?Treaty=CAT' }).reply(
      200,
      '<html><body>New site</body></html>',
      html,
    );
    await expect(check().run(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent }))).resolves.toMatchObject({
      records: 0,
      problems: [expect.stringMatching(/no sessions grid/)],
    });
  });
});
