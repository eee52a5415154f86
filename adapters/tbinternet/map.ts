import type { TbGridRow } from './parse.ts';
import { monthOfAbbreviation } from '../_kit/months.ts';
import { calendarDay } from '../_kit/dates.ts';

/** dayMonthYear('09 May 2008') === '2008-05-09'; dayMonthYear('19 July 2024') === '2024-07-19'; undefined when unreadable or no real day ('31 Nov 2024'). */
export function dayMonthYear(text: string): string | undefined {
  const m = text.trim().match(/^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/);
  const month = m ? monthOfAbbreviation(m[2]) : undefined;
  return (m && month && calendarDay(m[3], month, m[1])) || undefined;
}

/** A treaty-body decision as the Treaty Body Database lists it, the grid's wording kept beside what is read from it. */
export interface TbJurisRecord {
  symbol: string;
  title: string;
  /** CCPR, CAT, CEDAW, … */
  treaty: string;
  /** The States the grid names (one cell, comma-separated without a space). */
  states: string[];
  /** YYYY-MM-DD, or null when the grid's date could not be read (then dateText keeps it). */
  date: string | null;
  dateText: string;
  /** '293/2006' from CAT/C/40/D/293/2006; 'JC3' from CCPR/C/141/D/JC3. */
  communicationNumber: string | null;
  /** '40' from CAT/C/40/D/293/2006. */
  session: string | null;
  /** The decision's kind where the title says it ('…: Discontinuance'), else null. */
  kindLabel: string | null;
  /** The kind kindLabel names (tbKindOf); null without a kindLabel. */
  kind: TbDecisionKind | null;
  /** Whether kindLabel names a discontinuance (the case was struck out). */
  discontinued: boolean;
  /** The grid's language cell, e.g. 'English'. */
  language: string;
}

/** What a treaty body's decision is, as the database's wording names it. */
export type TbDecisionKind = 'VIEWS' | 'INADMISSIBILITY' | 'ADMISSIBILITY' | 'DECISION';

/**
 * The decision's kind from the database's wording, wherever the word stands: 'Views', 'Adoption of views', 'Decision on
 * merits' → VIEWS; 'Inadmissibility decision' → INADMISSIBILITY; 'Revised decision on admissibility' → ADMISSIBILITY;
 * 'Discontinuance' and other decisions → DECISION.
 */
export function tbKindOf(label: string | null): TbDecisionKind | null {
  if (!label) return null;
  if (/\bviews?\b|\bmerits\b/i.test(label)) return 'VIEWS';
  if (/\binadmissib/i.test(label)) return 'INADMISSIBILITY';
  if (/\badmissib/i.test(label)) return 'ADMISSIBILITY';
  return 'DECISION';
}

/**
 * The kind of decision a title ends with, in the database's own wordings ('Type of decision': 'Adoption of views',
 * 'Decision on merits', 'Inadmissibility decision', 'Revised decision on admissibility', 'Discontinuance decision'),
 * after ':', a dash or in brackets, any case.
 */
const KIND_IN_TITLE =
  /(?:[:–—-]|\s(?=\())\s*\(?\s*((?:adoption of )?views|decision on (?:the )?merits|discontinuance(?: decision)?|(?:revised )?(?:decision on )?(?:in)?admissibility(?: decision)?|decision)\s*\)?\s*\.?$/i;

/**
 * A grid row as a record:
 * toTbRecord({ title: 'M.J.A.M.O v. Canada,Mexico', treaty: 'CAT', country: 'Canada,Mexico', symbol:
 * 'CAT/C/40/D/293/2006', date: '09 May 2008', language: 'English' })
 * → { states: ['Canada', 'Mexico'], date: '2008-05-09', communicationNumber: '293/2006', session: '40', kindLabel: null, … }
 */
export function toTbRecord(row: TbGridRow): TbJurisRecord {
  const parts = row.symbol.match(/\/(\d+)\/D\/(.+)$/);
  const kindLabel = row.title.match(KIND_IN_TITLE)?.[1] ?? null;
  return {
    symbol: row.symbol,
    title: row.title,
    treaty: row.treaty.trim().toUpperCase(),
    states: row.country
      .split(/,(?!\s)/)
      .map((s) => s.trim())
      .filter(Boolean),
    date: dayMonthYear(row.date) ?? null,
    dateText: row.date,
    communicationNumber: parts?.[2] ?? null,
    session: parts?.[1] ?? null,
    kindLabel,
    kind: tbKindOf(kindLabel),
    discontinued: kindLabel !== null && /discontinu/i.test(kindLabel),
    language: row.language,
  };
}
