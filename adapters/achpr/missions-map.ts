import type { MissionEntry } from './missions-parse.ts';
import { englishMonth } from '../_kit/months.ts';
import { calendarDay } from '../_kit/dates.ts';
import { jointPartnersOf } from '../_kit/joint-with.ts';

/** One promotion or fact-finding mission as the Commission's listing states it (wording kept). */
export interface AchprMission {
  /** The State or States visited, as written: 'United Republic of Tanzania', 'Sudan (Darfur region)', 'Uganda and Kenya'. */
  country: string;
  /** The State before a region in brackets: 'Sudan (Darfur region)' → 'Sudan', 'Darfur (Sudan)' → 'Darfur'; null without one. */
  stateBeforeRegion: string | null;
  /** The mission's kind as written, with any status word in brackets: 'promotion mission', 'fact-finding mission (decided)'. */
  missionType: string;
  /** The word in brackets after the kind, where there is one: 'decided', 'report'. */
  statusWord: string | null;
  /** The partners' clause of a joint mission's kind ('joint visit with the UN Special Rapporteur …'); null otherwise. */
  jointPartners: string | null;
  /** Whether the kind names a fact-finding mission ('fact-finding mission (decided)'); promotion missions are not. */
  factFinding: boolean;
  /** The dates as the listing states them: '8th to 18th July 2004', 'in 2023'. */
  datesText: string | null;
  /** First and last day, where the listing states both days (YYYY-MM-DD). */
  startDate: string | null;
  endDate: string | null;
  /** The year the dates name, also when they name only a year. */
  year: number | null;
  /** The delegation, one entry per member or group: 'Reine Alapini-Gansou (SR Human Rights Defenders)'. */
  delegation: string[];
  /** The mission report's page (absolute), where the listing links one. */
  reportUrl: string | null;
  /** The language the report's URL names ('https://achpr.au.int/en/mission-reports/…' → 'en'), null without one. */
  reportLanguage: string | null;
}

/** stateBeforeRegion('Sudan (Darfur region)') === 'Sudan'; stateBeforeRegion('Uganda and Kenya') === null. */
export function stateBeforeRegion(text: string): string | null {
  return text.match(/^(.+?)\s*\([^)]*\)$/)?.[1] ?? null;
}

/** isFactFinding('fact-finding mission (decided)') === true; isFactFinding('promotion mission') === false. */
export function isFactFinding(missionType: string): boolean {
  return /fact-finding/i.test(missionType);
}

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
/** '8th to 18th July 2004', 'From 19 -27 July, 2011', 'between 23 and 28 January 2023': two days of one month. */
const DAY_RANGE = new RegExp(String.raw`^(?:from\s+|between\s+)?${DAY}\s*(?:to|-|–|and)\s*${DAY}\s+([a-z]+),?\s+(\d{4})$`, 'i');
const YEAR_ONLY = /^in\s+(\d{4})$/i;
/** 'September 2012': a month, no day. */
const MONTH_YEAR = /^(?:in\s+)?([a-z]+),?\s+(\d{4})$/i;

/**
 * The days a listing's date wording states: statedDates('From 19 -27 July, 2011') → { startDate: '2011-07-19', endDate: '2011-07-27', year: 2011 };
 * statedDates('in 2023') and statedDates('September 2012') → no days, the year only; wording that is not the mission's dates
 * ('resolution adopted 4 June (2024)') → all null, the wording being kept by the caller.
 */
export function statedDates(text: string | null): Pick<AchprMission, 'startDate' | 'endDate' | 'year'> {
  const none = { startDate: null, endDate: null, year: null };
  if (!text) return none;
  const range = text.trim().match(DAY_RANGE);
  if (range) {
    const month = englishMonth(range[3]);
    if (!month) return none;
    const [startDate, endDate] = [calendarDay(range[4], month, range[1]), calendarDay(range[4], month, range[2])];
    if (!startDate || !endDate || endDate < startDate) return none;
    return { startDate, endDate, year: Number(range[4]) };
  }
  const monthYear = text.trim().match(MONTH_YEAR);
  const year = text.trim().match(YEAR_ONLY)?.[1] ?? (monthYear && englishMonth(monthYear[1]) ? monthYear[2] : undefined);
  return year ? { ...none, year: Number(year) } : none;
}

/**
 * A delegation cell → one entry per member, split at the semicolons outside brackets:
 * delegationOf('Pansy Tlakula (Chairperson; SR Freedom of Expression …, head); Reine Alapini-Gansou (SR Human Rights Defenders)')
 *   → ['Pansy Tlakula (Chairperson; SR Freedom of Expression …, head)', 'Reine Alapini-Gansou (SR Human Rights Defenders)']
 */
export function delegationOf(text: string | null): string[] {
  if (!text) return [];
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ';' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  return [...parts, current].map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * A listing entry → AchprMission: mapMission({ country: 'Nigeria', missionType: 'promotion mission (report)', dates: null,
 *   delegation: null, reportPath: null }, 'https://achpr.au.int') → { statusWord: 'report', startDate: null, year: null, reportUrl: null, … }
 */
export function mapMission(e: MissionEntry, baseUrl: string): AchprMission {
  const reportUrl = e.reportPath ? `${baseUrl}${e.reportPath}` : null;
  return {
    country: e.country,
    stateBeforeRegion: stateBeforeRegion(e.country),
    missionType: e.missionType,
    statusWord: e.missionType.match(/\(([^)]+)\)\s*$/)?.[1].trim() ?? null,
    factFinding: isFactFinding(e.missionType),
    jointPartners: jointPartnersOf(e.missionType),
    datesText: e.dates,
    ...statedDates(e.dates),
    delegation: delegationOf(e.delegation),
    reportUrl,
    reportLanguage: reportUrl?.match(/\/([a-z]{2})\/mission-reports\//)?.[1] ?? null,
  };
}
