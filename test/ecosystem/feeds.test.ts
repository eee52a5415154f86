import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { PATIENT, startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

/** Every visit the API lists for a filter, with its dates: what the calendar must hold (dated ones only). */
async function visitsOf(
  hub: ReplayHub,
  filter: Record<string, unknown>,
): Promise<{ id: string; startDate: string | null; endDate: string | null; status: string | null }[]> {
  const res: any = await hub.query(
    'query($f: RecordFilter) { visits(filter: $f, first: 100) { hasNextPage nodes { id startDate endDate status } } }',
    { f: filter },
  );
  expect(res.data.visits.hasNextPage).toBe(false);
  return res.data.visits.nodes;
}

const atomParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link', 'category'].includes(name),
});

describe('calendars and "what\'s new" feeds', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub({ hub: PATIENT });
  });
  afterAll(() => hub.close());
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${hub.hub.gateway.origin}${path}`, { headers });

  it('/feeds/visits.ics is valid iCalendar with one all-day event per dated visit, stable UIDs, DTSTAMP, URL and status', async () => {
    const res = await get('/feeds/visits.ics?country=MEX');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const text = await res.text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    const events = calendar.getAllSubcomponents('vevent');
    const dated = (await visitsOf(hub, { countries: ['MEX'] })).filter((v) => v.startDate);
    expect(dated.length).toBeGreaterThan(0);
    expect(events.map((e) => e.getFirstPropertyValue('uid')).sort()).toEqual(dated.map((v) => `${v.id}@rights-hub`).sort());
    for (const event of events) {
      const visit = dated.find((v) => `${v.id}@rights-hub` === event.getFirstPropertyValue('uid'))!;
      const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.isDate).toBe(true); // all-day
      expect(start.toString()).toBe(visit.startDate);
      const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
      const last = new Date(`${visit.endDate ?? visit.startDate}T00:00:00Z`);
      expect(end.toString()).toBe(new Date(last.getTime() + 86_400_000).toISOString().slice(0, 10)); // exclusive end
      expect(event.getFirstPropertyValue('dtstamp')).toBeTruthy();
      expect(event.getFirstPropertyValue('summary')).toMatch(/visit to Mexico/);
      const expected = {
        COMPLETED: 'CONFIRMED',
        SCHEDULED: 'CONFIRMED',
        ONGOING: 'CONFIRMED',
        REQUESTED: 'TENTATIVE',
        ACCEPTED: 'TENTATIVE',
        POSTPONED: 'TENTATIVE',
        CANCELLED: 'CANCELLED',
      }[visit.status ?? ''];
      expect(event.getFirstPropertyValue('status')).toBe(expected ?? null); // no STATUS where the source gives none
    }
    // The same feed again: the same UIDs and bytes (stable for calendar clients).
    expect(await (await get('/feeds/visits.ics?country=MEX')).text()).toBe(text);
  });

  it('/feeds/calendar.ics adds the review sessions, and filters by system and mechanism', async () => {
    const all = new ICAL.Component(ICAL.parse(await (await get('/feeds/calendar.ics?country=MEX')).text())).getAllSubcomponents('vevent');
    const visitsOnly = new ICAL.Component(ICAL.parse(await (await get('/feeds/visits.ics?country=MEX')).text())).getAllSubcomponents(
      'vevent',
    );
    expect(all.length).toBeGreaterThan(visitsOnly.length);
    expect(all.some((e) => /review of Mexico/.test(String(e.getFirstPropertyValue('summary'))))).toBe(true);
    const un = new ICAL.Component(ICAL.parse(await (await get('/feeds/calendar.ics?country=MEX&system=UN')).text())).getAllSubcomponents(
      'vevent',
    );
    expect(un.length).toBeGreaterThan(0);
    expect(un.length).toBeLessThan(all.length);
    expect(un.every((e) => !/^(IACHR|ACHPR|CPT)\b/.test(String(e.getFirstPropertyValue('summary'))))).toBe(true);
  });

  it('/feeds/new.atom?country=SVN is valid Atom (RFC 4287: feed and entry ids, titles, updated, author, links), ids stable', async () => {
    const res = await get('/feeds/new.atom?country=SVN');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const text = await res.text();
    const { feed } = atomParser.parse(text);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const required of ['id', 'title', 'updated']) expect(feed[required], required).toBeTruthy();
    expect(feed.author.name).toBe('Rights Hub');
    expect(feed.link.find((l: any) => l['@rel'] === 'self')['@href']).toBe(`${hub.hub.gateway.origin}/feeds/new.atom?country=SVN`);
    expect(feed.entry.length).toBe(50);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^urn:rights-hub:record:/);
      expect(entry.title).toBeTruthy();
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      // RFC 4287 §4.1.1.1: an entry without content links to its source.
      expect(Boolean(entry.content) || entry.link.some((l: any) => l['@rel'] === 'alternate')).toBe(true);
      expect(
        entry.link.some((l: any) => l['@rel'] === 'related' && String(l['@href']).startsWith(`${hub.hub.gateway.origin}/graphql?query=`)),
      ).toBe(true);
    }
    expect(new Set(feed.entry.map((e: any) => e.id)).size).toBe(50);
    const again = atomParser.parse(await (await get('/feeds/new.atom?country=SVN')).text());
    expect(again.feed.entry.map((e: any) => e.id)).toEqual(feed.entry.map((e: any) => e.id));
    expect(again.feed.updated).toBe(feed.updated);
  });

  it('answers 304 to a client whose copy is current (ETag and Last-Modified), and sends Cache-Control', async () => {
    const first = await get('/feeds/visits.ics?country=MEX');
    await first.text();
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=3600');
    const lastModified = first.headers.get('last-modified')!;
    expect(Number.isNaN(Date.parse(lastModified))).toBe(false);
    const hitsBefore = hub.replay.hits('spinternet').length;
    expect((await get('/feeds/visits.ics?country=MEX', { 'if-none-match': etag })).status).toBe(304);
    expect((await get('/feeds/visits.ics?country=MEX', { 'if-modified-since': lastModified })).status).toBe(304);
    expect((await get('/feeds/visits.ics?country=MEX', { 'if-none-match': '"something-else"' })).status).toBe(200);
    expect(hub.replay.hits('spinternet').length).toBe(hitsBefore); // polls cost the source nothing while cached
  });

  it('a bad filter is a 400 with the reason in JSON; markup in record text is escaped in the Atom feed', async () => {
    const bad = await get('/feeds/new.atom?country=XXX');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    const badKind = await get('/feeds/new.atom?kind=everything');
    expect(badKind.status).toBe(400);
    const text = await (await get('/feeds/new.atom?country=SVN&kind=decisions')).text();
    expect(() => atomParser.parse(text)).not.toThrow();
    expect(text).not.toMatch(/<script/i);
  });
});
