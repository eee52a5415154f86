import type { HudocRssItem } from './rss.ts';

/**
 * What the RSS feeds of the sub-sites say in their descriptions, read into typed fields with the source's
 * wording kept. Each reader returns null for an item whose description has another shape.
 */

/** An ECRI or GRETA item: description '<cycle or round> - <State> - <category>'. */
export interface MonitoringItem {
  /** ECRI's monitoring cycle ('VI') or GRETA's evaluation round ('3'); null when the feed leaves it empty. */
  cycle: string | null;
  /** The State as written ('Republic of Moldova'); null for texts addressed to no State. */
  state: string | null;
  /** 'Country Reports', 'Interim Follow-up Conclusions', 'Government Observations', 'Press Releases', … */
  category: string;
  /**
   * The category in one wording whatever the feed's case, spacing or plural, for the categories that address
   * recommendations to States (MONITORING_CATEGORIES): 'country report' → 'Country Reports'; any other as written.
   */
  knownCategory: string;
  item: HudocRssItem;
}

export const COUNTRY_REPORTS = 'Country Reports';
export const INTERIM_FOLLOW_UP = 'Interim Follow-up Conclusions';
/** The ECRI/GRETA categories that address recommendations to States; press releases and government observations are not. */
export const MONITORING_CATEGORIES: readonly string[] = [COUNTRY_REPORTS, INTERIM_FOLLOW_UP, 'General Policy Recommendations'];

/** A feed category in one wording, whatever the feed's case, spacing or plural: 'country report' → 'Country Reports'. */
export function knownCategoryOf(category: string): string {
  const key = (c: string) =>
    c
      .toLowerCase()
      .replace(/[\s-]+/g, ' ')
      .replace(/s\b/g, '');
  return MONITORING_CATEGORIES.find((c) => key(c) === key(category)) ?? category;
}

/**
 * monitoringItemOf(item with description 'VI - Bulgaria - Interim Follow-up Conclusions') →
 * { cycle: 'VI', state: 'Bulgaria', category: 'Interim Follow-up Conclusions', item };
 * ' -  - General Policy Recommendations' → { cycle: null, state: null, category: 'General Policy Recommendations' };
 * 'Bulgaria – Country Reports' → { cycle: null, state: 'Bulgaria', category: 'Country Reports' }.
 */
export function monitoringItemOf(item: HudocRssItem): MonitoringItem | null {
  // The feed trims its text, so an empty first part leaves the description starting '-  - '.
  const m = item.description.match(/^(.*?)\s*[-–—|]\s+(.*?)\s*[-–—|]\s+(.+)$/s);
  if (m) return withKnownCategory({ cycle: m[1].trim() || null, state: unquoted(m[2]) || null, category: m[3].trim(), item });
  // Without its cycle: 'Bulgaria - Country Reports' (a cycle is a roman or arabic numeral, a State is not).
  const two = item.description.match(/^(.+?)\s*[-–—|]\s+(.+)$/s);
  if (!two) return null;
  const first = unquoted(two[1]);
  const isCycle = /^(?:[IVXLC]+|\d+)$/i.test(first);
  return withKnownCategory({ cycle: isCycle ? first : null, state: isCycle ? null : first, category: two[2].trim(), item });
}

const withKnownCategory = (m: Omit<MonitoringItem, 'knownCategory'>): MonitoringItem => ({
  ...m,
  knownCategory: knownCategoryOf(m.category),
});

/** A name without the quotes a feed may put round it: '"The former Yugoslav Republic of Macedonia"' → 'The former Yugoslav Republic of Macedonia'. */
function unquoted(text: string): string {
  return text
    .trim()
    .replace(/^["“”'‘’]+|["“”'‘’]+$/g, '')
    .trim();
}

/** One section of a report published section by section (CPT, GRETA, GREVIO): id '<report id>-<part>'. */
export interface ReportSection {
  /** The report's id: the item id without its part number, 'LIE-REP-3-2025--ENG'. */
  reportId: string;
  /** The part number at the end of the id: 0 (GREVIO's cover section), 1, 2, … */
  part: number;
  item: HudocRssItem;
}

/** reportSectionOf(item with id 'LIE-REP-3-2025--ENG-12') → { reportId: 'LIE-REP-3-2025--ENG', part: 12, item }; null without a part. */
export function reportSectionOf(item: HudocRssItem): ReportSection | null {
  const m = item.id.match(/^(.+)-(\d+)$/);
  return m ? { reportId: m[1], part: Number(m[2]), item } : null;
}

/**
 * Sections grouped by report, each report's sections in part order, reports in feed order:
 * groupSections(items) → [['LIE-REP-3-2025--ENG', [part 1, part 2, …]], …]. Items without a part are left out.
 */
export function groupSections(items: readonly HudocRssItem[]): [string, ReportSection[]][] {
  const reports = new Map<string, ReportSection[]>();
  for (const item of items) {
    const section = reportSectionOf(item);
    if (!section) continue;
    reports.set(section.reportId, [...(reports.get(section.reportId) ?? []), section]);
  }
  return [...reports].map(([id, sections]) => [id, sections.sort((a, b) => a.part - b.part)]);
}

/**
 * A GREVIO section description without its part: 'First thematic evaluation report - SWEDEN - 1/23' →
 * { text: 'First thematic evaluation report - SWEDEN', part: '1/23' }; '… - 0' → part '0'.
 */
export function grevioDescription(description: string): { text: string; part: string | null } {
  const m = description.match(/^(.*?)\s*(?:\s[-–—]|[-–—]\s|\(|,)\s*(\d+(?:\s*\/\s*\d+)?)\s*\)?$/s);
  return m ? { text: m[1].trim(), part: m[2].replace(/\s+/g, '') } : { text: description.trim(), part: null };
}

/** What an ESC item is, as its decision code (or, for a code not in ESC_KINDS, its title) names it. */
export type EscKind = 'MERITS' | 'ADMISSIBILITY' | 'INADMISSIBILITY' | 'IMMEDIATE_MEASURES' | 'CONCLUSIONS' | 'SEPARATE_OPINION';

/** ESC decision codes (the RSS description, any case); the first code of 'ADMIS;IMMED' names the kind. */
const ESC_KINDS: Record<string, EscKind> = {
  FOND: 'MERITS',
  MERITS: 'MERITS',
  ADMIS: 'ADMISSIBILITY',
  ADMISS: 'ADMISSIBILITY',
  ADMISSIBILITY: 'ADMISSIBILITY',
  INADMIS: 'INADMISSIBILITY',
  INADMISS: 'INADMISSIBILITY',
  IMMED: 'IMMEDIATE_MEASURES',
  CONCLUSION: 'CONCLUSIONS',
  CONCLUSIONS: 'CONCLUSIONS',
  OPCC: 'SEPARATE_OPINION',
};
/** The kind a title names when the description's code is one the reader does not know. */
const ESC_TITLE_KINDS: [RegExp, EscKind][] = [
  [/^decision on the merits/i, 'MERITS'],
  [/^decision on (?:the )?admissibility/i, 'ADMISSIBILITY'],
  [/^conclusions?\b/i, 'CONCLUSIONS'],
];

/** A European Social Charter item: a collective-complaint decision or a conclusion, read from its title and id. */
export interface EscItem {
  /** The decision codes of the description, upper-cased: 'ADMIS;IMMED' → ['ADMIS', 'IMMED']; 'Conclusion' → ['CONCLUSION']. */
  codes: string[];
  /** The kind the first code names ('FOND' → MERITS), else the one the title names ('Decision on the merits…'); null when neither does. */
  kind: EscKind | null;
  /** The first code when it is not one ESC_KINDS knows ('MERIT2'); null when it is known or there is no code. */
  unknownCode: string | null;
  /** '240/2024', from the title ('Complaint No. 240/2024', 'Complaint n° 12/2002') or the id ('cc-240-2024-…'). */
  complaint: string | null;
  /** The State as the title names it ('v. the Netherlands', 'Conclusions 2023 - Netherlands Aruba - Article 1-1'). */
  state: string | null;
  /** The ISO code a conclusion's id carries ('2023/def/SVN/31/2/EN' → 'SVN'), for a State the title does not name. */
  stateCode: string | null;
  /** A conclusion's article as written: '31-2'. */
  article: string | null;
  /** The document's language, as its id ends ('cc-240-2024-dadmissandimmed-en', '2023/def/SVN/31/2/EN'): 'en'. */
  language: string | null;
  item: HudocRssItem;
}

/** ' - ', ' – ', ' —', ': ' between the parts of a conclusion's title (not the hyphen of 'XXII-4' or '31-2'). */
const PART_SEP = String.raw`(?:\s+[-–—:]\s*|\s*[-–—:]\s+)`;
const CONCLUSION_TITLE = new RegExp(
  String.raw`^Conclusions?\s+(\S+(?:\s*\(\d{4}\))?)${PART_SEP}(.+?)${PART_SEP}(?:Article|Art\.?)\s*(\S+)\s*$`,
  'is',
);
/** '… v. the Netherlands, Complaint No. 201/2021', 'v France (Complaint n° 12/2002)', titles may wrap. */
const COMPLAINT_TITLE = /\bv\.?\s+([^,(]+?)\s*[,(;]?\s*\(?\s*(?:Collective\s+)?Complaint\s+(?:No|N°|Nr|Number)?\.?\s*(\d+\s*\/\s*\d{4})/is;
const COMPLAINT_NUMBER = /\bComplaint\s+(?:No|N°|Nr|Number)?\.?\s*(\d+\s*\/\s*\d{4})/i;

/**
 * escItemOf(item titled 'Conclusions XXII-4 - Czech Republic - Article 7-9', id 'XXII-4/def/CZE/7/9/EN') →
 * { codes: ['CONCLUSION'], state: 'Czech Republic', stateCode: 'CZE', article: '7-9', complaint: null };
 * a decision titled 'Decision on the merits: ERRC v. Belgium, Complaint No. 195/2020' → { codes: ['FOND'], state: 'Belgium', complaint: '195/2020' }.
 */
export function escItemOf(item: HudocRssItem): EscItem {
  const title = item.title.replace(/\s+/g, ' ').trim();
  const conclusion = title.match(CONCLUSION_TITLE);
  const complaint = title.match(COMPLAINT_TITLE);
  const number =
    complaint?.[2] ??
    title.match(COMPLAINT_NUMBER)?.[1] ??
    item.id
      .match(/^cc-(\d+)-(\d{4})-/i)
      ?.slice(1)
      .join('/') ??
    null;
  const codes = item.description
    .split(/[;,+\s]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  const known = codes.length > 0 ? ESC_KINDS[codes[0]] : undefined;
  return {
    codes,
    kind: known ?? ESC_TITLE_KINDS.find(([words]) => words.test(item.title.trim()))?.[1] ?? null,
    unknownCode: codes.length > 0 && !known ? codes[0] : null,
    complaint: number ? number.replace(/\s+/g, '') : null,
    state: (conclusion?.[2] ?? complaint?.[1])?.trim() ?? null,
    stateCode: item.id.match(/\/def\/([A-Z]{3})\//i)?.[1].toUpperCase() ?? null,
    article: conclusion?.[3] ?? null,
    language: item.id.match(/[-/](en|fr)$/i)?.[1].toLowerCase() ?? null,
    item,
  };
}
