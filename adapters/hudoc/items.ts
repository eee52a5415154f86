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
  item: HudocRssItem;
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
  if (m) return { cycle: m[1].trim() || null, state: unquoted(m[2]) || null, category: m[3].trim(), item };
  // Without its cycle: 'Bulgaria - Country Reports' (a cycle is a roman or arabic numeral, a State is not).
  const two = item.description.match(/^(.+?)\s*[-–—|]\s+(.+)$/s);
  if (!two) return null;
  const first = unquoted(two[1]);
  const isCycle = /^(?:[IVXLC]+|\d+)$/i.test(first);
  return { cycle: isCycle ? first : null, state: isCycle ? null : first, category: two[2].trim(), item };
}

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

/** A European Social Charter item: a collective-complaint decision or a conclusion, read from its title and id. */
export interface EscItem {
  /** The decision codes of the description, upper-cased: 'ADMIS;IMMED' → ['ADMIS', 'IMMED']; 'Conclusion' → ['CONCLUSION']. */
  codes: string[];
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
  return {
    codes: item.description
      .split(/[;,+\s]+/)
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean),
    complaint: number ? number.replace(/\s+/g, '') : null,
    state: (conclusion?.[2] ?? complaint?.[1])?.trim() ?? null,
    stateCode: item.id.match(/\/def\/([A-Z]{3})\//i)?.[1].toUpperCase() ?? null,
    article: conclusion?.[3] ?? null,
    language: item.id.match(/[-/](en|fr)$/i)?.[1].toLowerCase() ?? null,
    item,
  };
}
