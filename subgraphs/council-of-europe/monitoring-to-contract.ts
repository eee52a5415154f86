import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import {
  grevioDescription,
  groupSections,
  monitoringItemOf,
  type HudocRssItem,
  type MonitoringItem,
  type ReportSection,
} from '../../adapters/hudoc/index.ts';
import { findCountryIn } from '../../schema/reference/countries.ts';
import type { CountryRef, DocumentRef, FollowUp, Recommendation } from '../../schema/types.ts';
import { provenanceFrom } from '../_shared/provenance.ts';
import { unreadWarning } from '../../adapters/_kit/unread.ts';
import { mechanismRefOf } from '../../schema/reference/mechanisms.ts';
import { countryRefOf } from '../_shared/country-ref.ts';
import { COE_OWNER, COE_SYSTEM, documentOf, latestDate } from './to-contract.ts';
import { HUDOC_SOURCES } from '../../adapters/hudoc/config.ts';

/** What a monitoring body's report says, before it becomes a Recommendation. */
export interface ReportRecord {
  source: string;
  mechanismId: string;
  mechanismLabel: string;
  /** The HUDOC id of the item or report. */
  id: string;
  text: string;
  date: string | null;
  sourceDate: string | null;
  /** The feed's category ('Country Reports'); null where it gives none (GREVIO). */
  annotationType: string | null;
  countries: CountryRef[];
  document: DocumentRef;
  followUp: FollowUp | null;
}

export function recommendation(r: ReportRecord, fetched: Fetched): Recommendation {
  return {
    id: `${r.source}:${r.id}`,
    text: r.text,
    issuedOn: r.date,
    sourceDate: r.sourceDate,
    mechanism: mechanismRefOf(r.mechanismId),
    mechanismLabel: r.mechanismLabel,
    annotationType: r.annotationType,
    countries: r.countries,
    themes: [],
    sdgs: [],
    affectedPersons: [],
    document: r.document,
    statePosition: null,
    recommendingStates: [],
    uprCycle: null,
    uprSession: null,
    followUp: r.followUp,
    provenance: provenanceFrom(COE_SYSTEM, r.source, COE_OWNER, fetched, r.document.url),
  };
}

const COUNTRY_REPORTS = 'Country Reports';
const INTERIM_FOLLOW_UP = 'Interim Follow-up Conclusions';
/** ECRI's categories that address recommendations to States; press releases and government observations are not. */
const ECRI_CATEGORIES = [COUNTRY_REPORTS, INTERIM_FOLLOW_UP, 'General Policy Recommendations'];

/**
 * An interim follow-up as a follow-up status: the feed names the conclusions but not ECRI's assessment
 * (the grades are in the document), so the grade is UNKNOWN and the label the feed's own category.
 */
function interimFollowUp(ifu: MonitoringItem): FollowUp {
  return { grade: 'UNKNOWN', label: ifu.category, assessedOn: ifu.item.date, document: documentOf(ifu.item) };
}

const cycleAndState = (m: MonitoringItem) => `${m.cycle ?? ''}|${m.state ?? ''}`;

/** A feed category in the hub's one wording, whatever the feed's case, spacing or plural: 'country report' → 'Country Reports'. */
function categoryOf(m: MonitoringItem): string {
  const key = (c: string) =>
    c
      .toLowerCase()
      .replace(/[\s-]+/g, ' ')
      .replace(/s\b/g, '');
  return ECRI_CATEGORIES.find((c) => key(c) === key(m.category)) ?? m.category;
}

/**
 * ECRI RSS items → Recommendations: country reports ('Sixth report on Lithuania'), interim follow-up conclusions
 * and general policy recommendations, one record per document, text = the document's title. A country report
 * takes as its followUp the newest interim follow-up conclusions of the same cycle and State published after it
 * ('VI - Hungary - Country Reports' ← 'VI - Hungary - Interim Follow-up Conclusions'); the conclusions are also
 * records of their own (their followUp is themselves), so "what is new" sees them.
 */
export function toEcriRecommendations(items: readonly HudocRssItem[], fetched: Fetched, warnings: string[]): Recommendation[] {
  const read = items.map((item) => monitoringItemOf(item));
  const unread = unreadWarning(
    HUDOC_SOURCES.ecri,
    'feed items have no "<cycle> - <State> - <category>" description',
    items.filter((_, i) => !read[i]).map((i) => i.description),
  );
  if (unread) warnings.push(unread);
  const docs = read
    .filter((m): m is MonitoringItem => m !== null)
    .map((m) => ({ ...m, category: categoryOf(m) }))
    .filter((m) => ECRI_CATEGORIES.includes(m.category));
  const followUps = new Map<string, MonitoringItem>();
  for (const m of docs) {
    const known = followUps.get(cycleAndState(m));
    if (m.category === INTERIM_FOLLOW_UP && (!known || (m.item.date ?? '') > (known.item.date ?? ''))) followUps.set(cycleAndState(m), m);
  }
  const followUpOf = (m: MonitoringItem): FollowUp | null => {
    if (m.category === INTERIM_FOLLOW_UP) return interimFollowUp(m);
    const ifu = m.category === COUNTRY_REPORTS ? followUps.get(cycleAndState(m)) : undefined;
    return ifu && (ifu.item.date ?? '') >= (m.item.date ?? '') ? interimFollowUp(ifu) : null;
  };
  return docs.map((m) =>
    recommendation(
      {
        source: HUDOC_SOURCES.ecri,
        mechanismId: 'coe-ecri',
        mechanismLabel: 'ECRI',
        id: m.item.id,
        text: m.item.title,
        date: m.item.date,
        sourceDate: m.item.sourceDate,
        annotationType: m.category,
        countries: m.state ? [countryRefOf(m.state, warnings)] : [],
        document: documentOf(m.item),
        followUp: followUpOf(m),
      },
      fetched,
    ),
  );
}

/** A report's date, or the text of its first section's date when none is usable. */
function reportDate(sections: readonly ReportSection[]): { date: string | null; sourceDate: string | null } {
  const date = latestDate(sections);
  return { date, sourceDate: date ? null : (sections.find((s) => s.item.sourceDate)?.item.sourceDate ?? null) };
}

/**
 * GRETA RSS items (one per report section, '3 - Liechtenstein - Country Reports', ids 'LIE-REP-3-2025--ENG-1' …)
 * → one Recommendation per country report: text = the feed's description, the first section as its document.
 */
export function toGretaRecommendations(items: readonly HudocRssItem[], fetched: Fetched, warnings: string[]): Recommendation[] {
  const unread: string[] = [];
  const reports = groupSections(items).flatMap(([reportId, sections]) => {
    const m = sections.map((s) => monitoringItemOf(s.item)).find((read) => read !== null);
    if (!m) unread.push(sections[0].item.description);
    if (!m || categoryOf(m) !== COUNTRY_REPORTS) return [];
    return [
      recommendation(
        {
          source: HUDOC_SOURCES.greta,
          mechanismId: 'coe-greta',
          mechanismLabel: 'GRETA',
          id: reportId,
          text: m.item.description,
          ...reportDate(sections),
          annotationType: COUNTRY_REPORTS,
          countries: m.state ? [countryRefOf(m.state, warnings)] : [],
          document: documentOf(sections[0].item),
          followUp: null,
        },
        fetched,
      ),
    ];
  });
  const warning = unreadWarning(HUDOC_SOURCES.greta, 'reports have no "<round> - <State> - <category>" description', unread);
  if (warning) warnings.push(warning);
  return reports;
}

/**
 * The State of a GREVIO report: the first State its description names, with or without ' - ' round it ('… - MONTENEGRO',
 * 'Baseline Evaluation Report SAN MARINO'), else the one its id names ('GREVIO(2024)11_Spain_First_thematic…',
 * '…_San-Marino_…'), as written; null when neither names one.
 */
export function grevioState(text: string, reportId: string): CountryRef | null {
  return findCountryIn(text) ?? findCountryIn(reportId);
}

/**
 * GREVIO RSS items → one Recommendation per evaluation report, assembled from its sections (the cover section,
 * part 0, has an empty title and so reads as its description). The document is the report's appendix listing
 * GREVIO's proposals and suggestions where the feed has it, else its first section. General activity reports and
 * government responses are not evaluation reports and are left out.
 */
export function toGrevioRecommendations(items: readonly HudocRssItem[], fetched: Fetched, warnings: string[]): Recommendation[] {
  return groupSections(items).flatMap(([reportId, sections]) => {
    const { text } = grevioDescription((sections.find((s) => s.part > 0) ?? sections[0]).item.description);
    if (!/evaluation report/i.test(text)) return [];
    const state = grevioState(text, reportId);
    if (!state) warnings.push(`hudoc-grevio: report ${reportId} names no State the hub knows; kept without a country`);
    const proposals = sections.find((s) => /list of proposals and suggestions/i.test(s.item.title));
    return [
      recommendation(
        {
          source: HUDOC_SOURCES.grevio,
          mechanismId: 'coe-grevio',
          mechanismLabel: 'GREVIO',
          id: reportId,
          text,
          ...reportDate(sections),
          annotationType: null,
          countries: state ? [state] : [],
          document: documentOf((proposals ?? sections.find((s) => s.part > 0) ?? sections[0]).item),
          followUp: null,
        },
        fetched,
      ),
    ];
  });
}
