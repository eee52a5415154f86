import { findCountryIn } from '../../schema/reference/countries.ts';
import { grevioDescription, groupSections, type ReportSection } from './items.ts';
import type { HudocRssItem } from './rss.ts';

/** A GREVIO report as its sections' headings describe it. */
export interface GrevioReport {
  /** 'GREVIO(2024)11_Spain_First_thematic…' */
  reportId: string;
  /** Its sections in part order (the cover section, part 0, first where the feed has it). */
  sections: ReportSection[];
  /** The description of its first numbered section (else its first), without the part: 'First thematic evaluation report - SWEDEN'. */
  text: string;
  /** Whether the description names an evaluation report (general activity reports and government responses do not). */
  isEvaluationReport: boolean;
  /** The State the description (else the id) names, as written, with its ISO code; null when neither names one. */
  state: { code: string; name: string } | null;
  /** The appendix listing GREVIO's proposals and suggestions ('List of proposals and suggestions'), where the feed has it. */
  proposals: ReportSection | null;
}

/**
 * The State of a GREVIO report: the first State its description names, with or without ' - ' round it ('… - MONTENEGRO',
 * 'Baseline Evaluation Report SAN MARINO'), else the one its id names ('GREVIO(2024)11_Spain_First_thematic…',
 * '…_San-Marino_…'), as written; null when neither names one.
 */
export function grevioState(text: string, reportId: string): { code: string; name: string } | null {
  return findCountryIn(text) ?? findCountryIn(reportId);
}

/** grevioReportsOf(items) → one GrevioReport per report id, in feed order (items without a part are left out). */
export function grevioReportsOf(items: readonly HudocRssItem[]): GrevioReport[] {
  return groupSections(items).map(([reportId, sections]) => {
    const { text } = grevioDescription((sections.find((s) => s.part > 0) ?? sections[0]).item.description);
    return {
      reportId,
      sections,
      text,
      isEvaluationReport: /evaluation report/i.test(text),
      state: grevioState(text, reportId),
      proposals: sections.find((s) => /list of proposals and suggestions/i.test(s.item.title)) ?? null,
    };
  });
}
