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
 * ' -  - General Policy Recommendations' → { cycle: null, state: null, category: 'General Policy Recommendations' }.
 */
export function monitoringItemOf(item: HudocRssItem): MonitoringItem | null {
  // The feed trims its text, so an empty first part leaves the description starting '-  - '.
  const m = item.description.match(/^(.*?)\s*-\s+(.*?)\s*-\s+(.+)$/s);
  if (!m) return null;
  return { cycle: m[1].trim() || null, state: m[2].trim() || null, category: m[3].trim(), item };
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
  const m = description.match(/^(.*?)\s+-\s+(\d+(?:\/\d+)?)$/s);
  return m ? { text: m[1].trim(), part: m[2] } : { text: description.trim(), part: null };
}
