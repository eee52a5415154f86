import { readFileSync } from 'node:fs';
import { systemChecks } from '../../subgraphs/checks.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { MockAgent } from 'undici';
import { createHttpClient } from '../../adapters/_kit/http.ts';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const client = (agent: MockAgent) =>
  createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 1, statusCodes: [] } }, { dispatcher: agent });

describe('the live drift checks of the execution and compliance sources (offline: the live origins are mocked)', () => {
  let agent: MockAgent;
  afterEach(() => agent.close());

  it("checks HUDOC-EXEC's case search and documents for Türkiye, and names a row it cannot read as drift", async () => {
    agent = new MockAgent();
    agent.disableNetConnect();
    const exec = agent.get('https://hudoc.exec.coe.int');
    exec.intercept({ path: (p) => p.includes('execdocumenttype%3ACEC') }).reply(200, fixture('hudoc-exec/cases.json'));
    exec.intercept({ path: (p) => p.includes('execdocumenttype%3ACMDEC') }).reply(200, fixture('hudoc-exec/documents.json'));
    exec
      .intercept({ path: (p) => p.includes('execdocumenttype%3ACEC') })
      .reply(200, JSON.stringify({ resultcount: 1, results: [{ columns: { exectitle: 'X' } }] }));
    const checks = systemChecks('council-of-europe').filter((c) => c.source === 'hudoc-exec');
    expect(checks.map((c) => new URL(c.url).searchParams.get('query'))).toEqual([
      expect.stringContaining('((execstate="TUR"))'),
      expect.stringContaining('((execstate="TUR"))'),
    ]);
    const http = client(agent);
    await expect(checks[0].run(http)).resolves.toEqual({ records: 27, problems: [] });
    await expect(checks[1].run(http)).resolves.toEqual({ records: 12, problems: [] });
    await expect(checks[0].run(http)).resolves.toEqual({
      records: 0,
      problems: ['hudoc-exec: 1 case cards could not be read and were left out: row 1 (no execidentifier)'],
    });
  });

  it("checks the Court's advisory opinions (all years) and its listing of cases under supervision", async () => {
    agent = new MockAgent();
    agent.disableNetConnect();
    const court = agent.get('https://www.corteidh.or.cr');
    court
      .intercept({ path: '/get_jurisprudencia_search_tipo.cfm', method: 'POST', body: (b) => b.includes('nId_Tipo_Jurisprudencia=OC') })
      .reply(200, fixture('corteidh/jurisprudencia-OC-es.html'));
    court
      .intercept({ path: '/casos_en_supervision_por_pais.cfm?lang=es' })
      .reply(200, fixture('corteidh/casos_en_supervision_por_pais-es.html'));
    const checks = systemChecks('inter-american', new Date('2026-01-10T00:00:00Z')).filter((c) =>
      ['corteidh-advisory', 'corteidh-supervision'].includes(c.source),
    );
    expect(checks.map((c) => c.source)).toEqual(['corteidh-advisory', 'corteidh-supervision']);
    const http = client(agent);
    await expect(checks[0].run(http)).resolves.toEqual({ records: 3, problems: [] });
    await expect(checks[1].run(http)).resolves.toEqual({ records: 1, problems: [] });
  });
});
