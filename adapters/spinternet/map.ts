import { calendarDay, exactIsoDay, isoDayMonthOrYear } from '../_kit/dates.ts';
import { jointPartnersOf } from '../_kit/joint-with.ts';
import type { SpStandingInvitationRow, SpVisitRow } from './parse.ts';

export type SpVisitStatus = 'ONGOING' | 'COMPLETED' | 'CANCELLED' | 'POSTPONED' | 'SCHEDULED' | 'ACCEPTED' | 'REQUESTED';
export type SpVisitType = 'FOLLOW_UP' | 'OTHER' | 'ON_SITE';

/** A visit status from the page's wording, most specific first ('announced/underway' is under way). */
const VISIT_STATUSES: [RegExp, SpVisitStatus][] = [
  [/underway|under way/i, 'ONGOING'],
  [/^completed/i, 'COMPLETED'],
  [/cancel/i, 'CANCELLED'],
  [/postpone/i, 'POSTPONED'],
  [/forthcoming|announced|planned|scheduled/i, 'SCHEDULED'],
  [/^accepted/i, 'ACCEPTED'],
  [/request/i, 'REQUESTED'],
];

/** spVisitStatus('requested (outstanding)') === 'REQUESTED'; a status it knows no word for (e.g. 'suspended') is null. */
export function spVisitStatus(label: string): SpVisitStatus | null {
  return VISIT_STATUSES.find(([re]) => re.test(label))?.[1] ?? null;
}

/** spVisitType('follow-up visit') === 'FOLLOW_UP'; a visit request is OTHER; every other visit is ON_SITE. */
export function spVisitType(label: string): SpVisitType {
  if (/follow-up/i.test(label)) return 'FOLLOW_UP';
  if (/request/i.test(label)) return 'OTHER';
  return 'ON_SITE';
}

/** A special-procedures country visit (or visit request) as the page lists it, its wording kept. */
export interface SpVisitRecord {
  country: string;
  mandate: string;
  statusLabel: string;
  /** The status statusLabel names (spVisitStatus); null for one it names none of (e.g. 'suspended'). */
  status: SpVisitStatus | null;
  typeLabel: string;
  /** The kind of visit typeLabel names (spVisitType). */
  type: SpVisitType;
  /** The partners' clause of a joint visit's typeLabel ('joint visit with the IACHR …' → 'the IACHR …'); null otherwise. */
  jointPartners: string | null;
  /** YYYY-MM-DD where the page gives a day, else null. */
  startDate: string | null;
  endDate: string | null;
  /** The year where the page gives at least one. */
  year: number | null;
  /** The dates as the page writes them when it gives less than a day ('2019-08 – 2019-09'), else null. */
  sourceDates: string | null;
  /** The report's document symbol (the first one the cell names), null when none. */
  reportSymbol: string | null;
  /** The report cell as written, e.g. 'A/HRC/27/48/Add.2-5 (joint range)'. */
  reportLabel: string;
}

/**
 * toSpVisitRecord({ country: 'Mexico', mandate: 'Special Rapporteur on the right to food', status: 'completed', type: 'mission',
 *   from: '2011-06-13', to: '2011-06-20', report: '' }) → { startDate: '2011-06-13', endDate: '2011-06-20', year: 2011, reportSymbol: null, … }
 * toSpVisitRecord({ …, from: '2019-08', to: '2019-09', report: 'A/HRC/47/33/Add.2' }) → { startDate: null, year: 2019, reportSymbol: 'A/HRC/47/33/Add.2', … }
 */
export function toSpVisitRecord(row: SpVisitRow): SpVisitRecord {
  const year = (row.from || row.to).match(/^(\d{4})/)?.[1];
  const [startDate, endDate] = [exactIsoDay(row.from), exactIsoDay(row.to)];
  // The wording is kept unless every date the page gives is a real day.
  const allDays = (!row.from || startDate) && (!row.to || endDate) && startDate;
  return {
    country: row.country,
    mandate: row.mandate,
    statusLabel: row.status,
    status: spVisitStatus(row.status),
    typeLabel: row.type,
    type: spVisitType(row.type),
    jointPartners: jointPartnersOf(row.type),
    sourceDates: allDays || !(row.from || row.to) ? null : [row.from, row.to].filter(Boolean).join(' – '),
    startDate,
    endDate,
    year: year && calendarDay(year, 1, 1) ? Number(year) : null,
    reportSymbol: row.report.match(/^[A-Z]+(?:\/[\w.-]+)+/)?.[0] ?? null,
    reportLabel: row.report,
  };
}

/** A State's standing invitation as the page lists it, its wording kept. */
export interface SpStandingInvitationRecord {
  country: string;
  /** The date cell when it is an ISO day, month or year (YYYY-MM-DD, YYYY-MM, YYYY), else null: no date is guessed. */
  since: string | null;
  /** The date cell as written. */
  sinceLabel: string | null;
  /** To which mechanisms, as written; null when the page does not say. */
  extendedTo: string | null;
}

/**
 * toSpStandingInvitationRecord({ country: 'Mexico', date: '2003-01', extendedTo: 'thematic mechanisms of the Commission on Human Rights' })
 * → { country: 'Mexico', since: '2003-01', sinceLabel: '2003-01', extendedTo: 'thematic mechanisms of the Commission on Human Rights' }
 * toSpStandingInvitationRecord({ country: 'Kenya', date: 'March 2021', extendedTo: '' }) → { country: 'Kenya', since:
 * null, sinceLabel: 'March 2021', extendedTo: null }
 */
export function toSpStandingInvitationRecord(row: SpStandingInvitationRow): SpStandingInvitationRecord {
  return {
    country: row.country,
    since: isoDayMonthOrYear(row.date),
    sinceLabel: row.date || null,
    extendedTo: row.extendedTo || null,
  };
}
