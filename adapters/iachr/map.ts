import type { HtmlLink } from '../_kit/html.ts';
import { englishDate, englishRange } from './dates.ts';
import type { OasEntry } from './parse.ts';

/** Documents on oas.org are on oas.org, whichever mirror the listing was read from. */
export const OAS_SITE = 'https://www.oas.org';

/** A document an entry links, with its language from the file name (USPU12994EN.pdf → 'en', …__Chile_ES.PDF → 'es'). */
export interface OasDocument {
  url: string;
  language: string | null;
  title: string | null;
}

/**
 * An entry's PDF and Word links; relative links are resolved on oas.org, the stray space some hrefs carry
 * (' /es/cidh/decisiones/IDEHPUCP/…PDF') dropped.
 */
export function documentsOf(links: readonly HtmlLink[]): OasDocument[] {
  return links
    .filter((l) => /\.(pdf|docx?)$/i.test(l.href))
    .map((l) => {
      const href = l.href.replace(/\s+/g, '');
      const url = /^https?:/i.test(href)
        ? href.replace(/^(https?:\/\/[^/]+)\s*/, '$1')
        : `${OAS_SITE}${href.startsWith('/') ? '' : '/'}${href}`;
      const language = url.match(/(EN|ES|PT|FR)\.(pdf|docx?)$/i)?.[1].toLowerCase() ?? null;
      return { url, language, title: l.text || null };
    });
}

/** A decision on a petition or case as a yearly listing shows it. */
export interface IachrDecisionRecord {
  /** 'Report No. 12/14' */
  report: string;
  /** 'Case 12.231', 'Petition 804-19', as written. */
  caseNumbers: string[];
  /** The rest of the entry: the parties, e.g. 'Peter Cash.' */
  title: string;
  country: string;
  /** The listing year (the listing gives no day). */
  year: number;
  documents: OasDocument[];
}

/** Labels the listing glues to the title of entries whose documents are summaries (2016 on). */
const GLUED_LABEL = /\s*Summary \((spanish|english|portuguese|french)\)$/i;

/**
 * toDecisionRecord({ country: 'Bahamas', text: 'Report No. 12/14, Case 12.231, Peter Cash.', links }, 2014)
 *   → { report: 'Report No. 12/14', caseNumbers: ['Case 12.231'], title: 'Peter Cash.', country: 'Bahamas', year: 2014, documents }
 * null for an entry without a report number (not a decision).
 */
export function toDecisionRecord(entry: OasEntry, year: number): IachrDecisionRecord | null {
  const report = entry.text.match(/\bReport No\. ?\d+\/\d+/)?.[0];
  if (!report) return null;
  const caseNumbers = [...entry.text.matchAll(/\b(?:Case|Petition) \d+[.-]\d+/g)].map((m) => m[0]);
  const title = caseNumbers
    .reduce((t, c) => t.replace(c, ''), entry.text.replace(report, ''))
    .replace(GLUED_LABEL, '')
    .replace(/^[\s,]+/, '')
    .trim();
  return { report, caseNumbers, title, country: entry.country, year, documents: documentsOf(entry.links) };
}

/** A precautionary-measure decision as the yearly listing shows it, the page's words kept. */
export interface IachrPrecautionaryRecord {
  /** 'MC 1067-18' / 'PM 506-22' where given, else the resolution: the listing's reference for it. */
  code: string;
  /** 'Resolution 60/2019' where given. */
  resolution: string | null;
  country: string;
  beneficiaries: string | null;
  /** 'Grant', 'Extension', 'Follow-up, extension and partial lift'. */
  decision: string | null;
  date: string | null;
  sourceDate: string | null;
}

const DECISION_WORDS = /^(grant|extension|follow-up|lifting|partial lift|modification)/i;

/**
 * An entry 'Resolution 60/2019 - MC 1067-18 - S.I.M.A. and sixteen other women human rights defenders - Extension - December 24, 2019'
 * → { code: 'MC 1067-18', resolution: 'Resolution 60/2019', beneficiaries: 'S.I.M.A. and …', decision: 'Extension', date: '2019-12-24', … };
 * null when it names neither a measure nor a resolution.
 */
export function toPrecautionaryRecord(entry: OasEntry): IachrPrecautionaryRecord | null {
  const parts = entry.text.split(/\s+-\s+/);
  const take = (test: (p: string) => boolean) => parts.find(test) ?? null;
  const resolution = take((p) => /^Resolution \d+\/\d+$/.test(p));
  const measure = take((p) => /^(MC|PM) \d+[-/]\d+$/.test(p));
  const dated = take((p) => englishDate(p) !== null);
  const decision = take((p) => DECISION_WORDS.test(p));
  const code = measure ?? resolution;
  if (!code) return null;
  const beneficiaries = parts.filter((p) => ![resolution, measure, dated, decision].includes(p)).join(' - ') || null;
  return { code, resolution, country: entry.country, beneficiaries, decision, date: dated && englishDate(dated), sourceDate: dated };
}

/** A country visit as a rapporteurship's page lists it. */
export interface IachrVisitRecord {
  country: string;
  /** 'On-site visit', 'In loco visit', 'Working visit'. */
  kind: string;
  startDate: string | null;
  endDate: string | null;
  /** The dates as written: 'November 5 to 12, 2018'. */
  sourceDates: string | null;
  /** The entry's whole text (place, purpose). */
  text: string;
  /** The page it was listed on. */
  page: string;
}

/**
 * toVisitRecord({ country: 'Brazil', text: 'In loco visit, November 5 to 12, 2018. …', links: [] }, pageUrl)
 *   → { country: 'Brazil', kind: 'In loco visit', startDate: '2018-11-05', endDate: '2018-11-12', … }; null for an entry that is not a visit.
 */
export function toVisitRecord(entry: OasEntry, page: string): IachrVisitRecord | null {
  const kind = entry.text.match(/^((?:on-site|in loco|working) visit)\b/i)?.[1];
  if (!kind) return null;
  const range = englishRange(entry.text);
  return {
    country: entry.country,
    kind,
    startDate: range?.start ?? null,
    endDate: range?.end ?? null,
    sourceDates: range?.asWritten ?? null,
    text: entry.text,
    page,
  };
}
