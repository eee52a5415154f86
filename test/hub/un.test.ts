import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

describe('the whole hub on recorded responses: the UN system for Mexico', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub();
  });
  afterAll(() => hub.close());

  it('answers treaty-body views, special-procedures visits with their status, communications and UPR recommendations for Mexico in one query', async () => {
    const res = await hub.query(`{ country(code: "MEX") {
      decisions(filter: { systems: [UN] }) { nodes { id title mechanism { id } caseNumbers respondents { code } date languages url provenance { source owner } } totalCount sources { source ok total } }
      visits(filter: { systems: [UN] }) { nodes { id mechanism { id } country { code } startDate endDate status statusLabel jointWith { id } report { symbol } provenance { source } } totalCount sources { source ok total } }
      communications(filter: { systems: [UN] }) { nodes { id } totalCount sources { system source ok warnings } }
      recommendations(filter: { systems: [UN] }) { nodes { id statePosition { value label } } totalCount sources { source ok total } }
    } }`);
    expect(res.errors).toBeUndefined();
    const mexico = res.data.country;
    // The one decision of the recorded jurisprudence that names Mexico: CAT, M.J.A.M.O. (Canada, removal to Mexico).
    expect(mexico.decisions.nodes).toEqual([
      expect.objectContaining({
        id: 'tbinternet:CAT/C/40/D/293/2006',
        mechanism: { id: 'un-cat' },
        caseNumbers: ['293/2006'],
        respondents: [{ code: 'CAN' }, { code: 'MEX' }],
        date: '2008-05-09',
        languages: ['en'],
        provenance: { source: 'tbinternet', owner: 'OHCHR' },
      }),
    ]);
    expect(mexico.decisions.sources).toContainEqual({ source: 'tbinternet', ok: true, total: 1 });
    // The Special Rapporteur on the right to food's mission of June 2011, completed; then the joint visit of August 2010.
    expect(mexico.visits.nodes).toEqual([
      {
        id: 'spinternet:special-rapporteur-on-the-right-to-food:mexico:2011-06-13',
        mechanism: { id: 'un-sp' },
        country: { code: 'MEX' },
        startDate: '2011-06-13',
        endDate: '2011-06-20',
        status: 'COMPLETED',
        statusLabel: 'completed',
        jointWith: [],
        report: null,
        provenance: { source: 'spinternet' },
      },
      {
        id: 'spinternet:special-rapporteur-on-the-promotion-and-protection-of-the-right-to-freedom-of-opinion-and-expression:mexico:2010-08-09',
        mechanism: { id: 'un-sp' },
        country: { code: 'MEX' },
        startDate: '2010-08-09',
        endDate: '2010-08-24',
        status: 'COMPLETED',
        statusLabel: 'completed',
        jointWith: [{ id: 'ia-iachr' }],
        report: { symbol: 'A/HRC/17/27/Add.3' },
        provenance: { source: 'spinternet' },
      },
    ]);
    expect(mexico.visits.sources).toEqual([{ source: 'spinternet', ok: true, total: 2 }]);
    // No recorded communication and no recorded UPR recommendation concern Mexico: the honest answer is an empty list,
    // and the communications listing says how far back it reaches.
    expect(mexico.communications.nodes).toEqual([]);
    expect(mexico.communications.sources.find((s: { system: string }) => s.system === 'UN')).toMatchObject({
      source: 'spcommreports',
      ok: true,
      warnings: [expect.stringContaining('"Communications sent" listing holds the latest reporting period only')],
    });
    expect(mexico.recommendations).toMatchObject({
      nodes: [],
      totalCount: 0,
      sources: [
        { source: 'ccpr-follow-up', ok: true, total: 0 },
        { source: 'uhri', ok: true, total: 0 },
        { source: 'upr-ohchr', ok: true, total: 0 },
      ],
    });
  });

  it('merges Mexico’s UN reviews, visits and decisions since 2000 into one newest-first list', async () => {
    const res = await hub.query(
      '{ records(filter: { countries: ["MEX"], systems: [UN], from: "2000-01-01" }, first: 10) { nodes { __typename ... on Visit { id startDate } ... on Decision { id date } ... on Review { id date } } totalCount sources { system source ok } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.records.nodes).toEqual([
      { __typename: 'Review', id: 'tbinternet-sessions:9101:MEX', date: '2019-04-25' },
      { __typename: 'Review', id: 'tbinternet-sessions:9108:MEX', date: '2012-10-29' },
      { __typename: 'Visit', id: 'spinternet:special-rapporteur-on-the-right-to-food:mexico:2011-06-13', startDate: '2011-06-13' },
      {
        __typename: 'Visit',
        id: 'spinternet:special-rapporteur-on-the-promotion-and-protection-of-the-right-to-freedom-of-opinion-and-expression:mexico:2010-08-09',
        startDate: '2010-08-09',
      },
      { __typename: 'Decision', id: 'tbinternet:CAT/C/40/D/293/2006', date: '2008-05-09' },
    ]);
    expect(res.data.records.sources.filter((s: { system: string }) => s.system === 'UN').every((s: { ok: boolean }) => s.ok)).toBe(true);
  });

  it('reports a treaty-body search that answers a bot challenge as RH_SOURCE_BLOCKED, and still answers from the other UN sources', async () => {
    // A hub of its own: this one's cache already holds the search, and would rightly answer from it.
    const cold = await startReplayHub();
    cold.replay.setFault('tbinternet', {
      kind: 'status',
      status: 403,
      headers: { 'content-type': 'text/html' },
      body: '<html><head><title>Just a moment...</title></head><body>cf-chl</body></html>',
    });
    try {
      const res = await cold.query(
        '{ records(filter: { countries: ["MEX"], systems: [UN] }, first: 10) { nodes { __typename } sources { source ok code } } }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.records.sources).toContainEqual({ source: 'tbinternet', ok: false, code: 'RH_SOURCE_BLOCKED' });
      expect(res.data.records.nodes).toEqual([{ __typename: 'Visit' }, { __typename: 'Visit' }]);
    } finally {
      await cold.close();
    }
  });

  it('says since when a State has had a standing invitation to the special procedures, and null for a State the page does not list', async () => {
    const ask = (code: string) =>
      hub.query(`{ country(code: "${code}") { name standingInvitation { since sinceLabel extendedTo provenance { owner sourceUrl } } } }`);
    const mexico = await ask('MEX');
    expect(mexico.errors).toBeUndefined();
    expect(mexico.data.country).toEqual({
      name: 'Mexico',
      standingInvitation: {
        since: '2003-01',
        sinceLabel: '2003-01',
        extendedTo: 'thematic mechanisms of the Commission on Human Rights',
        provenance: { owner: 'OHCHR', sourceUrl: `${hub.replay.baseUrl('spinternet')}/StandingInvitations.aspx?Lang=en` },
      },
    });
    const china = await ask('CN');
    expect(china.errors).toBeUndefined();
    expect(china.data.country).toEqual({ name: 'China', standingInvitation: null });
  });

  it('still answers the rest of the country when the standing-invitations page is down, with an error naming the source’s failure', async () => {
    // A hub of its own: this one's cache already holds the page, and would rightly answer from it.
    const cold = await startReplayHub();
    cold.replay.setFault('spinternet', { kind: 'status', status: 503, body: 'Service Unavailable' });
    try {
      const res = await cold.query('{ country(code: "MEX") { name region standingInvitation { since provenance { owner sourceUrl } } } }');
      expect(res.data.country).toEqual({ name: 'Mexico', region: expect.any(String), standingInvitation: null });
      expect(res.errors).toEqual([
        expect.objectContaining({
          path: ['country', 'standingInvitation'],
          extensions: expect.objectContaining({ code: 'RH_SOURCE_HTTP', rightsHub: { system: 'UN', source: 'spinternet' } }),
        }),
      ]);
    } finally {
      await cold.close();
    }
  });
});
