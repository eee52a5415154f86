import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStandingInvitationsPage, parseVisitsPage } from '../../adapters/spinternet/parse.ts';
import { toSpStandingInvitationRecord, toSpVisitRecord } from '../../adapters/spinternet/map.ts';
import { SPINTERNET_DEFAULTS, standingInvitationsUrl, visitsUrl } from '../../adapters/spinternet/index.ts';

const PAGE = readFileSync(new URL('../fixtures/spinternet/country-visits.html', import.meta.url), 'utf8');

describe('the Special Procedures country-visits page, parsed', () => {
  const rows = parseVisitsPage(PAGE, 'file');

  it('reads one row per visit or visit request, by the table’s column headers', () => {
    expect(rows).toHaveLength(68);
    expect(rows.find((r) => r.country === 'Mexico' && r.type === 'mission')).toEqual({
      country: 'Mexico',
      mandate: 'Special Rapporteur on the right to food',
      status: 'completed',
      type: 'mission',
      from: '2011-06-13',
      to: '2011-06-20',
      report: '',
    });
  });

  it('keeps day dates, reduces month or year dates to the year, and takes the report symbol from a symbol range', () => {
    const [honduras, nigeria] = rows
      .slice(0, 4)
      .filter((r) => ['Honduras', 'Nigeria'].includes(r.country))
      .map(toSpVisitRecord);
    expect(honduras).toMatchObject({ startDate: '2023-05-22', endDate: '2023-06-02', year: 2023, reportSymbol: 'A/HRC/56/56/Add.1' });
    expect(nigeria).toMatchObject({ startDate: null, endDate: null, year: 2019, reportSymbol: 'A/HRC/47/33/Add.2' });
    const brazil = toSpVisitRecord(rows.find((r) => r.country === 'Brazil' && r.report.includes('27/48'))!);
    expect(brazil).toMatchObject({ year: 2013, reportSymbol: 'A/HRC/27/48/Add.2-5', reportLabel: 'A/HRC/27/48/Add.2-5 (joint range)' });
  });

  it('keeps a joint visit’s note in the type as written, with its days or its month', () => {
    const joint = (country: string) => toSpVisitRecord(rows.find((r) => r.country === country && r.type.includes('joint visit'))!);
    expect(joint('Mexico')).toMatchObject({
      mandate: 'Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression',
      typeLabel: 'official visit (joint visit with the IACHR Special Rapporteur for Freedom of Expression)',
      startDate: '2010-08-09',
      endDate: '2010-08-24',
      year: 2010,
      sourceDates: null,
      reportSymbol: 'A/HRC/17/27/Add.3',
    });
    expect(joint('Tunisia')).toMatchObject({
      typeLabel: 'country visit (joint visit with the ACHPR Special Rapporteur on Human Rights Defenders in Africa)',
      startDate: null,
      endDate: null,
      year: 2012,
      sourceDates: '2012-09 – 2012-09',
      reportSymbol: null,
    });
    expect([joint('Mexico'), joint('Tunisia')].map((v) => [v.jointPartners, v.status, v.type])).toEqual([
      ['the IACHR Special Rapporteur for Freedom of Expression', 'COMPLETED', 'ON_SITE'],
      ['the ACHPR Special Rapporteur on Human Rights Defenders in Africa', expect.anything(), 'ON_SITE'],
    ]);
  });

  it('keeps a pending request with no dates at all', () => {
    expect(toSpVisitRecord(rows.find((r) => r.country === 'Bahrain')!)).toMatchObject({
      statusLabel: 'requested (outstanding)',
      startDate: null,
      year: null,
      reportSymbol: null,
    });
  });

  it('refuses a page without the visits table, or without one of its columns, as a parse error', () => {
    expect(() => parseVisitsPage('<html><body>Service unavailable</body></html>', 'file')).toThrow(/no country-visits table/);
    expect(() => parseVisitsPage(PAGE.replace('>Status</th>', '>State</th>'), 'file')).toThrow(/no status column/);
  });

  it('builds the real page address', () => {
    expect(visitsUrl(SPINTERNET_DEFAULTS)).toBe('https://spinternet.ohchr.org/ViewCountryVisits.aspx?visitType=all&Lang=en');
  });
});

describe('the Special Procedures standing-invitations page, parsed', () => {
  const INVITATIONS = readFileSync(new URL('../fixtures/spinternet/standing-invitations.html', import.meta.url), 'utf8');
  const rows = parseStandingInvitationsPage(INVITATIONS, 'file');

  it('reads one row per State, by the table’s column headers, the date and the mechanisms as written', () => {
    expect(rows).toHaveLength(65);
    expect(rows.find((r) => r.country === 'Mexico')).toEqual({
      country: 'Mexico',
      date: '2003-01',
      extendedTo: 'thematic mechanisms of the Commission on Human Rights',
    });
    expect(rows.find((r) => r.country === 'Iran (Islamic Republic of)')).toEqual({
      country: 'Iran (Islamic Republic of)',
      date: '2003-07-17',
      extendedTo: '',
    });
  });

  it('keeps a day, a month or a year as the date, never guesses one from other wording, and leaves mechanisms the row does not name empty', () => {
    const record = (country: string) => toSpStandingInvitationRecord(rows.find((r) => r.country === country)!);
    expect(record('United States of America')).toEqual({
      country: 'United States of America',
      since: '2022-09-29',
      sinceLabel: '2022-09-29',
      extendedTo: null,
    });
    expect(record('Mexico')).toMatchObject({
      since: '2003-01',
      sinceLabel: '2003-01',
      extendedTo: 'thematic mechanisms of the Commission on Human Rights',
    });
    expect(record('Kenya')).toMatchObject({ since: '2021', sinceLabel: '2021' });
    expect(toSpStandingInvitationRecord({ country: 'Kenya', date: 'March 2021', extendedTo: '' })).toEqual({
      country: 'Kenya',
      since: null,
      sinceLabel: 'March 2021',
      extendedTo: null,
    });
    expect(toSpStandingInvitationRecord({ country: 'Kenya', date: '', extendedTo: '' })).toMatchObject({ since: null, sinceLabel: null });
  });

  it('reads a table without an “Extended to” column, and refuses a page without the Country and Date columns as a parse error', () => {
    const noScope = INVITATIONS.replace(/<th scope="col">Extended to<\/th>/, '').replace(/<td>[^<]*<\/td><\/tr>/g, '</tr>');
    expect(parseStandingInvitationsPage(noScope, 'file').find((r) => r.country === 'Mexico')).toEqual({
      country: 'Mexico',
      date: '2003-01',
      extendedTo: '',
    });
    expect(() => parseStandingInvitationsPage('<html><body>Service unavailable</body></html>', 'file')).toThrow(
      /no standing-invitations table \(Country, Date/,
    );
    expect(() => parseStandingInvitationsPage(INVITATIONS.replace('>Date</th>', '>Year</th>'), 'file')).toThrow(
      /no standing-invitations table/,
    );
  });

  it('builds the page address on the site', () => {
    expect(standingInvitationsUrl(SPINTERNET_DEFAULTS)).toBe('https://spinternet.ohchr.org/StandingInvitations.aspx?Lang=en');
  });
});
