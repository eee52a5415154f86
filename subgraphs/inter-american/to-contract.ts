import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import { CORTEIDH_SOURCE, type CorteIdhJudgment } from '../../adapters/corteidh/index.ts';
import type { IachrDecisionListing, IachrDecisionRecord, IachrPrecautionaryRecord, IachrVisitRecord } from '../../adapters/iachr/index.ts';
import {
  metadataDate,
  metadataLabels,
  metadataText,
  namesProvisionalMeasures,
  seriesOf,
  type UwaziEntity,
} from '../../adapters/uwazi/index.ts';
import { mechanismRefOf } from '../../schema/reference/mechanisms.ts';
import type { Communication, Decision, DecisionKind, Visit, VisitType } from '../../schema/types.ts';
import { countryRefOf } from '../_shared/country-ref.ts';
import { NO_CASE_TRACKING, NO_FINDINGS, NO_VISIT_DETAILS } from '../_shared/contract-defaults.ts';
import { provenanceFrom } from '../_shared/provenance.ts';

export const IA_SYSTEM = 'INTER_AMERICAN' as const;
const IACHR_OWNER = 'Organization of American States';
export const COURT_OWNER = 'Inter-American Court of Human Rights';
const SUMMA_OWNER = 'Center for Justice and International Law (CEJIL), SUMMA';

/**
 * The Court writes States in Spanish; the ones whose Spanish name is not their ISO name once accents are dropped.
 * (To move into schema/reference/countries.ts ALIASES; México, Perú, Panamá, Haití already resolve there.)
 */
/** The Court's public page of a judgment is its PDF; the first judgment document as listed, else the first document. */
function courtUrl(j: CorteIdhJudgment): string | null {
  return (j.documents.find((d) => d.kind === 'judgment') ?? j.documents[0])?.url ?? null;
}

/**
 * A Series C judgment → Decision, in the Court's Spanish: title 'Caso Angulo Losada Vs. Bolivia', kindLabel the act
 * ('Excepciones Preliminares, Fondo y Reparaciones'), series 'Series C No. 475', languages those of its documents.
 */
export function toCourtDecision(j: CorteIdhJudgment, fetched: Fetched, warnings: string[]): Decision {
  const url = courtUrl(j);
  const languages = [...new Set(j.documents.map((d) => d.language).filter((l): l is string => l !== null))];
  return {
    id: `corteidh:${j.id}`,
    mechanism: mechanismRefOf('ia-iacthr'),
    title: `Caso ${j.caseName} Vs. ${j.state}`,
    caseNumbers: [],
    respondents: j.state ? [countryRefOf(j.state, warnings)] : [],
    date: j.date,
    sourceDate: j.sourceDate,
    kind: 'JUDGMENT',
    kindLabel: j.act,
    articles: [],
    ...NO_FINDINGS,
    url,
    languages: languages.length > 0 ? languages : [j.language],
    ...NO_CASE_TRACKING,
    series: `Series C No. ${j.seriesNumber}`,
    provenance: provenanceFrom(IA_SYSTEM, CORTEIDH_SOURCE, COURT_OWNER, fetched, url),
  };
}

const LISTING_KINDS: Record<IachrDecisionListing, DecisionKind> = {
  merits: 'MERITS',
  admissibility: 'ADMISSIBILITY',
  inadmissibility: 'INADMISSIBILITY',
  friendly: 'FRIENDLY_SETTLEMENT',
};

/**
 * An IACHR decision → Decision. The listing gives only the year, so date is null and sourceDate the year; the first
 * PDF (else the first document) is the record's URL; languages are its documents' (Spanish for the 2016 on summaries).
 */
export function toIachrDecision(
  r: IachrDecisionRecord & { listing: IachrDecisionListing },
  fetched: Fetched,
  warnings: string[],
): Decision {
  const main = r.documents.find((d) => /\.pdf$/i.test(d.url)) ?? r.documents[0];
  const url = main?.url ?? null;
  return {
    id: `iachr-decisions:${r.report.replace(/^Report No\. ?/, '')}`,
    mechanism: mechanismRefOf('ia-iachr'),
    title: [r.report, ...r.caseNumbers, r.title].filter(Boolean).join(', '),
    caseNumbers: r.caseNumbers,
    respondents: r.country ? [countryRefOf(r.country, warnings)] : [],
    date: null,
    sourceDate: String(r.year),
    kind: LISTING_KINDS[r.listing],
    kindLabel: r.listing,
    articles: [],
    ...NO_FINDINGS,
    url,
    languages: [...new Set(r.documents.map((d) => d.language).filter((l): l is string => l !== null))],
    ...NO_CASE_TRACKING,
    provenance: provenanceFrom(IA_SYSTEM, 'iachr-decisions', IACHR_OWNER, fetched, url),
  };
}

/**
 * A precautionary measure → Communication of type PRECAUTIONARY_MEASURE, not Decision: a measure is an urgent request
 * to a State to protect named persons (granted, extended, lifted), the same act as a special procedure's urgent appeal,
 * and it carries no case, respondent judgment or merits; its MC number is its code and its beneficiaries the summary.
 */
export function toPrecautionaryCommunication(
  r: IachrPrecautionaryRecord,
  fetched: Fetched,
  listingUrl: string,
  warnings: string[],
): Communication {
  return {
    id: `iachr-precautionary:${r.code}${r.resolution && r.resolution !== r.code ? `:${r.resolution}` : ''}`,
    code: r.code,
    communicationType: 'PRECAUTIONARY_MEASURE',
    typeLabel: r.decision ? `Precautionary measure (${r.decision})` : 'Precautionary measure',
    mechanisms: [mechanismRefOf('ia-iachr')],
    mandateLabels: [],
    countries: r.country ? [countryRefOf(r.country, warnings)] : [],
    addressees: r.country ? [r.country] : [],
    date: r.date,
    sourceDate: r.sourceDate,
    summary: r.beneficiaries,
    replyReceived: null,
    documents: r.resolution ? [{ symbol: r.resolution, title: null, url: null, language: 'en' }] : [],
    provenance: provenanceFrom(IA_SYSTEM, 'iachr-precautionary', IACHR_OWNER, fetched, listingUrl),
  };
}

const VISIT_TYPES: Record<string, VisitType> = { 'on-site visit': 'ON_SITE', 'in loco visit': 'ON_SITE', 'working visit': 'WORKING' };

/**
 * Visits from the rapporteurships' pages → one Visit per State and dates (the Brazil visit of 5–12 November 2018 is
 * on two pages). The pages list visits held, without a status word, so status stays null.
 */
export function toIachrVisits(rows: readonly { record: IachrVisitRecord; fetched: Fetched }[], warnings: string[]): Visit[] {
  const visits = new Map<string, Visit>();
  for (const { record: r, fetched } of rows) {
    const country = countryRefOf(r.country, warnings);
    const key = `${country.code ?? country.name}-${r.startDate ?? r.sourceDates ?? r.text}`;
    if (visits.has(key)) continue;
    visits.set(key, {
      id: `iachr-visits:${key}`,
      mechanism: mechanismRefOf('ia-iachr'),
      country,
      startDate: r.startDate,
      endDate: r.endDate,
      year: r.startDate ? Number(r.startDate.slice(0, 4)) : null,
      sourceDates: r.sourceDates,
      status: null,
      statusLabel: null,
      type: VISIT_TYPES[r.kind.toLowerCase()] ?? 'OTHER',
      typeLabel: r.kind,
      ...NO_VISIT_DETAILS,
      publishedOn: null,
      provenance: provenanceFrom(IA_SYSTEM, 'iachr-visits', IACHR_OWNER, fetched, r.page),
      alsoIn: [],
    });
  }
  return [...visits.values()];
}

/** What a SUMMA template holds: Court judgments, Court or Presidency resolutions, or IACHR admissibility reports. */
export type SummaRole = 'judgment' | 'court-order' | 'president-order' | 'admissibility';

/** One SUMMA template as the hub reads it: its source name, its Uwazi id, its own name and what it holds. */
export interface SummaTemplate {
  source: string;
  template: string;
  /** The template's name on SUMMA ('Resolución de la CorteIDH'), kept as the decision's kindLabel. */
  name: string;
  role: SummaRole;
}

/** An order is a provisional measure when its `tipo` says so ('Medidas Provisionales'), else it is another order. */
function summaKind(role: SummaRole, provisionalMeasures: boolean): DecisionKind {
  if (role === 'judgment') return 'JUDGMENT';
  if (role === 'admissibility') return 'ADMISSIBILITY';
  return provisionalMeasures ? 'PROVISIONAL_MEASURE' : 'OTHER';
}

/**
 * A SUMMA entity (CEJIL's Uwazi) → Decision, in the entity's own words and language: the title as SUMMA writes it
 * ('Alvarado Reyes et al. Order of the President. April 1, 2011'), the State from `pa_s`, the day from `fecha` (unix
 * seconds), the series from `n_mero` ('C-113' → 'Series C No. 113'), and kindLabel the template's name with its `tipo`
 * labels ('Resolución de Presidencia: Medidas Provisionales'). Admissibility reports are the IACHR's, the rest the Court's.
 */
export function toSummaDecision(e: UwaziEntity, t: SummaTemplate, fetched: Fetched, entityUrl: string, warnings: string[]): Decision {
  const tipo = metadataLabels(e, 'tipo');
  return {
    id: `${t.source}:${e.sharedId}`,
    mechanism: mechanismRefOf(t.role === 'admissibility' ? 'ia-iachr' : 'ia-iacthr'),
    title: e.title.replace(/\s+/g, ' ').trim(),
    caseNumbers: [],
    respondents: metadataLabels(e, 'pa_s').map((name) => countryRefOf(name, warnings)),
    date: metadataDate(e, 'fecha'),
    sourceDate: null,
    kind: summaKind(t.role, namesProvisionalMeasures(tipo)),
    kindLabel: tipo.length > 0 ? `${t.name}: ${tipo.join(', ')}` : t.name,
    articles: [],
    ...NO_FINDINGS,
    url: entityUrl,
    languages: e.language ? [e.language] : [],
    ...NO_CASE_TRACKING,
    series: t.role === 'judgment' ? seriesOf(metadataText(e, 'n_mero')) : null,
    provenance: provenanceFrom(IA_SYSTEM, t.source, SUMMA_OWNER, fetched, entityUrl),
  };
}
