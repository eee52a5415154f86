import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import type { AchprCommunication, AchprMission } from '../../adapters/achpr/index.ts';
import type { AfricanCourtCase } from '../../adapters/african-court/index.ts';
import { communicationNumbers, metadataDate, metadataLabels, metadataText, type UwaziEntity } from '../../adapters/uwazi/index.ts';
import { mechanismRefOf } from '../../schema/reference/mechanisms.ts';
import type { CaseStatus, CountryRef, Decision, Visit, VisitType } from '../../schema/types.ts';
import { countryRefOf } from '../_shared/country-ref.ts';
import { NO_CASE_TRACKING, NO_FINDINGS } from '../_shared/contract-defaults.ts';
import { provenanceFrom } from '../_shared/provenance.ts';
import { jointWithIn } from '../_shared/joint-with.ts';
import { ACHPR_MISSIONS_SOURCE, ACHPR_SOURCE } from '../../adapters/achpr/config.ts';
import { AFRICAN_COURT_SOURCE } from '../../adapters/african-court/config.ts';

export const AFRICAN_SYSTEM = 'AFRICAN';
export const COURT_OWNER = "African Court on Human and Peoples' Rights";
export const COMMISSION_OWNER = "African Commission on Human and Peoples' Rights";
export const IHRDA_OWNER = 'Institute for Human Rights and Development in Africa (IHRDA)';

/** The State forms the African bodies write before a country's short name ("Republic of Senegal", "the Kingdom of Swaziland"). */
const STATE_FORM =
  /^(?:the\s+)?(?:(?:federal\s+democratic|people'?s\s+democratic|federal|islamic|arab|democratic\s+socialist)\s+republic|republic|kingdom|state|sultanate)\s+of\s+(?:the\s+)?/i;

/**
 * A State as the African bodies name it → CountryRef, through the shared resolver, retried without the State form:
 * africanState('Republic of Senegal', w) → { code: 'SEN', name: 'Republic of Senegal' } (the source's wording kept, as the
 * contract asks); africanState('United Republic of Tanzania', w) → TZA;
 * a name that is not a State ('The African Union') is kept with code null, and a warning.
 */
export function africanState(name: string, warnings: string[]): CountryRef {
  return countryRefOf(name.trim(), warnings, name.replace(/[’‘]/g, "'").replace(STATE_FORM, ''));
}

/**
 * The States a title names after "v": one State, or a list ('Malawi, Ethiopia, Cameroon and Kenya') when every part is one;
 * otherwise the text is kept as one unresolved name, with a warning.
 */
export function africanStates(text: string, warnings: string[]): CountryRef[] {
  const whole = africanState(text, []);
  if (whole.code) return [whole];
  const parts = text.split(/\s*,\s*|\s+and\s+/).filter((p) => p !== '');
  const each = parts.map((p) => africanState(p, []));
  if (parts.length > 1 && each.every((c) => c.code !== null)) return each;
  return [africanState(text, warnings)];
}

/** The registry's status → CaseStatus: 'Finalized' → DECIDED, 'Pending' → PENDING, 'Struck out' → STRUCK_OUT, 'Transferred to Commission' → TRANSFERRED. */
export function courtCaseStatus(label: string): CaseStatus {
  const s = label.trim().toLowerCase();
  if (s === 'finalized' || s === 'finalised' || s === 'decided') return 'DECIDED';
  if (s === 'pending') return 'PENDING';
  if (s.startsWith('struck out')) return 'STRUCK_OUT';
  if (s.startsWith('transferred')) return 'TRANSFERRED';
  if (s.startsWith('withdrawn')) return 'WITHDRAWN';
  return 'OTHER';
}

/**
 * An application in the African Court's registry → Decision. The registry has no page per case: the record points at the
 * registry page. `date` is the decision date, or for a case not yet decided its filing date (so "since" queries find
 * new applications); the status is the registry's own word (caseStatusLabel).
 */
export function toCourtDecision(c: AfricanCourtCase, fetched: Fetched, pageUrl: string, warnings: string[]): Decision {
  const respondents = c.respondents.map((r) => africanState(r, warnings));
  return {
    id: `african-court:${c.id}`,
    mechanism: mechanismRefOf('af-afchpr'),
    // The registry has no title column: the title is its applicant and respondent cells, as written, joined by 'v.'.
    title: `${c.applicant} v. ${c.respondents.join(' and ')}`,
    caseNumbers: [c.id],
    respondents,
    date: c.decidedOn ?? c.filedOn,
    sourceDate: c.decisionText || null,
    kind: null,
    kindLabel: null,
    articles: [],
    ...NO_FINDINGS,
    url: null,
    languages: [],
    ...NO_CASE_TRACKING,
    caseStatus: courtCaseStatus(c.status),
    caseStatusLabel: c.status,
    provenance: provenanceFrom(AFRICAN_SYSTEM, AFRICAN_COURT_SOURCE, COURT_OWNER, fetched, pageUrl),
  };
}

/**
 * A decision named in the Commission's listing → Decision. The listing gives the title, the numbers and the page only:
 * the date, outcome and document type stay null unless another source completes them (see same-case.ts).
 */
export function toAchprDecision(c: AchprCommunication, fetched: Fetched, warnings: string[]): Decision {
  return {
    id: `achpr:${c.id}`,
    mechanism: mechanismRefOf('af-achpr'),
    title: c.title,
    caseNumbers: c.numbers,
    respondents: c.respondentText ? africanStates(c.respondentText, warnings) : [],
    date: null,
    sourceDate: null,
    kind: null,
    kindLabel: null,
    articles: [],
    ...NO_FINDINGS,
    url: c.url,
    languages: [],
    ...NO_CASE_TRACKING,
    provenance: provenanceFrom(AFRICAN_SYSTEM, ACHPR_SOURCE, COMMISSION_OWNER, fetched, c.url),
  };
}

/**
 * An IHRDA case-law entity → Decision. IHRDA writes the number before the parties ('252/02 Stephen O. Aigbe v Nigeria'),
 * the States in `country`, the decision day in `year_decided` (unix seconds), the document type and the outcome as
 * thesaurus labels (kindLabel and conclusion, wording kept). The record links to the entity's public page.
 */
export function toIhrdaDecision(
  e: UwaziEntity,
  mechanismId: string,
  source: string,
  fetched: Fetched,
  entityUrl: string,
  warnings: string[],
): Decision {
  const documentType = metadataText(e, 'type_of_document');
  return {
    id: `${source}:${e.sharedId}`,
    mechanism: mechanismRefOf(mechanismId),
    title: e.title.replace(/\s+/g, ' ').trim(),
    caseNumbers: communicationNumbers(e.title),
    respondents: metadataLabels(e, 'country').map((name) => africanState(name, warnings)),
    date: metadataDate(e, 'year_decided'),
    sourceDate: null,
    kind: documentType?.trim().toLowerCase() === 'decision' ? 'DECISION' : documentType ? 'OTHER' : null,
    kindLabel: documentType,
    articles: [],
    conclusion: metadataText(e, 'outcome')?.trim() ?? null,
    violations: [],
    nonViolations: [],
    importance: null,
    ecli: null,
    url: entityUrl,
    languages: e.language ? [e.language] : [],
    ...NO_CASE_TRACKING,
    provenance: provenanceFrom(AFRICAN_SYSTEM, source, IHRDA_OWNER, fetched, entityUrl),
  };
}

/**
 * The State(s) a mission went to: a region in brackets is read as its State, the wording kept
 * (missionStates({ country: 'Sudan (Darfur region)', stateBeforeRegion: 'Sudan' }, w) → [{ code: 'SDN', name: 'Sudan (Darfur region)' }]); two States named
 * together are two ('Uganda and Kenya' → UGA, KEN); an unknown name is kept without a code, with a warning.
 */
export function missionStates(m: Pick<AchprMission, 'country' | 'stateBeforeRegion'>, warnings: string[]): CountryRef[] {
  const state = m.stateBeforeRegion ? africanState(m.stateBeforeRegion, []) : null;
  return state?.code ? [{ code: state.code, name: m.country }] : africanStates(m.country, warnings);
}

/** The Commission's kind of mission → VisitType: fact-finding missions (protective, called for a situation) are AD_HOC, promotion missions OTHER. */
export function missionType(factFinding: boolean): VisitType {
  return factFinding ? 'AD_HOC' : 'OTHER';
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * A mission in the Commission's listing → one Visit per State visited. COMPLETED only where the listing shows the mission
 * took place: it links the mission's report, or names the mission by its report ('promotion mission (report)'); otherwise
 * the status stays null, the bracketed word ('decided') kept as statusLabel. Dates only where the listing states days
 * (a year alone fills `year`). jointWith: the other systems' mechanisms the kind's wording names ('joint visit with the UN
 * Special Rapporteur on …'); a 'joint promotion mission' names no partner. The id is the State and the first day, else the year, else the kind:
 * toAchprVisits(tanzania2023, fetched, w) → [{ id: 'achpr-missions:TZA-2023-01-23', startDate: '2023-01-23', type:
 * 'OTHER', typeLabel: 'promotion mission', … }]
 */
export function toAchprVisits(m: AchprMission, fetched: Fetched, warnings: string[]): Visit[] {
  return missionStates(m, warnings).map((country) => ({
    id: `achpr-missions:${country.code ?? slug(country.name)}-${m.startDate ?? m.year ?? slug(m.missionType)}`,
    mechanism: mechanismRefOf('af-achpr'),
    country,
    startDate: m.startDate,
    endDate: m.endDate,
    year: m.year,
    sourceDates: m.datesText,
    status: m.reportUrl || m.statusWord === 'report' ? 'COMPLETED' : null,
    statusLabel: m.statusWord,
    type: missionType(m.factFinding),
    typeLabel: m.missionType,
    mandateLabels: m.delegation,
    requestedOn: null,
    remindersOn: [],
    jointWith: jointWithIn(m.jointPartners, 'af-achpr'),
    report: m.reportUrl ? { symbol: null, title: null, url: m.reportUrl, language: m.reportLanguage } : null,
    documents: [],
    publishedOn: null,
    provenance: provenanceFrom(AFRICAN_SYSTEM, ACHPR_MISSIONS_SOURCE, COMMISSION_OWNER, fetched, m.reportUrl ?? fetched.url),
    alsoIn: [],
  }));
}
