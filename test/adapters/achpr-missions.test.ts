import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHttpClient } from '../../adapters/_kit/http.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createAchprAdapter, missionsUrl, parseMissions } from '../../adapters/achpr/index.ts';
import { validateAchprConfig } from '../../adapters/achpr/config.ts';
import { delegationOf, mapMission, statedDates } from '../../adapters/achpr/missions-map.ts';
import { startReplayServer } from '../../replay/server.ts';
import { achprReplay } from '../../adapters/achpr/replay.ts';

const page = (n: number) => readFileSync(new URL(`../fixtures/achpr/missions-page-${n}.html`, import.meta.url), 'utf8');

describe('ACHPR missions listing', () => {
  it('reads each entry with its fields as written, a report link only where the entry has one, and not the menu or the pager', () => {
    const entries = parseMissions(page(0));
    expect(entries.map((e) => [e.country, e.missionType, e.reportPath])).toEqual([
      ['Sudan (Darfur region)', 'fact-finding mission', '/en/mission-reports/sudan-fact-finding-mission-2004'],
      ['Burundi', 'fact-finding mission', null],
      ['Angola', 'joint promotion mission', '/en/mission-reports/anghwla-btht-altrwyj-2016-0'],
      ['Niger', 'promotion mission', null],
      ['Uganda and Kenya', 'promotional visits', null],
    ]);
    expect(entries[3]).toMatchObject({
      dates: 'From 19 -27 July, 2011',
      delegation: "Soyata Maiga (Commissioner responsible for Niger; Special Rapporteur on Women's Rights in Africa)",
    });
    expect(entries[4]).toMatchObject({ dates: '12 - 21 July, 1998', delegation: null });
    expect(parseMissions(page(2))).toEqual([]);
  });

  it("reads the days each wording states (the start and end dates of the facts table), and no day from wording that is not the mission's dates", () => {
    const stated = [...parseMissions(page(0)), ...parseMissions(page(1))].map((e) => [e.dates, statedDates(e.dates)]);
    expect(stated).toEqual([
      ['8th to 18th July 2004', { startDate: '2004-07-08', endDate: '2004-07-18', year: 2004 }],
      ['7 to 13 December 2015', { startDate: '2015-12-07', endDate: '2015-12-13', year: 2015 }],
      ['from 3 to 7 October 2016', { startDate: '2016-10-03', endDate: '2016-10-07', year: 2016 }],
      ['From 19 -27 July, 2011', { startDate: '2011-07-19', endDate: '2011-07-27', year: 2011 }],
      ['12 - 21 July, 1998', { startDate: '1998-07-12', endDate: '1998-07-21', year: 1998 }],
      ['between 23 and 28 January 2023', { startDate: '2023-01-23', endDate: '2023-01-28', year: 2023 }],
      ['in 2023', { startDate: null, endDate: null, year: 2023 }],
      [null, { startDate: null, endDate: null, year: null }],
      ['resolution adopted 4 June (2024)', { startDate: null, endDate: null, year: null }],
      ['September 2012', { startDate: null, endDate: null, year: 2012 }],
    ]);
    expect(statedDates('31 to 2 July 2004')).toEqual({ startDate: null, endDate: null, year: null });
    expect(statedDates('Month 2012')).toEqual({ startDate: null, endDate: null, year: null });
  });

  it("splits a delegation at the semicolons between members, not inside a member's mandates", () => {
    const [burundi] = parseMissions(page(0)).slice(1, 2);
    expect(delegationOf(burundi.delegation)).toEqual([
      'Pansy Tlakula (Chairperson; SR Freedom of Expression and Access to Information, head)',
      'Reine Alapini-Gansou (SR Human Rights Defenders)',
      'Jamesina Essie L. King (Chair, WG Economic, Social and Cultural Rights)',
      'Solomon Ayele Dersso (Chair, WG Extractive Industries)',
    ]);
    expect(delegationOf(null)).toEqual([]);
  });

  it('keeps the bracketed status word and makes the report link absolute', () => {
    const [tanzania, , nigeria, sudan] = parseMissions(page(1)).map((e) => mapMission(e, 'https://achpr.au.int'));
    expect(tanzania).toMatchObject({ country: 'United Republic of Tanzania', statusWord: null, startDate: '2023-01-23', reportUrl: null });
    expect(nigeria).toMatchObject({ missionType: 'promotion mission (report)', statusWord: 'report', datesText: null });
    expect(sudan).toMatchObject({ statusWord: 'decided', datesText: 'resolution adopted 4 June (2024)', year: null });
    expect(mapMission(parseMissions(page(0))[0], 'https://achpr.au.int').reportUrl).toBe(
      'https://achpr.au.int/en/mission-reports/sudan-fact-finding-mission-2004',
    );
  });

  it("pages the category listing with Drupal's pager from 0", () => {
    expect(missionsUrl(validateAchprConfig({}), 1)).toBe('https://achpr.au.int/en/category/mission-reports?page=1');
  });
});

describe('ACHPR missions listing through the replay server', () => {
  const http = () => createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [503] } });

  it('reads every page to the end of the pager, each mission once, with the page it was read from', async () => {
    const server = await startReplayServer({ achpr: achprReplay() });
    const client = http();
    try {
      const listing = await createAchprAdapter({ baseUrl: server.baseUrl('achpr') }).missions(
        createCachedFetcher(client, createSourceCache()),
      );
      expect(server.hits('achpr')).toEqual([0, 1, 2].map((n) => `GET /en/category/mission-reports?page=${n}`));
      expect(listing.rows).toHaveLength(10);
      expect(listing.complete).toBe(true);
      expect(listing.rows.map((r) => r.fetched.url.slice(-1))).toEqual(['0', '0', '0', '0', '0', '1', '1', '1', '1', '1']);
    } finally {
      await client.close();
      await server.close();
    }
  });

  it('refuses a first page that names no mission (a maintenance page), and says when maxPages cut the listing', async () => {
    const server = await startReplayServer({
      empty: () => ({ status: 200, headers: { 'content-type': 'text/html' }, body: page(2) }),
      achpr: achprReplay(),
    });
    const client = http();
    try {
      const fetcher = createCachedFetcher(client, createSourceCache());
      await expect(createAchprAdapter({ baseUrl: server.baseUrl('empty') }).missions(fetcher)).rejects.toMatchObject({
        code: 'RH_SOURCE_INSANE',
        source: 'achpr-missions',
      });
      const cut = await createAchprAdapter({ baseUrl: server.baseUrl('achpr'), maxPages: 1 }).missions(fetcher);
      expect(cut).toMatchObject({
        complete: false,
        warnings: ['achpr-missions: read the first 1 listing pages only (maxPages); missions listed after them are not included'],
      });
      expect(cut.rows).toHaveLength(5);
    } finally {
      await client.close();
      await server.close();
    }
  });
});
