import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { calendarDay, dayOfInstant, exactIsoDay, isoDayMonthOrYear, isoDayOf } from '../../adapters/_kit/dates.ts';
import { asSourceError } from '../../adapters/_kit/errors.ts';
import { fromRfc822, instantFromRfc822 } from '../../adapters/hudoc/dates.ts';
import { toSpStandingInvitationRecord, toSpVisitRecord } from '../../adapters/spinternet/map.ts';
import { mapReceivedCase } from '../../adapters/african-court/map.ts';
import { dayMonthYear } from '../../adapters/tbinternet/map.ts';
import { parseDownloadPage } from '../../adapters/tbinternet/parse.ts';
import { parseIndexLine } from '../../adapters/uhri/parse.ts';
import { unixToDay } from '../../adapters/uwazi/map.ts';
import { withDateWarnings } from '../../subgraphs/_shared/date-warnings.ts';

describe('the one validated day constructor', () => {
  it('makes only days the calendar has, in the years records carry', () => {
    expect(calendarDay(2024, 2, 29)).toBe('2024-02-29');
    expect([
      calendarDay(2023, 2, 29),
      calendarDay(2024, 11, 31),
      calendarDay(2023, 2, 30),
      calendarDay(2024, 13, 1),
      calendarDay(2024, 0, 1),
    ]).toEqual([null, null, null, null, null]);
    expect([calendarDay(2204, 6, 25), calendarDay(1, 1, 1), calendarDay('20x4', 1, 1), calendarDay(2024, 1.5, 1)]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect([isoDayOf('2016-05-83'), isoDayOf('2011-42-27'), isoDayOf('2023-06-01T00:00:00')]).toEqual([null, null, '2023-06-01']);
    expect([exactIsoDay('2016-05-13'), exactIsoDay('2016-05-13 '), isoDayMonthOrYear('2003-13'), isoDayMonthOrYear('2003-01')]).toEqual([
      '2016-05-13',
      null,
      null,
      '2003-01',
    ]);
    expect([dayOfInstant(593_827_200_000), dayOfInstant(1e20), dayOfInstant(Number.NaN)]).toEqual(['1988-10-26', null, null]);
  });

  it("turns the issue's impossible dates into null with the source's wording kept", () => {
    expect(fromRfc822('Sat, 31 Nov 2024 00:00:00 GMT')).toEqual({ date: null, sourceDate: 'Sat, 31 Nov 2024 00:00:00 GMT' });
    expect(fromRfc822('Thu, 30 Feb 2023')).toEqual({ date: null, sourceDate: 'Thu, 30 Feb 2023' });
    expect(instantFromRfc822('Sat, 31 Nov 2024 10:00:00 GMT')).toBeNull();
    const visit = toSpVisitRecord({
      country: 'Mexico',
      mandate: 'food',
      status: 'completed',
      type: 'mission',
      from: '2016-05-83',
      to: '2016-05-90',
      report: '',
    });
    expect(visit).toMatchObject({ startDate: null, endDate: null, sourceDates: '2016-05-83 – 2016-05-90', year: 2016 });
    expect(
      toSpVisitRecord({
        country: 'Mexico',
        mandate: 'food',
        status: 'completed',
        type: 'mission',
        from: '2016-05-13',
        to: '2016-05-83',
        report: '',
      }),
    ).toMatchObject({ startDate: '2016-05-13', endDate: null, sourceDates: '2016-05-13 – 2016-05-83' });
    expect(toSpStandingInvitationRecord({ country: 'Kenya', date: '2016-02-30', extendedTo: '' })).toMatchObject({
      since: null,
      sinceLabel: '2016-02-30',
    });
    const court = mapReceivedCase({
      rowNumber: 1,
      caseNumber: '009/2011',
      applicant: 'A',
      respondents: ['B'],
      filedDate: '2011-42-27',
      decisionDate: '2013-06-14',
      status: 'Finalized',
    });
    expect(court).toMatchObject({ filedOn: null, filedText: '2011-42-27', decidedOn: '2013-06-14' });
    expect([dayMonthYear('31 Nov 2024'), dayMonthYear('30 Nov 2024'), unixToDay(1e20)]).toEqual([undefined, '2024-11-30', null]);
  });

  it("warns in the source's status when a page's records carry dates that are no real day", () => {
    const page = {
      rows: [
        { id: 'a', date: null, sourceDate: 'Sat, 31 Nov 2024' },
        { id: 'b', date: '2024-11-30', sourceDate: null },
      ],
      total: 2,
      fetched: [],
      warnings: [],
    };
    expect(withDateWarnings('hudoc-echr', page).warnings).toEqual([
      'hudoc-echr: 1 record(s) dated with no real day (e.g. "Sat, 31 Nov 2024"): its date left empty, the wording kept in sourceDate',
    ]);
    expect(withDateWarnings('hudoc-echr', { ...page, rows: [page.rows[1]] }).warnings).toEqual([]);
  });
});

describe('parsers throw only typed errors', () => {
  it('a bad link on Download.aspx and a broken UHRI index line are RH_SOURCE_PARSE, not TypeError or SyntaxError', () => {
    const html = '<table><tr><td>English</td><td><a href="http://[bad/FilesHandler.ashx?x.pdf">PDF</a></td></tr></table>';
    expect(() => parseDownloadPage(html, 'https://tbinternet.ohchr.org')).toThrow(expect.objectContaining({ code: 'RH_SOURCE_PARSE' }));
    expect(() => parseIndexLine('{"AnnotationId": "x", "Symbol"')).toThrow(expect.objectContaining({ code: 'RH_SOURCE_PARSE' }));
    expect(() => parseIndexLine('[1]')).toThrow(expect.objectContaining({ code: 'RH_SOURCE_PARSE' }));
  });

  it("turns a programmer's error into RH_INTERNAL, with neither its message nor its stack in the status", () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x') at /srv/app/adapters/x.ts:1");
    const logged = console.error;
    console.error = () => undefined;
    try {
      const internal = asSourceError(bug, 'hudoc-echr');
      expect(internal).toMatchObject({ code: 'RH_INTERNAL', source: 'hudoc-echr', cause: bug });
      expect(internal.message).not.toMatch(/Cannot read|\/srv\//);
    } finally {
      console.error = logged;
    }
    expect(asSourceError(new Error('odd'), 's')).toMatchObject({ code: 'RH_SOURCE_PARSE' });
  });

  it('every adapter that reads through the fetcher gives it a validator or a parser, so nothing unchecked is cached', () => {
    const adapters = new URL('../../adapters/', import.meta.url);
    for (const dir of readdirSync(adapters).filter((d) => d !== '_kit')) {
      for (const name of readdirSync(new URL(`${dir}/`, adapters)).filter((f) => f.endsWith('.ts'))) {
        const source = readFileSync(new URL(`${dir}/${name}`, adapters), 'utf8');
        for (const call of source.matchAll(/fetcher\.(?:get|post)\(([^;]*)\);/g))
          expect(call[1], `${dir}/${name}`).toMatch(/\b(validate|parse)\b/);
      }
    }
  });
});
