import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { HUDOC_SITES } from '../../adapters/hudoc/index.ts';
import { recordedSources } from '../../replay/recorded.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { mapHudocRecord } from '../../adapters/hudoc/map.ts';
import { complianceOf, executionAdapters, readExecution, withExecution } from '../../subgraphs/council-of-europe/execution.ts';
import { toEchrDecision } from '../../subgraphs/council-of-europe/to-contract.ts';

const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url);
const ECHR_APPNOS: string[] = JSON.parse(readFileSync(fixture('hudoc-echr/records.json'), 'utf8'))
  .flatMap((r: { appno?: string }) => (r.appno ?? '').split(';'))
  .map((a: string) => a.trim())
  .filter(Boolean);

describe('HUDOC-EXEC read for a page of application numbers', () => {
  let server: ReplayServer;
  let http: HttpClient;
  beforeAll(async () => {
    server = await startReplayServer(recordedSources());
    http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 1, statusCodes: [] } });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('asks at most 40 application numbers a query, and keeps a case found by two queries once', async () => {
    const appNumbers = [...new Set(['22535/93', ...ECHR_APPNOS, '22535/93'])];
    expect(appNumbers.length).toBeGreaterThan(40);
    const adapters = executionAdapters({ ...HUDOC_SITES.exec, baseUrl: server.baseUrl('hudoc-exec') });
    const before = server.hits('hudoc-exec').length;
    const read = await readExecution(
      adapters,
      { countries: [], from: null, to: null, appNumbers, maxCards: 500, maxDocuments: 500 },
      createCachedFetcher(http, createSourceCache()),
    );
    expect(server.hits('hudoc-exec').length - before).toBe(2 * Math.ceil(appNumbers.length / 40));
    expect(read.records.map((r) => r.card?.row.id ?? r.documents.map((d) => d.row.reference).join('+'))).toEqual([
      '004-34566',
      'DH-DD(2026)381',
    ]);
    expect(complianceOf(read.records[0])).toMatchObject({
      state: 'PENDING',
      supervision: 'standard',
      leadingCase: 'MAHMUT KAYA v. Turkey',
      lastAction: null,
    });

    // Arranged: no recorded ECtHR record is MAHMUT KAYA's judgment, so a recorded Turkish one is given its application number in memory.
    const record = JSON.parse(readFileSync(fixture('hudoc-echr/records.json'), 'utf8')).find(
      (r: { itemid: string }) => r.itemid === '001-242860',
    );
    const judgment = toEchrDecision(mapHudocRecord(record, HUDOC_SITES.echr), read.fetched[0], []);
    const linked = withExecution({ ...judgment, caseNumbers: ['22535/93'] }, read.records);
    expect(linked.compliance).toMatchObject({ state: 'PENDING', supervision: 'standard', supervisionCode: 'STAND', group: '885' });
    expect(linked.alsoIn.map((p) => [p.source, p.sourceUrl])).toEqual([['hudoc-exec', 'https://hudoc.exec.coe.int/eng?i=004-34566']]);
    expect(withExecution(judgment, read.records)).toBe(judgment);
  });
});
