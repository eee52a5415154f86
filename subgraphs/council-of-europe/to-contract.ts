import { NO_CASE_TRACKING, NO_FINDINGS } from '../_shared/contract-defaults.ts';
import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import { groupSections, type HudocRecord, type HudocRssItem, type ReportSection } from '../../adapters/hudoc/index.ts';
import { countryByCode } from '../../schema/reference/countries.ts';
import { mechanismRefOf } from '../../schema/reference/mechanisms.ts';
import type { CountryRef, Decision, DecisionKind, DocumentRef, Visit } from '../../schema/types.ts';
import { countryRefOf } from '../_shared/country-ref.ts';
import { provenanceFrom } from '../_shared/provenance.ts';

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
    provenance: provenanceFrom(COE_SYSTEM, 'hudoc-echr', COE_OWNER, fetched, url),
  };
}

/** ESC decision codes (the RSS description); the first code of 'ADMIS;IMMED' names the kind. */
const ESC_KINDS: Record<string, DecisionKind> = {
  FOND: 'MERITS', ADMIS: 'ADMISSIBILITY', IMMED: 'PROVISIONAL_MEASURE', Conclusion: 'CONCLUSIONS',
};

/** 'Decision on the merits: … v. the Netherlands, Complaint No. 201/2021' → State and complaint number (titles may wrap). */
const COMPLAINT = /\bv\.\s+([^,]+?)\s*,\s*Complaint No\.?\s*(\d+\/\d{4})/s;
/** 'Conclusions 2023 - Slovenia - Article 31-2', 'Conclusions XXII-4 - Czech Republic - Article 7-9' */
const CONCLUSIONS = /^Conclusions \S+ - (.+) - Article (\S+)$/;

/**
 * A European Social Charter RSS item → Decision: collective-complaint decisions (FOND → MERITS, ADMIS → ADMISSIBILITY,
 * IMMED → PROVISIONAL_MEASURE; separate opinions 'OPCC' → OTHER) and conclusions (CONCLUSIONS, State and article from the title).
 */
export function toEscDecision(item: HudocRssItem, fetched: Fetched, warnings: string[]): Decision {
  const complaint = item.title.match(COMPLAINT);
  const conclusion = item.title.match(CONCLUSIONS);
  const state = complaint?.[1] ?? conclusion?.[1];
  return {
    id: `hudoc-esc:${item.id}`,
    mechanism: mechanismRefOf('coe-ecsr'),
    title: item.title,
    caseNumbers: complaint ? [complaint[2]] : [],
    respondents: state ? [countryRefOf(state.replace(/\s+/g, ' '), warnings)] : [],
    date: item.date,
    sourceDate: item.sourceDate,
    kind: ESC_KINDS[item.description.split(';')[0]] ?? 'OTHER',
    kindLabel: item.description || null,
    articles: conclusion ? [conclusion[2]] : [],
    ...NO_FINDINGS,
    url: item.link || null,
    languages: [],
    ...NO_CASE_TRACKING,
    provenance: provenanceFrom(COE_SYSTEM, 'hudoc-esc', COE_OWNER, fetched, item.link || null),
  };
}

/** One CPT report section as the RSS describes it: 'Lithuania: visit 2024 - 1/12'. */
export interface CptSection {
  country: string;
  /** The feed's own word for the document, 'visit'. */
  label: string;
  year: number;
  part: number;
  of: number;
}

/** parseCptSection('Lithuania: visit 2024 - 1/12') → { country: 'Lithuania', label: 'visit', year: 2024, part: 1, of: 12 }; other items → null. */
export function parseCptSection(description: string): CptSection | null {
  const m = description.match(/^(.+?): (visit) (\d{4}) - (\d+)\/(\d+)$/);
  return m ? { country: m[1], label: m[2], year: Number(m[3]), part: Number(m[4]), of: Number(m[5]) } : null;
}

/** A feed item as a document: symbol = its HUDOC id, title, the feed's link. */
export function documentOf(item: HudocRssItem): DocumentRef {
  return { symbol: item.id, title: item.title, url: item.link || null, language: null };
}

/** A report published in sections is dated by its latest section: ['2024-07-08', null] → '2024-07-08'. */
export function latestDate(sections: readonly ReportSection[]): string | null {
  return sections.map((s) => s.item.date).filter((d): d is string => d !== null).sort().at(-1) ?? null;
}

/**
 * CPT RSS items → one Visit per report (section ids 'p-ltu-20240212-en-1' … '-12' share 'p-ltu-20240212-en', i.e. one
 * country and visit year). The feed lists published reports only, so each visit is COMPLETED with its report; the
 * feed does not say periodic or ad hoc, so type is null and typeLabel keeps its word ('visit'). Items that are not
 * visit-report sections (public statements, general-report extracts) are not visits and are left out.
 */
export function toCptVisits(items: readonly HudocRssItem[], fetched: Fetched, warnings: string[]): Visit[] {
  const visitItems = items.filter((item) => parseCptSection(item.description) !== null);
  return groupSections(visitItems).map(([reportId, sections]) => {
    const section = parseCptSection(sections[0].item.description)!;
    const documents = sections.map((s) => documentOf(s.item));
    return {
      id: `hudoc-cpt:${reportId}`,
      mechanism: mechanismRefOf('coe-cpt'),
      country: countryRefOf(section.country, warnings),
      startDate: null,
      endDate: null,
      year: section.year,
      sourceDates: null,
      status: 'COMPLETED',
      statusLabel: null,
      type: null,
      typeLabel: section.label,
      mandateLabels: [],
      requestedOn: null,
      remindersOn: [],
      jointWith: [],
      report: documents[0],
      documents,
      publishedOn: latestDate(sections),
      provenance: provenanceFrom(COE_SYSTEM, 'hudoc-cpt', COE_OWNER, fetched, documents[0].url),
    };
  });
}
