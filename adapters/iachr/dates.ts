import { englishMonth } from '../_kit/months.ts';
import { calendarDay } from '../_kit/dates.ts';

function iso(year: string, month: string, day: string): string | null {
  const m = englishMonth(month);
  return m ? calendarDay(year, m, day) : null;
}

/** englishDate('December 24, 2019') === '2019-12-24'; null for anything else. */
export function englishDate(text: string): string | null {
  const m = text.trim().match(/^([A-Za-z]+) (\d{1,2}), (\d{4})$/);
  return m ? iso(m[3], m[1], m[2]) : null;
}

/** A day range as the pages write it, the words kept. */
export interface DayRange {
  start: string | null;
  end: string | null;
  asWritten: string;
}

/**
 * The first day range in a text: 'November 5 to 12, 2018', 'December 2 - 4, 2019', 'July 30 to August 3, 2018'.
 * englishRange('In loco visit, November 5 to 12, 2018') → { start: '2018-11-05', end: '2018-11-12', asWritten: 'November 5 to 12, 2018' }
 */
export function englishRange(text: string): DayRange | null {
  const m = text.match(/\b([A-Z][a-z]+) (\d{1,2})\s*(?:-|–|to)\s*(?:([A-Z][a-z]+) )?(\d{1,2}), (\d{4})/);
  if (!m) return null;
  const end = iso(m[5], m[3] ?? m[1], m[4]);
  const start = iso(m[5], m[1], m[2]);
  // 'December 29 to January 2, 2020': the year written is the end's; a start after the end is in the year before.
  const startYear = start && end && start > end ? String(Number(m[5]) - 1) : m[5];
  return { start: iso(startYear, m[1], m[2]), end, asWritten: m[0] };
}
