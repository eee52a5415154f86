import { describe, expect, it } from 'vitest';
import { canonicalFilter, checkFirst, MAX_FIRST, type RecordFilterInput } from '../../schema/filter.ts';

describe('the record filter', () => {
  it('canonicalises codes so the same question makes the same page id', () => {
    expect(
      canonicalFilter({
        countries: ['si', 'SVN', 'TUR'],
        themes: ['e4'],
        from: '2020-01-01',
        articles: ['6', ' P1-1', '6'],
        importance: [2, 1],
      }),
    ).toEqual({
      countries: ['SVN', 'TUR'],
      systems: [],
      mechanisms: [],
      themes: ['E4'],
      from: '2020-01-01',
      to: null,
      text: null,
      articles: ['6', 'P1-1'],
      importance: [1, 2],
      since: null,
      status: [],
      kind: [],
      undated: 'INCLUDE',
    });
    expect(canonicalFilter({ since: '2025-05-01T10:00:00+02:00' }).since).toBe('2025-05-01T08:00:00.000Z');
    expect(canonicalFilter({ since: '2025-05-01' }).since).toBe('2025-05-01T00:00:00.000Z');
  });

  it.each([
    [{ countries: ['XX'] }, /"filter\.countries\[0\]": unknown country code "XX"; use ISO 3166 alpha-3 \(SVN\) or alpha-2 \(SI\)/],
    [{ from: '2020-13-01' }, /"filter\.from": expected a calendar date as YYYY-MM-DD/],
    [{ to: '01/02/2020' }, /"filter\.to": expected a calendar date as YYYY-MM-DD/],
    [{ from: '2024-01-01', to: '2020-01-01' }, /"filter\.from": from \(2024-01-01\) is after to \(2020-01-01\)/],
    [{ mechanisms: ['echr'] }, /"filter\.mechanisms\[0\]": unknown mechanism "echr"/],
    [{ themes: ['Z9'] }, /"filter\.themes\[0\]": unknown UHRI theme code "Z9"; use a code A1–H1/],
    [{ since: 'yesterday' }, /"filter\.since": expected a day \(2025-05-01\) or an ISO 8601 instant/],
    [{ text: '"torture' }, /"filter\.text": a quoted phrase is not closed/],
    [{ text: 'torture AND' }, /"filter\.text": AND needs a word/],
    [{ status: ['LOST'] }, /"filter\.status\[0\]": expected one of REQUESTED, ACCEPTED/],
    [{ kind: ['JUDGEMENT'] }, /"filter\.kind\[0\]": expected one of JUDGMENT, DECISION/],
    [{ undated: 'SOMETIMES' }, /"filter\.undated": expected INCLUDE, EXCLUDE or ONLY/],
  ])('refuses %j with an error naming the argument and the allowed form', (input, message) => {
    expect(() => canonicalFilter(input as RecordFilterInput)).toThrow(message);
  });

  it('canonicalises the visit status, decision kind and undated filters, undated records kept by default', () => {
    expect(canonicalFilter({ status: ['REQUESTED', 'ACCEPTED', 'REQUESTED'], kind: ['VIEWS', 'JUDGMENT'] })).toMatchObject({
      status: ['ACCEPTED', 'REQUESTED'],
      kind: ['JUDGMENT', 'VIEWS'],
      undated: 'INCLUDE',
    });
    expect(canonicalFilter({ undated: 'ONLY' }).undated).toBe('ONLY');
    expect(canonicalFilter({ text: '  "ill-treatment" OR torture  ' }).text).toBe('"ill-treatment" OR torture');
  });

  it('marks bad input as BAD_USER_INPUT with the argument in extensions.rightsHub', () => {
    try {
      canonicalFilter({ countries: ['ATLANTIS'] });
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rightsHub: { argument: 'filter.countries[0]' } } });
    }
  });

  it('bounds first between 1 and the maximum', () => {
    expect(checkFirst(undefined)).toBe(20);
    expect(checkFirst(MAX_FIRST)).toBe(MAX_FIRST);
    expect(() => checkFirst(MAX_FIRST + 1)).toThrow(`"first": must be an integer from 1 to ${MAX_FIRST}; got ${MAX_FIRST + 1}`);
    expect(() => checkFirst(0)).toThrow(/"first"/);
  });
});
