import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { PATIENT, startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { DEFAULT_QUERY } from '../../gateway/default-query.ts';

const RECORD_FIELDS = `
  __typename
  ... on Recommendation { id issuedOn text statePosition { value label } provenance { system source owner sourceUrl fetchedAt fromCache stale } }
  ... on Decision { id date title kind respondents { code } provenance { system source owner sourceUrl fetchedAt fromCache stale } }
  ... on Visit { id startDate publishedOn provenance { system source owner sourceUrl fetchedAt fromCache stale } }
  ... on Review { id date provenance { system source owner sourceUrl fetchedAt fromCache stale } }`;

const RECORDS_PAGE = `query($filter: RecordFilter, $first: Int, $after: String) {
  records(filter: $filter, first: $first, after: $after) {
    nodes { ${RECORD_FIELDS} }
    endCursor hasNextPage totalCount
    sources { system source ok code message count total fromCache stale latencyMs warnings }
  }
}`;

const dateOf = (n: { issuedOn?: string; date?: string; publishedOn?: string }) => n.issuedOn ?? n.date ?? n.publishedOn ?? '';

describe('the whole hub on recorded responses', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub({ hub: PATIENT });
  }, 60_000);
  afterAll(() => hub.close());

  it('answers everything about Slovenia since 2020: UN recommendations and Council of Europe decisions, with provenance', async () => {
    const res = await hub.query(`{ country(code: "SVN") {
      name systems
      records(filter: { from: "2020-01-01" }, first: 100) { totalCount sources { system source ok total } }
      recommendations(filter: { from: "2020-01-01" }, first: 2) { nodes { id issuedOn statePosition { value label } recommendingStates { code } document { symbol } provenance { system owner } } totalCount }
      decisions(filter: { from: "2020-01-01" }, first: 10) { nodes { id date title kind caseNumbers url provenance { system source owner sourceUrl } } }
    } }`);
    expect(res.errors).toBeUndefined();
    const country = res.data.country;
    expect(country).toMatchObject({ name: 'Slovenia', systems: ['UN', 'EUROPEAN'] });
    // The UPR review of Slovenia (WG 48): 254 recommendations with the State's positions.
    expect(country.recommendations.totalCount).toBe(254);
    expect(country.recommendations.nodes[0]).toMatchObject({
      issuedOn: '2025-03-24',
      statePosition: { value: 'NOTED', label: 'Noted' },
      document: { symbol: 'A/HRC/59/15' },
      provenance: { system: 'UN', owner: 'OHCHR' },
    });
    // The ECtHR judgment Gorše v. Slovenia and the European Committee of Social Rights' conclusions on Slovenia.
    expect(country.decisions.nodes.map((d: { id: string }) => d.id)).toEqual([
      'hudoc-echr:001-242070',
      'hudoc-esc:2023/def/SVN/31/1/EN',
      'hudoc-esc:2023/def/SVN/31/2/EN',
      'hudoc-esc:2023/def/SVN/31/3/EN',
    ]);
    expect(country.decisions.nodes[0]).toMatchObject({
      title: 'CASE OF GORŠE v. SLOVENIA',
      kind: 'JUDGMENT',
      caseNumbers: ['47186/21'],
      provenance: {
        system: 'EUROPEAN',
        source: 'hudoc-echr',
        owner: 'Council of Europe',
        sourceUrl: 'https://hudoc.echr.coe.int/eng?i=001-242070',
      },
    });
    expect(country.records.totalCount).toBe(258);
    expect(country.records.sources.every((s: { ok: boolean }) => s.ok)).toBe(true);
  });

  it('runs the query GraphiQL opens with, on every record type, with no error', async () => {
    const res = await hub.query(DEFAULT_QUERY);
    expect(res.errors).toBeUndefined();
    expect(res.data.country.records.totalCount).toBe(258);
    expect(res.data.country.records.nodes[0]).toMatchObject({ __typename: 'Recommendation', provenance: { system: 'UN', owner: 'OHCHR' } });
  });

  it('merges both systems into one newest-first list and pages it without loss or repetition', async () => {
    const filter = { countries: ['SVN', 'TUR'] };
    const pages: any[] = [];
    let after: string | null = null;
    do {
      const res: { data?: any; errors?: unknown } = await hub.query(RECORDS_PAGE, { filter, first: 100, after });
      expect(res.errors).toBeUndefined();
      pages.push(res.data.records);
      after = res.data.records.endCursor;
    } while (after && pages.length < 10);

    const nodes = pages.flatMap((p) => p.nodes);
    const ids = nodes.map((n) => n.id);
    expect(pages.length).toBe(3);
    expect(new Set(ids).size).toBe(ids.length);
    // Without a date range the treaty bodies' calendar is read back to each body's newest sessions only: its count, and so
    // the page's, is unknown; every source that knows its count gave all of it, and the calendar Türkiye's CAT 57 review
    // (its session undated on the page, so last).
    expect(pages[0].totalCount).toBeNull();
    const known = pages[0].sources.filter((s: { total: number | null }) => s.total !== null);
    expect(ids.length).toBe(known.reduce((sum: number, s: { total: number }) => sum + s.total, 0) + 1);
    expect(nodes.at(-1)).toMatchObject({ __typename: 'Review', id: 'tbinternet-sessions:9105:TUR', date: null });
    const dates = nodes.map(dateOf);
    expect(dates).toEqual([...dates].sort().reverse());
    // Türkiye's newest judgments come before Slovenia's UPR review; the first and the last page mix both systems.
    expect(nodes[0]).toMatchObject({ __typename: 'Decision', id: 'hudoc-echr:001-242860' });
    expect(nodes[3]).toMatchObject({ __typename: 'Recommendation', issuedOn: '2025-03-24' });
    const systemsOf = (page: { nodes: { provenance: { system: string } }[] }) => new Set(page.nodes.map((n) => n.provenance.system));
    expect(systemsOf(pages[0])).toEqual(new Set(['UN', 'EUROPEAN']));
    expect(systemsOf(pages[2])).toEqual(new Set(['UN', 'EUROPEAN']));
    // Each page says what every source gave it; over all pages that adds up to each source's total.
    const given = new Map<string, number>();
    for (const page of pages) for (const s of page.sources) given.set(s.source, (given.get(s.source) ?? 0) + s.count);
    for (const s of known) expect(given.get(s.source)).toBe(s.total);
    expect(pages[2].hasNextPage).toBe(false);
  });

  it('gives every record its provenance', async () => {
    const res = await hub.query(RECORDS_PAGE, { filter: { countries: ['LTU', 'SVN', 'TUR'] }, first: 100 });
    for (const node of res.data.records.nodes) {
      expect(node.provenance.owner).toMatch(/OHCHR|Council of Europe/);
      // The record's own page, or null where the source has none (UHRI records without a DocumentId; no generic search page).
      if (node.provenance.sourceUrl === null) expect(node.provenance.source).toBe('uhri');
      else expect(node.provenance.sourceUrl).toMatch(/^https:\/\//);
      expect(Date.parse(node.provenance.fetchedAt)).not.toBeNaN();
    }
  });

  it('answers an empty UN list for Türkiye, where the samples hold no UN record, and says the source was asked', async () => {
    const res = await hub.query(
      '{ recommendations(filter: { countries: ["TUR"] }) { nodes { id } totalCount sources { system source ok total warnings } } }',
    );
    expect(res.data.recommendations).toEqual({
      nodes: [],
      totalCount: 0,
      sources: [
        { system: 'UN', source: 'ccpr-follow-up', ok: true, total: 0, warnings: [] },
        { system: 'UN', source: 'uhri', ok: true, total: 0, warnings: [] },
        { system: 'UN', source: 'upr-ohchr', ok: true, total: 0, warnings: [] },
        { system: 'EUROPEAN', source: 'hudoc-fcnm', ok: true, total: 0, warnings: [] },
        { system: 'EUROPEAN', source: 'hudoc-ecri', ok: true, total: 0, warnings: [] },
        { system: 'EUROPEAN', source: 'hudoc-greta', ok: true, total: 0, warnings: [] },
        { system: 'EUROPEAN', source: 'hudoc-grevio', ok: true, total: 0, warnings: [] },
        {
          system: 'INTER_AMERICAN',
          source: 'inter-american',
          ok: true,
          total: 0,
          warnings: ['The Inter-American subgraph has no source of recommendations yet.'],
        },
        {
          system: 'AFRICAN',
          source: 'african',
          ok: true,
          total: 0,
          warnings: ['The African subgraph has no source of recommendations yet.'],
        },
      ],
    });
  });

  it('assembles CPT report sections into one visit per report', async () => {
    const res = await hub.query(
      '{ visits(filter: { countries: ["LTU"] }) { nodes { id mechanism { acronym } country { code name } year status documents { title url } provenance { source } } } }',
    );
    const [visit] = res.data.visits.nodes;
    expect(visit).toMatchObject({
      mechanism: { acronym: 'CPT' },
      country: { code: 'LTU' },
      year: 2024,
      status: 'COMPLETED',
      provenance: { source: 'hudoc-cpt' },
    });
    expect(visit.documents).toHaveLength(12);
  });

  it('filters ECtHR judgments by article and importance in HUDOC itself, and says which sources could not', async () => {
    const res = await hub.query(`{ decisions(filter: { articles: ["6"] }, first: 10) {
      nodes { id articles importance } sources { source ok total warnings } } }`);
    expect(res.data.decisions.nodes.map((n: { id: string }) => n.id)).toEqual([
      'hudoc-echr:001-233627',
      'hudoc-echr:001-230453',
      'hudoc-echr:001-225231',
    ]);
    expect(res.data.decisions.nodes.every((n: { articles: string[] }) => n.articles.includes('6'))).toBe(true);
    expect(res.data.decisions.sources).toContainEqual({
      source: 'hudoc-esc',
      ok: true,
      total: 0,
      warnings: ['hudoc-esc was not asked: it cannot filter by article'],
    });
    const keyCases = await hub.query('{ decisions(filter: { importance: [1] }) { nodes { id importance } } }');
    expect(keyCases.data.decisions.nodes).toEqual([{ id: 'hudoc-echr:001-225231', importance: 1 }]);
    expect(hub.replay.hits('hudoc-echr').some((hit) => decodeURIComponent(hit.replace(/\+/g, ' ')).includes('((importance="1"))'))).toBe(
      true,
    );
  });

  it('refuses bad arguments with an error naming the argument, and fetches nothing', async () => {
    const before = hub.replay.hits('hudoc-echr').length + hub.replay.hits('uhri').length;
    const cases: [string, RegExp][] = [
      ['{ decisions(filter: { countries: ["XYZ"] }) { nodes { id } } }', /"filter\.countries\[0\]": unknown country code "XYZ"/],
      ['{ decisions(filter: { from: "2020-02-30" }) { nodes { id } } }', /"filter\.from": expected a calendar date as YYYY-MM-DD/],
      [
        '{ decisions(filter: { from: "2024-01-01", to: "2020-01-01" }) { nodes { id } } }',
        /from \(2024-01-01\) is after to \(2020-01-01\)/,
      ],
      ['{ decisions(first: 1000) { nodes { id } } }', /"first": must be an integer from 1 to 100; got 1000/],
      ['{ country(code: "ZZ") { name } }', /"code": unknown country code "ZZ"/],
      ['{ decisions(after: "not-a-cursor") { nodes { id } } }', /"after": not a cursor made by this hub/],
      [
        '{ decisions(filter: { importance: [5] }) { nodes { id } } }',
        /"filter\.importance\[0\]": HUDOC importance is 1 \(key case\), 2, 3 or 4; got 5/,
      ],
      [
        '{ decisions(filter: { articles: ["Article 6"] }) { nodes { id } } }',
        /"filter\.articles\[0\]": expected an article as the source writes it/,
      ],
    ];
    for (const [query, message] of cases) {
      const res = await hub.query(query);
      expect(res.errors?.[0]?.message).toMatch(message);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    expect(hub.replay.hits('hudoc-echr').length + hub.replay.hits('uhri').length).toBe(before);
  });

  it('refuses a query that is not valid GraphQL with a clear message', async () => {
    const res = await hub.query('{ decisions(filter: { country: "SVN" }) { nodes { id } } }');
    expect(res.errors?.[0]?.message).toMatch(/Field "country" is not defined by type "RecordFilter"\. Did you mean "countries"\?/);
  });

  it('reports each subgraph and its sources at /health', async () => {
    const res = await fetch(`${hub.hub.gateway.origin}/health`);
    const body = (await res.json()) as {
      ok: boolean;
      subgraphs: { name: string; ok: boolean; sources: { source: string; state: string }[] }[];
    };
    expect(res.status).toBe(200);
    expect(body.subgraphs.map((s) => [s.name, s.ok])).toEqual([
      ['registry', true],
      ['un', true],
      ['council-of-europe', true],
      ['inter-american', true],
      ['african', true],
    ]);
    expect(body.subgraphs[1].sources).toContainEqual(expect.objectContaining({ source: 'uhri', state: 'ok' }));
    expect(body.subgraphs[2].sources.map((s) => s.source)).toEqual([
      'hudoc-echr',
      'hudoc-exec',
      'hudoc-fcnm',
      'hudoc-cpt',
      'hudoc-esc',
      'hudoc-ecri',
      'hudoc-greta',
      'hudoc-grevio',
    ]);
  });

  it('serves GraphiQL from its own bundle, with no CDN', async () => {
    for (const path of ['/', '/graphql']) {
      const res = await fetch(`${hub.hub.gateway.origin}${path}`, { headers: { accept: 'text/html' } });
      const html = await res.text();
      expect(res.status).toBe(200);
      expect(html).toContain('<title>Rights Hub</title>');
      expect(html).not.toMatch(/<script[^>]+src=["']https?:|<link[^>]+href=["']https?:/);
    }
  });
});
