/**
 * The hub's one way to make a day from a source's date: every parser builds its YYYY-MM-DD here, so no record carries a
 * day the calendar does not have ('Sat, 31 Nov 2024' is not 2024-11-31, '2016-05-83' is no day) or one no mechanism
 * record can carry (ECRI's year 2204, FCNM's 0001). What cannot be used is null; the caller keeps the source's wording.
 */

/** Earliest and latest years a mechanism record can carry (the ECtHR's first judgment was 1960). */
export const FIRST_YEAR = 1945;
export const LAST_YEAR = new Date().getUTCFullYear() + 5;

const whole = (part: string | number): number => (typeof part === 'number' ? part : /^\s*\d+\s*$/.test(part) ? Number(part) : NaN);

/** Days in a month of the Gregorian calendar: daysInMonth(2024, 2) === 29; daysInMonth(2023, 2) === 28. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * YYYY-MM-DD from a year, a month (1–12) and a day, or null when that day does not exist or its year is outside
 * FIRST_YEAR–LAST_YEAR: calendarDay(2024, 7, '9') === '2024-07-09'; calendarDay(2024, 11, 31) === null;
 * calendarDay(2023, 2, 30) === null; calendarDay('2204', 6, 25) === null.
 */
export function calendarDay(year: string | number, month: string | number, day: string | number): string | null {
  const [y, m, d] = [whole(year), whole(month), whole(day)];
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < FIRST_YEAR || y > LAST_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The day a text starts with when it is YYYY-MM-DD and a real day: isoDayOf('2023-06-01T00:00:00') === '2023-06-01'; isoDayOf('2011-42-27') === null */
export function isoDayOf(text: string | null | undefined): string | null {
  const m = text?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? calendarDay(m[1], m[2], m[3]) : null;
}

/** A text that is exactly YYYY-MM-DD and a real day, else null: exactIsoDay('2016-05-13') === '2016-05-13'; exactIsoDay('2016-05-83') === null */
export function exactIsoDay(text: string | null | undefined): string | null {
  return text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? isoDayOf(text) : null;
}

/**
 * A day, a month or a year in ISO form (YYYY-MM-DD, YYYY-MM, YYYY) when it is a real one, else null:
 * isoDayMonthOrYear('2003-01') === '2003-01'; isoDayMonthOrYear('2003-13') === null; isoDayMonthOrYear('2016-02-30') === null
 */
export function isoDayMonthOrYear(text: string | null | undefined): string | null {
  const m = text?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/);
  if (!m) return null;
  if (m[3]) return calendarDay(m[1], m[2], m[3]);
  return calendarDay(m[1], m[2] ?? 1, 1) && text!;
}

/** The UTC day of an instant in epoch milliseconds, or null when it is none or outside the years records carry: dayOfInstant(593827200_000) === '1988-10-26' */
export function dayOfInstant(ms: number): string | null {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  const at = new Date(ms);
  return calendarDay(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
}

/** A date as the hub uses it, with the source's text kept when it cannot be used. */
export interface SourcedDate {
  /** YYYY-MM-DD, or null when absent, impossible or implausible. */
  date: string | null;
  /** The source's own text when it could not be used as a date (ECRI's year 2204, 'Sat, 31 Nov 2024'). */
  sourceDate: string | null;
}

/**
 * A day read from a source's text, the text kept when it gave none: sourcedDay('31/11/2024', null) → { date: null,
 * sourceDate: '31/11/2024' }; empty text is simply null.
 */
export function sourcedDay(raw: string | null, day: string | null): SourcedDate {
  if (!raw?.trim()) return { date: null, sourceDate: null };
  return day ? { date: day, sourceDate: null } : { date: null, sourceDate: raw };
}
