import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { createAfricanCourtAdapter, parseReceivedCases } from '../../adapters/african-court/index.ts';
import { validateAfricanCourtConfig } from '../../adapters/african-court/config.ts';
import { linesOf } from '../../adapters/african-court/parse.ts';
import { africanCourtReplay } from '../../adapters/african-court/replay.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { SCRAPER_SAMPLE } from '../../adapters/african-court/walk.ts';

const fixture = (path: string) => new URL(`../fixtures/african-court/${path}`, import.meta.url);
const PAGE = readFileSync(fixture('received-cases.html'), 'utf8');
/** The 15 rows the court's page gave a real scraper on 2026-05-21 (parsed there, kept as recorded). */
const REAL: {
  sample: { caseNum: string; applicant: string; respondent: string; filedDate: string; decisionDate: string; status: string }[];
} = JSON.parse(readFileSync(SCRAPER_SAMPLE, 'utf8'));
const URL_ = 'https://www.african-court.org/cpmt/received-cases';

describe('African Court registry page', () => {
  it('reads back, column by column, the 15 real rows the page was rebuilt from', () => {
    const rows = parseReceivedCases(PAGE, URL_);
    expect(rows).toHaveLength(15);
    expect(
      rows.map((r) => ({
        caseNum: r.caseNumber,
        applicant: r.applicant,
        respondent: r.respondents.join(' '),
        filedDate: r.filedDate,
        decisionDate: r.decisionDate,
        status: r.status,
      })),
    ).toEqual(
      REAL.sample.map(({ caseNum, applicant, respondent, filedDate, decisionDate, status }) => ({
        caseNum,
        applicant,
        respondent,
        filedDate,
        decisionDate,
        status,
      })),
    );
    expect(rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
  });

  it('keeps each respondent of a case against two States apart, and decodes the apostrophes the page escapes', () => {
    const rows = parseReceivedCases(PAGE, URL_);
    expect(rows.find((r) => r.caseNumber === '008/2011')?.respondents).toEqual(['Federal Republic of Nigeria', 'Republic of Cameroon']);
    expect(rows.find((r) => r.caseNumber === '002/2011')?.respondents).toEqual(["People's Democratic Republic of Algeria"]);
    expect(linesOf('a<br/> <b>b</b>')).toEqual(['a', 'b']);
  });

  it('refuses a page without the table, and a table whose rows lost a column', () => {
    expect(() => parseReceivedCases('<html><p>Maintenance</p></html>', URL_)).toThrow(expect.objectContaining({ code: 'RH_SOURCE_PARSE' }));
    const broken = PAGE.replace('<td>Finalized</td>', '');
    expect(() => parseReceivedCases(broken, URL_)).toThrow(expect.objectContaining({ code: 'RH_SOURCE_INSANE' }));
  });

  it('rejects a base URL that is not http(s)', () => {
    expect(() => validateAfricanCourtConfig({ baseUrl: 'ftp://x' })).toThrow(/adapters\.african-court\.baseUrl/);
  });

  describe('through the replay server', () => {
    let server: ReplayServer;
    let http: HttpClient;
    beforeAll(async () => {
      server = await startReplayServer({ 'african-court': africanCourtReplay() });
      http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [503] } });
    });
    afterAll(async () => {
      await http.close();
      await server.close();
    });

    it('reads every application in one GET, with ISO days and the status as written', async () => {
      const adapter = createAfricanCourtAdapter({ baseUrl: server.baseUrl('african-court') });
      const { rows, fetched } = await adapter.cases(createCachedFetcher(http, createSourceCache()));
      expect(rows).toHaveLength(15);
      expect(rows.find((c) => c.id === '011/2011')).toEqual({
        id: '011/2011',
        applicant: 'Rev. Christopher Mtikila',
        respondents: ['United Republic of Tanzania'],
        filedOn: '2011-06-10',
        decidedOn: '2013-06-14',
        filedText: '2011-06-10',
        decisionText: '2013-06-14',
        status: 'Finalized',
      });
      expect(fetched.url).toBe(`${server.baseUrl('african-court')}/cpmt/received-cases`);
      expect(server.hits('african-court')).toEqual(['GET /cpmt/received-cases']);
    });
  });
});
