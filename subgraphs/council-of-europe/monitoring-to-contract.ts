import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import {
  COUNTRY_REPORTS,
  INTERIM_FOLLOW_UP,
  MONITORING_CATEGORIES,
  groupSections,
  grevioReportsOf,
  monitoringItemOf,
  type HudocRssItem,
  type MonitoringItem,
  type ReportSection,
} from '../../adapters/hudoc/index.ts';
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

/**
 * An interim follow-up as a follow-up status: the feed names the conclusions but not ECRI's assessment
 * (the grades are in the document), so the grade is UNKNOWN and the label the feed's own category.
 */
function interimFollowUp(ifu: MonitoringItem): FollowUp {
  return { grade: 'UNKNOWN', label: ifu.category, assessedOn: ifu.item.date, document: documentOf(ifu.item) };
}

const cycleAndState = (m: MonitoringItem) => `${m.cycle ?? ''}|${m.state ?? ''}`;

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
    .map((m) => ({ ...m, category: m.knownCategory }))
    .filter((m) => MONITORING_CATEGORIES.includes(m.category));
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
    if (!m || m.knownCategory !== COUNTRY_REPORTS) return [];
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
 * GREVIO RSS items → one Recommendation per evaluation report, assembled from its sections (the cover section,
 * part 0, has an empty title and so reads as its description). The document is the report's appendix listing
 * GREVIO's proposals and suggestions where the feed has it, else its first section. General activity reports and
 * government responses are not evaluation reports and are left out.
 */
export function toGrevioRecommendations(items: readonly HudocRssItem[], fetched: Fetched, warnings: string[]): Recommendation[] {
  return grevioReportsOf(items).flatMap(({ reportId, sections, text, isEvaluationReport, state, proposals }) => {
    if (!isEvaluationReport) return [];
    if (!state) warnings.push(`hudoc-grevio: report ${reportId} names no State the hub knows; kept without a country`);
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
