import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import { parseHudocRss, type HudocRssItem } from '../../adapters/hudoc/rss.ts';
import { toCptVisits } from '../../subgraphs/council-of-europe/to-contract.ts';
import { mergeSameVisits } from '../../subgraphs/council-of-europe/cpt-database/source.ts';
import { accessLevelOf, readFacts, recordIdOf, type CptFact } from '../../subgraphs/council-of-europe/cpt-database/seed.ts';
import { toVisit } from '../../subgraphs/council-of-europe/cpt-database/visits.ts';
import { isoFromName } from '../../schema/reference/countries.ts';

const FETCHED: Fetched = {
  url: 'https://hudoc.cpt.coe.int/app/transform/rss',
  body: '',
  contentType: 'application/rss+xml',
  fetchedAt: '2025-05-25T10:00:00.000Z',
  fromCache: false,
  stale: false,
  latencyMs: 12,
};
const FACTS = readFacts();
/** A row as the cpt_visit_records view gives it, from the real fact (the database tests check the view itself). */
const dbVisit = (f: CptFact) =>
  toVisit(
    {
      id: recordIdOf(f),
      country: f.country,
      country_code: isoFromName(f.country) ?? null,
      period_as_stated: f.visit_period_as_stated || null,
      start_date: f.start_date || null,
      end_date: f.end_date || null,
      visit_type: f.visit_type || null,
      event: f.event,
      published_on: null,
      source_url: f.source_url,
      access_level: accessLevelOf(f),
    },
    FETCHED.fetchedAt,
  );
const fact = (country: string, start: string) => FACTS.find((f) => f.country === country && f.start_date === start)!;
const recorded = toCptVisits(
  parseHudocRss(readFileSync(new URL('../fixtures/hudoc-rss/cpt.xml', import.meta.url), 'utf8'), 'cptsectionid', 'hudoc-cpt', 'file').items,
  FETCHED,
  [],
);

/**
 * Reconstructed (test/fixtures/README.md): a HUDOC-CPT report section in the feed's real structure (section id
 * p-<state>-<first day>-en-<n>, description "<State>: visit <year> - n/N") for the CPT's visit to Romania of 24 September to
 * 6 October 1995 (cpt_visits_facts.csv); no publication date, which the facts do not give.
 */
const ROMANIA_1995: HudocRssItem = {
  id: 'p-rou-19950924-en-1',
  title: '',
  description: 'Romania: visit 1995 - 1/1',
  date: null,
  sourceDate: null,
  publishedAt: null,
  link: 'http://hudoc.cpt.coe.int/eng#{"cptsectionid":["p-rou-19950924-en-1"]}',
};

describe('the same CPT visit in the CPT’s database and in HUDOC-CPT', () => {
  it('is one record: the database’s, completed from HUDOC’s (report, documents), with HUDOC in alsoIn', () => {
    const hudoc = toCptVisits([ROMANIA_1995], FETCHED, []);
    const merged = mergeSameVisits([dbVisit(fact('Romania', '1995-09-24'))], [...hudoc, ...recorded]);
    expect(merged.map((v) => v.id)).toEqual([`cpt-database:${recordIdOf(fact('Romania', '1995-09-24'))}`, ...recorded.map((v) => v.id)]);
    expect(merged[0]).toMatchObject({
      country: { code: 'ROU' },
      startDate: '1995-09-24',
      endDate: '1995-10-06',
      year: 1995,
      access: 'PUBLIC',
      report: { symbol: 'p-rou-19950924-en-1' },
      documents: [{ symbol: 'p-rou-19950924-en-1' }],
      provenance: { source: 'cpt-database' },
      alsoIn: [{ source: 'hudoc-cpt', owner: 'Council of Europe' }],
    });
  });

  it('keeps apart the visits of different years, and a State visited twice in a year unless their days match', () => {
    const lithuania = FACTS.filter((f) => f.country === 'Lithuania').map(dbVisit);
    expect(mergeSameVisits(lithuania, recorded)).toHaveLength(lithuania.length + recorded.length);
    const bulgaria2020 = FACTS.filter((f) => f.country === 'Bulgaria' && /2020/.test(f.visit_period_as_stated)).map(dbVisit);
    expect(bulgaria2020.map((v) => v.year)).toEqual([2020, 2020]);
    const hudocBulgaria = toCptVisits(
      [{ ...ROMANIA_1995, id: 'p-bgr-2020-en-1', description: 'Bulgaria: visit 2020 - 1/1', link: '' }],
      FETCHED,
      [],
    );
    expect(mergeSameVisits(bulgaria2020, hudocBulgaria).every((v) => v.alsoIn.length === 0)).toBe(true);
  });

  it('never joins a record the CPT restricts with HUDOC’s public one', () => {
    const adopted = dbVisit(FACTS.find((f) => f.country === 'Cyprus' && f.visit_period_as_stated === 'February 2017')!);
    expect(adopted.access).toBe('MECHANISMS');
    const hudocCyprus = toCptVisits(
      [{ ...ROMANIA_1995, id: 'p-cyp-2017-en-1', description: 'Cyprus: visit 2017 - 1/1', link: '' }],
      FETCHED,
      [],
    );
    expect(mergeSameVisits([adopted], hudocCyprus)).toHaveLength(2);
  });
});
