import { ALL } from '../support/contract-query.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { tbinternetReplay } from '../../adapters/tbinternet/replay.ts';
import { spinternetReplay } from '../../adapters/spinternet/replay.ts';
import type { SourceContext } from '../../subgraphs/_shared/contract-source.ts';
import { tbinternetSource } from '../../subgraphs/un/sources/tbinternet.ts';
import { spinternetSource } from '../../subgraphs/un/sources/spinternet.ts';
import { spVisitStatus } from '../../adapters/spinternet/map.ts';

describe('the UN subgraph’s treaty-body and special-procedures sources on loopback', () => {
  let server: ReplayServer;
  let http: HttpClient;
  const ctx = (): SourceContext => ({ fetcher: createCachedFetcher(http, createSourceCache()), http });
  beforeAll(async () => {
    server = await startReplayServer({ tbinternet: tbinternetReplay(), spinternet: spinternetReplay() });
    http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [] } });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });
  const tb = () => tbinternetSource({ baseUrl: server.baseUrl('tbinternet') });
  const sp = () => spinternetSource({ baseUrl: server.baseUrl('spinternet') });

  it('gives the CAT decision that names Mexico as a Decision with its symbol, States, date, languages and Download.aspx link', async () => {
    const page = await tb().decisions!({ ...ALL, countries: ['MEX'] }, ctx());
    expect(page.total).toBe(1);
    const url = `${server.baseUrl('tbinternet')}/_layouts/15/treatybodyexternal/Download.aspx?symbolno=CAT%2FC%2F40%2FD%2F293%2F2006&Lang=en`;
    expect(page.rows[0]).toMatchObject({
      id: 'tbinternet:CAT/C/40/D/293/2006',
      mechanism: { id: 'un-cat', acronym: 'CAT' },
      title: 'M.J.A.M.O v. Canada and Mexico',
      caseNumbers: ['293/2006'],
      respondents: [
        { code: 'CAN', name: 'Canada' },
        { code: 'MEX', name: 'Mexico' },
      ],
      date: '2008-05-09',
      sourceDate: null,
      kind: null,
      kindLabel: null,
      languages: ['en'],
      url,
      caseStatus: null,
      alsoIn: [],
      provenance: { system: 'UN', source: 'tbinternet', owner: 'OHCHR', sourceUrl: url, fromCache: false, stale: false },
    });
  });

  it('orders every decision newest first, pages them, and filters by committee and by date', async () => {
    const all = await tb().decisions!(ALL, ctx());
    expect(all.total).toBe(15);
    expect(all.rows.map((d) => d.date)).toEqual([...all.rows.map((d) => d.date)].sort().reverse());
    const second = await tb().decisions!({ ...ALL, offset: 3, limit: 2 }, ctx());
    expect(second.rows.map((d) => d.id)).toEqual(all.rows.slice(3, 5).map((d) => d.id));
    const cedaw = await tb().decisions!({ ...ALL, mechanisms: ['un-cedaw'] }, ctx());
    expect(cedaw.total).toBe(6);
    expect(cedaw.rows.every((d) => d.mechanism.id === 'un-cedaw')).toBe(true);
    const in2012 = await tb().decisions!({ ...ALL, from: '2012-01-01', to: '2012-12-31' }, ctx());
    expect(in2012.rows.map((d) => d.id)).toEqual([
      'tbinternet:CAT/C/49/D/437/2010',
      'tbinternet:CCPR/C/106/D/1786/2008',
      'tbinternet:CEDAW/C/53/D/31/2011',
      'tbinternet:CEDAW/C/52/D/32/2011',
      'tbinternet:CAT/C/48/D/433/2010',
    ]);
  });

  it('gives the special-procedures visits to Mexico with their status, and says nothing it does not know (no report, no joint mandates)', async () => {
    const page = await sp().visits!({ ...ALL, countries: ['MEX'] }, ctx());
    expect(page.total).toBe(2);
    expect(page.rows[0]).toMatchObject({
      id: 'spinternet:special-rapporteur-on-the-right-to-food:mexico:2011-06-13',
      mechanism: { id: 'un-sp' },
      country: { code: 'MEX', name: 'Mexico' },
      startDate: '2011-06-13',
      endDate: '2011-06-20',
      year: 2011,
      status: 'COMPLETED',
      statusLabel: 'completed',
      type: 'ON_SITE',
      typeLabel: 'mission',
      jointWith: [],
      report: null,
      documents: [],
      publishedOn: null,
      provenance: { system: 'UN', source: 'spinternet', owner: 'OHCHR' },
    });
  });

  it('maps every status the page uses, keeps its wording, and leaves a status the contract has no value for empty', async () => {
    const page = await sp().visits!(ALL, ctx());
    expect(page.total).toBe(68);
    const statuses = new Map(page.rows.map((v) => [v.statusLabel, v.status]));
    expect(Object.fromEntries(statuses)).toMatchObject({
      completed: 'COMPLETED',
      'requested (outstanding)': 'REQUESTED',
      accepted: 'ACCEPTED',
      'cancelled by the Government': 'CANCELLED',
      announced: 'SCHEDULED',
      'announced/underway': 'ONGOING',
      'forthcoming (as stated on page)': 'SCHEDULED',
      suspended: null,
    });
    expect(spVisitStatus('postponed by the authorities')).toBe('POSTPONED');
    expect(page.warnings).toContain('spinternet country name "Serbia and Kosovo" is not in ISO 3166; kept with code null');
    expect(new Set(page.rows.map((v) => v.id)).size).toBe(68);
  });

  it('names the other system’s mechanism of a joint visit in jointWith: the IACHR for Mexico 2010, the ACHPR for Tunisia 2012', async () => {
    const mexico = await sp().visits!({ ...ALL, countries: ['MEX'], from: '2010-01-01', to: '2010-12-31' }, ctx());
    expect(mexico.rows).toEqual([
      expect.objectContaining({
        id: 'spinternet:special-rapporteur-on-the-promotion-and-protection-of-the-right-to-freedom-of-opinion-and-expression:mexico:2010-08-09',
        mechanism: expect.objectContaining({ id: 'un-sp' }),
        startDate: '2010-08-09',
        endDate: '2010-08-24',
        status: 'COMPLETED',
        type: 'ON_SITE',
        mandateLabels: ['Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression'],
        jointWith: [{ id: 'ia-iachr', acronym: 'IACHR', name: 'Inter-American Commission on Human Rights', system: 'INTER_AMERICAN' }],
        report: { symbol: 'A/HRC/17/27/Add.3', title: null, url: null, language: 'en' },
      }),
    ]);
    const tunisia = await sp().visits!({ ...ALL, countries: ['TUN'] }, ctx());
    expect(tunisia.rows).toEqual([
      expect.objectContaining({
        startDate: null,
        year: 2012,
        sourceDates: '2012-09 – 2012-09',
        mandateLabels: ['Special Rapporteur on the situation of human rights defenders'],
        jointWith: [expect.objectContaining({ id: 'af-achpr', acronym: 'ACHPR' })],
      }),
    ]);
    // Every other visit on the page is the special procedures' own: jointWith is [] (the "(joint range)" of a report
    // symbol is a joint report, not a joint visit).
    const all = await sp().visits!(ALL, ctx());
    expect(all.rows.filter((v) => v.jointWith.length > 0).map((v) => v.country.code)).toEqual(['MEX', 'TUN']);
  });

  it('gives a completed visit its report symbol, and pending requests no dates (they sort last)', async () => {
    const honduras = await sp().visits!({ ...ALL, countries: ['HND'] }, ctx());
    expect(honduras.rows.map((v) => [v.startDate, v.status, v.report?.symbol ?? null])).toEqual([
      ['2023-05-22', 'COMPLETED', 'A/HRC/56/56/Add.1'],
      ['2018-04-28', 'SCHEDULED', null],
      ['2016-05-23', 'COMPLETED', 'A/HRC/35/23/Add.1'],
    ]);
    const all = await sp().visits!(ALL, ctx());
    expect(all.rows.at(-1)).toMatchObject({ startDate: null });
  });
});
