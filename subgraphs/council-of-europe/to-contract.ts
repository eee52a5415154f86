import { NO_CASE_TRACKING, NO_FINDINGS } from '../_shared/contract-defaults.ts';
import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import {
  escItemOf,
  readCptFeed,
  type CptReport,
  type EscItem,
  type EscKind,
  type CptVisitKind,
  type HudocRecord,
  type HudocRssItem,
  type ReportSection,
} from '../../adapters/hudoc/index.ts';
import { unreadWarning } from '../../adapters/_kit/unread.ts';
import { countryByCode, isoFromName } from '../../schema/reference/countries.ts';
import { mechanismRefOf } from '../../schema/reference/mechanisms.ts';
import type { CountryRef, Decision, DecisionKind, DocumentRef, Visit, VisitType } from '../../schema/types.ts';
import { countryRefOf } from '../_shared/country-ref.ts';
import { provenanceFrom } from '../_shared/provenance.ts';
import { HUDOC_SOURCES } from '../../adapters/hudoc/config.ts';

export const COE_SYSTEM = 'EUROPEAN';
export const COE_OWNER = 'Council of Europe';

/** countryFromCode('SVN', w) → { code: 'SVN', name: 'Slovenia' }; an unknown code is kept as the name, with a warning. */
export function countryFromCode(code: string, warnings: string[]): CountryRef {
  const country = countryByCode(code);
  if (country) return { code: country.alpha3, name: country.name };
  warnings.push(`unknown State code "${code}" kept as written`);
  return { code: null, name: code };
}

/** HUDOC doctype → kind, by its ending: HEJUD/HFJUD → JUDGMENT, HEDEC → DECISION, HECOM → COMMUNICATED_CASE, other → OTHER. */
export function echrKind(docType: string | null): DecisionKind | null {
  if (!docType) return null;
  if (/JUD$/i.test(docType)) return 'JUDGMENT';
  if (/DEC$/i.test(docType)) return 'DECISION';
  if (/COM$/i.test(docType)) return 'COMMUNICATED_CASE';
  return 'OTHER';
}

/** The public HUDOC page of a judgment: echrUrl('001-242070') === 'https://hudoc.echr.coe.int/eng?i=001-242070' */
export function echrUrl(itemid: string): string {
  return `https://hudoc.echr.coe.int/eng?i=${itemid}`;
}

/**
 * An ECtHR search hit → Decision. kindLabel keeps HUDOC's own code (doctypebranch such as 'GRANDCHAMBER',
 * 'COMMITTEE', 'COMMUNICATEDCASES', else the doctype); respondent codes become ISO names.
 */
export function toEchrDecision(r: HudocRecord, fetched: Fetched, warnings: string[]): Decision {
  const url = echrUrl(r.id);
  return {
    id: `hudoc-echr:${r.id}`,
    mechanism: mechanismRefOf('coe-ecthr'),
    title: r.title,
    caseNumbers: r.appNumbers,
    respondents: r.respondents.map((c) => countryFromCode(c, warnings)),
    date: r.date,
    sourceDate: r.sourceDate,
    kind: echrKind(r.docType),
    kindLabel: r.docTypeBranch ?? r.docType,
    articles: r.articles,
    conclusion: r.conclusion,
    violations: r.violations,
    nonViolations: r.nonViolations,
    importance: r.importance,
    ecli: r.ecli,
    url,
    languages: r.language ? [r.language] : [],
    ...NO_CASE_TRACKING,
    provenance: provenanceFrom(COE_SYSTEM, HUDOC_SOURCES.echr, COE_OWNER, fetched, url),
  };
}

/** The contract's kind of each kind of ESC item the adapter reads (separate opinions are OTHER). */
const ESC_DECISION_KINDS: Record<EscKind, DecisionKind> = {
  MERITS: 'MERITS',
  ADMISSIBILITY: 'ADMISSIBILITY',
  INADMISSIBILITY: 'INADMISSIBILITY',
  IMMEDIATE_MEASURES: 'PROVISIONAL_MEASURE',
  CONCLUSIONS: 'CONCLUSIONS',
  SEPARATE_OPINION: 'OTHER',
};

/** The State of an ESC item: the title's wording with its code, else the code its id carries. */
function escRespondents(esc: EscItem, warnings: string[]): CountryRef[] {
  if (esc.state) return [countryRefOf(esc.state, warnings, ...(esc.stateCode ? [esc.stateCode] : []))];
  return esc.stateCode ? [countryFromCode(esc.stateCode, warnings)] : [];
}

/**
 * A European Social Charter RSS item → Decision: collective-complaint decisions (FOND → MERITS, ADMIS → ADMISSIBILITY,
 * IMMED → PROVISIONAL_MEASURE; separate opinions 'OPCC' → OTHER) and conclusions (CONCLUSIONS, State and article from the
 * title, or the State from the id). A code the hub does not know is kept as kindLabel, its kind read from the title
 * where it can be (else OTHER), and named in a warning.
 */
export function toEscDecision(item: HudocRssItem, fetched: Fetched, warnings: string[]): Decision {
  const esc = escItemOf(item);
  const kind = esc.kind ? ESC_DECISION_KINDS[esc.kind] : null;
  if (esc.unknownCode)
    warnings.push(`hudoc-esc: decision code "${esc.unknownCode}" is not one the hub knows; kind ${kind ? 'read from the title' : 'OTHER'}`);
  return {
    id: `hudoc-esc:${item.id}`,
    mechanism: mechanismRefOf('coe-ecsr'),
    title: item.title,
    caseNumbers: esc.complaint ? [esc.complaint] : [],
    respondents: escRespondents(esc, warnings),
    date: item.date,
    sourceDate: item.sourceDate,
    kind: kind ?? 'OTHER',
    kindLabel: item.description || null,
    articles: esc.article ? [esc.article] : [],
    ...NO_FINDINGS,
    url: item.link || null,
    languages: esc.language ? [esc.language] : [],
    ...NO_CASE_TRACKING,
    provenance: provenanceFrom(COE_SYSTEM, HUDOC_SOURCES.esc, COE_OWNER, fetched, item.link || null),
  };
}

/** A feed item as a document: symbol = its HUDOC id, title, the feed's link. */
export function documentOf(item: HudocRssItem): DocumentRef {
  return { symbol: item.id, title: item.title, url: item.link || null, language: null };
}

/** A report published in sections is dated by its latest section: ['2024-07-08', null] → '2024-07-08'. */
export function latestDate(sections: readonly ReportSection[]): string | null {
  return (
    sections
      .map((s) => s.item.date)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null
  );
}

const VISIT_TYPES: Record<CptVisitKind, VisitType> = {
  PERIODIC: 'PERIODIC',
  AD_HOC: 'AD_HOC',
  FOLLOW_UP: 'FOLLOW_UP',
  HIGH_LEVEL: 'OTHER',
};

/** The report a Government's response answers: the one report of the same State and year, if the feed has exactly one. */
function answeredReport(response: CptReport, reports: readonly CptReport[]): CptReport | undefined {
  const code = isoFromName(response.section.country!);
  const same = reports.filter(
    (r) => r.section.document === 'REPORT' && r.section.year === response.section.year && isoFromName(r.section.country!) === code,
  );
  return code && same.length === 1 ? same[0] : undefined;
}

/**
 * CPT RSS items → one Visit per report (section ids 'p-ltu-20240212-en-1' … '-12' share 'p-ltu-20240212-en'), read by
 * adapters/hudoc's readCptFeed whatever the wording. The feed lists published reports only, so each visit is COMPLETED
 * with its report; type is the kind the wording names (periodic, ad hoc), typeLabel the feed's word ('visit'); dates
 * where the wording gives them. A Government's response joins the visit it answers (its sections after the report's).
 * Items that are not visit-report sections (public statements, general-report extracts) are not visits and are left
 * out; sections that name a visit but cannot be read are counted in a warning.
 */
export function toCptVisits(items: readonly HudocRssItem[], fetched: Fetched, warnings: string[]): Visit[] {
  const feed = readCptFeed(items);
  const unread = unreadWarning(HUDOC_SOURCES.cpt, 'feed items could not be read as visit-report sections', feed.unread);
  if (unread) warnings.push(unread);
  const answers = new Map<CptReport, CptReport[]>();
  const visits = feed.reports.filter((r) => {
    const answered = r.section.document === 'RESPONSE' ? answeredReport(r, feed.reports) : undefined;
    if (answered) answers.set(answered, [...(answers.get(answered) ?? []), r]);
    return !answered;
  });
  return visits.map((report) => {
    const { section } = report;
    const sections = [...report.sections, ...(answers.get(report) ?? []).flatMap((r) => r.sections)];
    const documents = sections.map((s) => documentOf(s.item));
    return {
      id: `hudoc-cpt:${report.reportId}`,
      mechanism: mechanismRefOf('coe-cpt'),
      country: countryRefOf(section.country!, warnings),
      startDate: section.startDate,
      endDate: section.endDate,
      year: section.year,
      sourceDates: section.dates,
      status: 'COMPLETED',
      statusLabel: null,
      type: section.kind ? VISIT_TYPES[section.kind] : null,
      typeLabel: section.label,
      mandateLabels: [],
      requestedOn: null,
      remindersOn: [],
      jointWith: [],
      report: documents[0],
      documents,
      publishedOn: latestDate(sections),
      provenance: provenanceFrom(COE_SYSTEM, HUDOC_SOURCES.cpt, COE_OWNER, fetched, documents[0].url),
      alsoIn: [],
    };
  });
}
