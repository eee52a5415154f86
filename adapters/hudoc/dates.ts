import { monthOfAbbreviation } from '../_kit/months.ts';
import { calendarDay, isoDayOf, sourcedDay, type SourcedDate } from '../_kit/dates.ts';

export type { SourcedDate } from '../_kit/dates.ts';

/** kpdate: '2023-06-01T00:00:00' → { date: '2023-06-01', sourceDate: null } */
export function fromKpdate(raw: string | null): SourcedDate {
  return sourcedDay(raw, isoDayOf(raw));
}

/** judgementdate and RSS channel dates: '01/06/2023 00:00:00' or '25/05/2025' → '2023-06-01' / '2025-05-25' */
export function fromDayMonthYear(raw: string | null): SourcedDate {
  const m = raw?.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})/);
  return sourcedDay(raw, m ? calendarDay(m[3], m[2], m[1]) : null);
}

const RFC822 = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})(?:\s+(\d{2}):(\d{2})(?::(\d{2}))?)?/;

/**
 * RSS pubDate (RFC 822), read by hand because Date.parse turns year 0001 into 2001:
 * 'Thu, 22 May 2025 00:00:00 GMT' → '2025-05-22'; 'Mon, 25 Jun 2204 00:00:00 GMT' → null with the text kept.
 */
export function fromRfc822(raw: string | null): SourcedDate {
  const m = raw?.match(RFC822);
  const month = m ? monthOfAbbreviation(m[2]) : undefined;
  return sourcedDay(raw, m && month ? calendarDay(m[3], month, m[1]) : null);
}

/**
 * The instant of an RSS pubDate (HUDOC writes GMT), for "what is new since": 'Thu, 22 May 2025 16:11:40 GMT' →
 * '2025-05-22T16:11:40.000Z'; null where the day itself is unusable (2204, 0001).
 */
export function instantFromRfc822(raw: string | null): string | null {
  const day = fromRfc822(raw).date;
  const m = raw?.match(RFC822);
  if (!day || !m) return null;
  return `${day}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}.000Z`;
}
