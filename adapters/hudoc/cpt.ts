import { englishMonth } from '../_kit/months.ts';
import { calendarDay } from '../_kit/dates.ts';
import { countryByCode } from '../../schema/reference/countries.ts';
import { groupSections, type ReportSection } from './items.ts';
import type { HudocRssItem } from './rss.ts';

/**
 * HUDOC-CPT's section descriptions, read for what the format allows rather than for the sample's one wording
 * ('Lithuania: visit 2024 - 1/12'): any case and spacing; ':', ' - ', dashes, '|', ',' or nothing between the parts;
 * the State before or after the visit ('Visit 2024: Lithuania'); the visit's kind before, after or in brackets
 * ('periodic visit', 'ad hoc visit', 'visit (ad-hoc)'); 'visit to X from 12 to 22 February 2024'; the report's own
 * title ('Report to the Government of X on the visit to X carried out …') and the Government's response
 * ('Response of the Government of X to the report …'); the part as '- 1/12', '(1/12)' or 'part 1 of 12'.
 */

export type CptDocumentKind = 'REPORT' | 'RESPONSE';
export type CptVisitKind = 'PERIODIC' | 'AD_HOC' | 'FOLLOW_UP' | 'HIGH_LEVEL';

/** One CPT visit-report section as its description words it. */
export interface CptSection {
  /** The visit report itself, or the Government's response to it. */
  document: CptDocumentKind;
  /** The State as written ('North Macedonia'); null when the description names none (the section id may). */
  country: string | null;
  /** The feed's words for the visit, without its year: 'visit', 'periodic visit', 'Ad hoc visit'. */
  label: string;
  kind: CptVisitKind | null;
  year: number | null;
  /** The visit's first and last days where the description gives them to the day. */
  startDate: string | null;
  endDate: string | null;
  /** The dates as written: 'from 12 to 22 February 2024', 'February/March 2017'. */
  dates: string | null;
  part: number | null;
  of: number | null;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const TO = '\\s*(?:to|until|till|and|[-–—])\\s*';
/** 'from 28 November to 5 December 2016', '12-22 February 2024', 'from 28 December 2016 to 5 January 2017'. */
const DAY_RANGE = new RegExp(
  `(?:\\b(?:from|between)\\s+)?\\b${DAY}(?:\\s+(${MONTH}))?(?:\\s+(\\d{4}))?${TO}${DAY}\\s+(${MONTH})\\s+(\\d{4})\\b`,
  'i',
);
/** 'on 5 May 2024', '5 May 2024'. */
const ONE_DAY = new RegExp(`(?:\\bon\\s+)?\\b${DAY}\\s+(${MONTH})\\s+(\\d{4})\\b`, 'i');
/** 'in February 2024', 'February/March 2017', 'November-December 2016'. */
const MONTHS = new RegExp(`(?:\\bin\\s+)?\\b${MONTH}(?:\\s*(?:[/–—-]|and|to)\\s*${MONTH})?\\s+\\d{4}\\b`, 'i');

const KIND_WORDS: [RegExp, CptVisitKind][] = [
  [/\bp[eé]riodi(?:c|que)\b/i, 'PERIODIC'],
  [/\bad[\s-]*hoc\b/i, 'AD_HOC'],
  [/\bfollow[\s-]*up\b/i, 'FOLLOW_UP'],
  [/\bhigh[\s-]*level\b/i, 'HIGH_LEVEL'],
];
const KIND = '(?:periodic|p[eé]riodique|ad[\\s-]*hoc|follow[\\s-]*up|high[\\s-]*level)';
/** The visit's wording: '(periodic) visit', 'visit (ad hoc)', French 'visite (périodique)', with the year on either side. */
const VISIT = new RegExp(
  `(?:\\b(\\d{4})\\s+)?((?:\\b${KIND}\\s+)?\\bvisit(?:s|e|es)?\\b(?:\\s*\\(?\\s*${KIND}\\s*\\)?)?)(?:\\s+(?:in\\s+|en\\s+)?(\\d{4})\\b)?`,
  'i',
);
/** '- 1/12', '(1/12)', ', part 1 of 12' at the end. */
const PART = /\s*(?:[-–—,:]\s*)?(?:\(\s*)?(?:part\s+)?(?<![\d/.])(\d{1,4})\s*(?:\/|\bof\b)\s*(\d{1,4})\s*\)?\s*$/i;
/** '12.02.2024 - 22.02.2024', '12/02/2024 to 22/02/2024' (day first, as the Council of Europe writes). */
const NUMERIC_RANGE = /\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})\s*(?:to|until|[-–—])\s*(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d{2})\b/i;
const GOVERNMENT_OF =
  /\b(?:government of|gouvernement d[eu']\s*(?:la\s+|l')?)\s*(.+?)(?=\s+(?:to|on|in response|concerning|regarding|following|relating|relati(?:f|ve)|concernant|sur|suite|au|à)(?![\p{L}])|\s*[,:;|–—(]|\s+-\s|$)/iu;
const VISIT_TO = /\bvisits?\s+to\s+(.+?)(?=\s+(?:from|in|on|carried|conducted|between|by|during|of)\b|\s*[,:;|–—(]|\s+-\s|\s+\d|$)/i;
const RESPONSE = /\b(?:response|reply|comments|information provided|r[eé]ponse)\b/i;
/** What the CPT publishes besides visit reports: the feed's other items, which are not visits. */
const NOT_A_VISIT = /\b(?:public statement|general report|annual report|extract from|standards|rules of procedure|factsheet)\b/i;
const SEPARATORS = /\s*[:|;–—]\s*|\s+-\s+|\s*,\s+/;

function dayOf(year: string, month: string | number, day: string): string | null {
  const m = typeof month === 'number' ? month : englishMonth(month);
  return m ? calendarDay(year, m, day) : null;
}

/** The visit's dates as written and, where given to the day, as YYYY-MM-DD. */
function datesOf(text: string): { startDate: string | null; endDate: string | null; dates: string | null; year: number | null } {
  const numeric = text.match(NUMERIC_RANGE);
  if (numeric) {
    const [written, d1, m1, y1, d2, m2, y2] = numeric;
    const month = (m: string) => (Number(m) >= 1 && Number(m) <= 12 ? Number(m) : null);
    const start = month(m1) && dayOf(y1, month(m1)!, d1);
    const end = month(m2) && dayOf(y2, month(m2)!, d2);
    return { startDate: start || null, endDate: end || null, dates: written.trim(), year: Number(y1) };
  }
  const range = text.match(DAY_RANGE);
  if (range) {
    const [written, d1, m1, y1, d2, m2, y2] = range;
    return { startDate: dayOf(y1 ?? y2, m1 ?? m2, d1), endDate: dayOf(y2, m2, d2), dates: written.trim(), year: Number(y1 ?? y2) };
  }
  const day = text.match(ONE_DAY);
  if (day) {
    const iso = dayOf(day[3], day[2], day[1]);
    return { startDate: iso, endDate: iso, dates: day[0].trim(), year: Number(day[3]) };
  }
  const months = text.match(MONTHS);
  if (months) return { startDate: null, endDate: null, dates: months[0].trim(), year: Number(months[0].match(/\d{4}/)![0]) };
  return { startDate: null, endDate: null, dates: null, year: null };
}

/** The words left when the visit, its dates, years and the document's own words are taken out: the State's name. */
function stateNamedBesides(text: string, visit: string, dates: string | null): string | null {
  const rest = text
    .replace(visit, ' | ')
    .replace(dates ?? '\u0000', ' | ')
    .replace(/\b(?:19|20)\d{2}\b/g, ' | ')
    .replace(/\b(?:report|cpt)\b/gi, ' | ');
  const parts = rest
    .split(SEPARATORS)
    .map((p) =>
      p
        .replace(/^[\s|,.;-]+|[\s|,.;-]+$/g, '')
        .replace(/\(\s*\)|\(\s*$|^\s*\)/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => /\p{L}{2}/u.test(p));
  return parts[0] ?? null;
}

/**
 * parseCptSection('North Macedonia: visit 2023 - 43/65') → { document: 'REPORT', country: 'North Macedonia', label: 'visit',
 * kind: null, year: 2023, part: 43, of: 65, … }; 'Visit 2019: United Kingdom (Scotland) - 1/20', 'GREECE - ad hoc visit
 * 2024 (1/8)', 'Report to the Government of Finland on the visit to Finland carried out from 12 to 22 September 2022'
 * read alike. Items that are not about a visit (public statements, general-report extracts) → null.
 */
export function parseCptSection(description: string): CptSection | null {
  const text = description.replace(/\s+/g, ' ').trim();
  const visit = text.match(VISIT);
  const governmentOf = text.match(GOVERNMENT_OF);
  if (!visit && !governmentOf) return null;
  if (NOT_A_VISIT.test(text) && !governmentOf) return null;
  const partMatch = text.match(PART);
  const body = partMatch ? text.slice(0, partMatch.index) : text;
  const dates = datesOf(body);
  const visitYear = visit?.[1] ?? visit?.[3];
  const country = governmentOf?.[1] ?? body.match(VISIT_TO)?.[1] ?? (visit ? stateNamedBesides(body, visit[0], dates.dates) : null);
  return {
    document: RESPONSE.test(body) && !/^\s*report\b/i.test(body) ? 'RESPONSE' : 'REPORT',
    country: country?.trim() || null,
    label: visit ? visit[2].replace(/\s+/g, ' ').trim() : 'visit',
    kind: KIND_WORDS.find(([word]) => word.test(body))?.[1] ?? null,
    year: visitYear ? Number(visitYear) : (dates.year ?? (Number(body.match(/\b(?:19|20)\d{2}\b/)?.[0]) || null)),
    startDate: dates.startDate,
    endDate: dates.endDate,
    dates: dates.dates,
    part: partMatch ? Number(partMatch[1]) : null,
    of: partMatch ? Number(partMatch[2]) : null,
  };
}

/** What a CPT section id tells: 'p-ltu-20240212-en' → { code: 'LTU', year: 2024 } (State and visit date); other ids → null. */
export function cptReportIdParts(reportId: string): { code: string; year: number } | null {
  const m = reportId.match(/^[a-z]+-([a-z]{3})-((?:19|20)\d{2})\d{4}-[a-z]{2,3}$/i);
  return m ? { code: m[1].toUpperCase(), year: Number(m[2]) } : null;
}

/** One visit report (or response) as the feed holds it: its sections in part order and what they say of the visit. */
export interface CptReport {
  reportId: string;
  /** The first section whose description could be read. */
  section: CptSection;
  sections: ReportSection[];
}

/** The feed read into reports, with what could not be read kept for a warning. */
export interface CptFeed {
  reports: CptReport[];
  /** Descriptions that are neither a visit report's nor one of the CPT's other publications, or name no State or year. */
  unread: string[];
}

/**
 * CPT feed items → visit reports: sections grouped by report id ('p-ltu-20240212-en-1' … '-12'), read from the first
 * section whose description can be read, the State and year taken from the id ('ltu', 2024) where the wording gives
 * none. The CPT's other publications (public statements, general-report extracts) are left out; every other section
 * that cannot be read as part of a visit report is returned in `unread`.
 */
export function readCptFeed(items: readonly HudocRssItem[]): CptFeed {
  const unread: string[] = [];
  const reports: CptReport[] = [];
  const inReports = new Set<HudocRssItem>();
  for (const [reportId, sections] of groupSections(items)) {
    sections.forEach((s) => inReports.add(s.item));
    const parsed = sections.map((s) => parseCptSection(s.item.description)).find((p): p is CptSection => p !== null);
    if (!parsed) {
      unread.push(...sections.map((s) => s.item.description).filter((d) => !NOT_A_VISIT.test(d)));
      continue;
    }
    const fromId = cptReportIdParts(reportId);
    const idCountry = fromId ? (countryByCode(fromId.code)?.name ?? null) : null;
    const section = { ...parsed, country: parsed.country ?? idCountry, year: parsed.year ?? fromId?.year ?? null };
    if (section.country === null || section.year === null) unread.push(...sections.map((s) => s.item.description));
    else reports.push({ reportId, section, sections });
  }
  // An item whose id carries no part number is a report of one section, when its description names a visit.
  for (const item of items) {
    if (inReports.has(item)) continue;
    const section = parseCptSection(item.description);
    if (!section) {
      if (!NOT_A_VISIT.test(item.description)) unread.push(item.description || item.title);
      continue;
    }
    if (item.id && section.country && section.year)
      reports.push({ reportId: item.id, section, sections: [{ reportId: item.id, part: 0, item }] });
    else unread.push(item.description || item.title);
  }
  return { reports, unread };
}
