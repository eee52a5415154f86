import type {
  CountryRef,
  Decision,
  Provenance,
  Recommendation,
  SdgRef,
  StatePosition,
  StatePositionValue,
  Visit,
} from '../../schema/types.ts';
import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import type { UhriRecord } from '../../adapters/uhri/index.ts';
import type { TbJurisRecord } from '../../adapters/tbinternet/index.ts';
import type { SpStandingInvitationRecord, SpVisitRecord } from '../../adapters/spinternet/index.ts';
import { isSpecialProcedureBody } from '../../adapters/uhri/map.ts';
import { themeCodeOfLabel } from '../../schema/reference/themes.ts';
import { isoFromName } from '../../schema/reference/countries.ts';
import { mechanismByAcronym, mechanismById, mechanismRef, type Mechanism } from '../../schema/reference/mechanisms.ts';
import { provenanceFrom } from '../_shared/provenance.ts';
import { jointWithIn } from '../_shared/joint-with.ts';
import { NO_CASE_TRACKING, NO_FINDINGS } from '../_shared/contract-defaults.ts';
import type { RecommendationText } from '../_shared/local-filters.ts';
import { sdgCodeOf } from '../../adapters/_kit/sdg.ts';
import { UHRI_SOURCE } from '../../adapters/uhri/config.ts';
import { SOURCE as TBINTERNET_SOURCE } from '../../adapters/tbinternet/config.ts';
import { SOURCE as SPINTERNET_SOURCE } from '../../adapters/spinternet/config.ts';

/**
 * A UHRI annotation as a contract Recommendation, UHRI's own labels kept beside every normalized value.
 * toRecommendation(peruCrcRecord, fetched) → { id: 'uhri:a9ceae8c-…', mechanism: { id: 'un-crc', … }, mechanismLabel: 'CRC',
 * issuedOn: '2025-02-12', countries: [{ code: 'PER', name: 'Peru' }], sdgs: [{ code: '16.2', label: '16.2 - Protect children …' }, …], … }
 */
export function toRecommendation(r: UhriRecord, fetched: Fetched): Recommendation {
  return {
    ...uhriTextFields(r),
    id: `uhri:${r.annotationId}`,
    issuedOn: r.publicationDate,
    sourceDate: r.sourceDate,
    countries: r.countries.map(countryRef),
    themes: r.themes.map((label) => ({ code: themeCodeOfLabel(label) ?? null, label })),
    sdgs: r.sdgs.map(sdgRef),
    statePosition: statePosition(r.uprPositions[0]),
    recommendingStates: r.uprRecommendingCountries.map(countryRef),
    uprCycle: r.uprCycle,
    uprSession: r.uprSessions.length > 0 ? r.uprSessions.join(', ') : null,
    followUp: null,
    provenance: provenanceFrom('UN', UHRI_SOURCE, 'OHCHR', fetched, recordUrl(r)),
  };
}

/** The fields of a UHRI annotation that text is searched in, mapped once for the record and for the index scan (sources/uhri.ts). */
export function uhriTextFields(r: UhriRecord): RecommendationText {
  return {
    text: r.text,
    mechanism: mechanismRef(uhriMechanism(r.body)),
    mechanismLabel: r.body,
    annotationType: r.annotationType,
    affectedPersons: r.affectedPersons,
    document: r.symbol ? { symbol: r.symbol, title: null, url: null, language: 'en' } : null,
    followUp: null,
  };
}

/**
 * The hub's mechanism for a UHRI Body. Treaty bodies and the UPR go by acronym (CRC → un-crc, UPR → un-upr).
 * UHRI names special procedures by mandate ("SR Torture", "WG Arbitrary detention", "IE …"), and the hub
 * has one mechanism for them all, un-sp. A Body that is neither a known acronym nor one of those forms is
 * still most likely a mandate (treaty bodies and the UPR are a closed list, mandates are not), so it falls
 * back to un-sp too, with UHRI's name kept in mechanismLabel and a warning (recommendationWarnings).
 */
export function uhriMechanism(body: string): Mechanism {
  const known = isSpecialProcedureBody(body) ? undefined : mechanismByAcronym('UN', body);
  return known ?? (mechanismById('un-sp') as Mechanism);
}

/** Things kept but not understood in a mapped record, for the page's warnings. */
export function recommendationWarnings(rec: Recommendation): string[] {
  const warnings = [...rec.countries, ...rec.recommendingStates]
    .filter((c) => c.code === null)
    .map((c) => `UHRI country name "${c.name}" is not in ISO 3166; kept with code null`);
  if (rec.mechanism.id === 'un-sp' && !/^(SR|WG|IE) /.test(rec.mechanismLabel))
    warnings.push(
      `UHRI body "${rec.mechanismLabel}" is not a known treaty body, the UPR or a special-procedure mandate; grouped under un-sp`,
    );
  return warnings;
}

/** countryRef('Türkiye') → { code: 'TUR', name: 'Türkiye' }; countryRef('Kosovo*') → { code: null, name: 'Kosovo*' } */
export function countryRef(name: string): CountryRef {
  return { code: isoFromName(name) ?? null, name };
}

/**
 * sdgRef('16.2 - Protect children …').code === '16.2'; sdgRef('16.a - Strong institutions …').code === '16.a';
 * sdgRef('11 - SUSTAINABLE CITIES AND COMMUNITIES').code === '11'
 */
export function sdgRef(label: string): SdgRef {
  return { code: sdgCodeOf(label), label };
}

const POSITIONS: Record<string, StatePositionValue> = { supported: 'SUPPORTED', noted: 'NOTED', 'not supported': 'NOT_SUPPORTED' };

/**
 * The State's position on a UPR recommendation from its label (UHRI's first UprPositions, a thematic list's position),
 * and where it was given where the source says: statePosition('Noted') → { value: 'NOTED', label: 'Noted', source: null }
 */
export function statePosition(label: string | undefined | null, source: string | null = null): StatePosition | null {
  return label == null ? null : { value: POSITIONS[label.trim().replace(/\s+/g, ' ').toLowerCase()] ?? 'UNKNOWN', label, source };
}

/**
 * The record on UHRI's site: the document page https://uhri.ohchr.org/en/document/<DocumentId> (the URL form that
 * UHRI-based tools link to); null for a record without one, rather than UHRI's generic search page, which is no
 * record's own page.
 */
function recordUrl(r: UhriRecord): string | null {
  return r.documentId ? `https://uhri.ohchr.org/en/document/${r.documentId}` : null;
}

const LANGUAGE_CODES: Record<string, string> = { english: 'en', french: 'fr', spanish: 'es', russian: 'ru', arabic: 'ar', chinese: 'zh' };

/** languageCode('English') === 'en'; a language without a code here is kept as written. */
export function languageCode(name: string): string {
  return LANGUAGE_CODES[name.trim().toLowerCase()] ?? name.trim();
}

/**
 * A decision listed by the Treaty Body Database as a contract Decision; the symbol is its id, and the
 * Download.aspx page (its language versions) its url. languages is the grid's language until the source reads
 * Download.aspx. A discontinuance is a decision whose case was struck out.
 * toTbDecision(mjamo, fetched, warnings) → { id: 'tbinternet:CAT/C/40/D/293/2006', mechanism: { id: 'un-cat', … },
 *   caseNumbers: ['293/2006'], respondents: [{ code: 'CAN', name: 'Canada' }, { code: 'MEX', name: 'Mexico' }], date: '2008-05-09', languages: ['en'], … }
 * Returns null (with a warning) for a treaty acronym the hub does not know.
 */
export function toTbDecision(r: TbJurisRecord, fetched: Fetched, url: string, warnings: string[]): Decision | null {
  const mechanism = mechanismByAcronym('UN', r.treaty);
  if (!mechanism) {
    warnings.push(`tbinternet: treaty "${r.treaty}" of ${r.symbol} is not a treaty body the hub knows; the decision was left out`);
    return null;
  }
  const respondents = r.states.map(countryRef);
  for (const c of respondents)
    if (c.code === null) warnings.push(`tbinternet country name "${c.name}" is not in ISO 3166; kept with code null`);
  return {
    id: `tbinternet:${r.symbol}`,
    mechanism: mechanismRef(mechanism),
    title: r.title,
    caseNumbers: r.communicationNumber ? [r.communicationNumber] : [],
    respondents,
    date: r.date,
    sourceDate: r.date ? null : r.dateText || null,
    kind: r.kind,
    kindLabel: r.kindLabel,
    articles: [],
    ...NO_FINDINGS,
    url,
    languages: r.language ? [languageCode(r.language)] : [],
    ...NO_CASE_TRACKING,
    ...(r.discontinued && { caseStatus: 'STRUCK_OUT' as const, caseStatusLabel: r.kindLabel }),
    provenance: provenanceFrom('UN', TBINTERNET_SOURCE, 'OHCHR', fetched, url),
  };
}

/** 'Special Rapporteur on the right to food' → 'special-rapporteur-on-the-right-to-food' */
function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A special-procedures country visit as a contract Visit: every mandate is the hub's un-sp mechanism, its own
 * name kept in mandateLabels (and in the id). jointWith names the other systems' mechanisms the type's wording names
 * ("official visit (joint visit with the IACHR Special Rapporteur …)"); a visit joint with other UN mandates only is
 * un-sp's own, so its jointWith is [] (the partners stay in typeLabel).
 * toSpVisit({ country: 'Mexico', mandate: 'Special Rapporteur on the right to food', statusLabel: 'completed', typeLabel: 'mission',
 *   startDate: '2011-06-13', endDate: '2011-06-20', year: 2011, reportSymbol: null, reportLabel: '' }, fetched, url)
 * → { id: 'spinternet:special-rapporteur-on-the-right-to-food:mexico:2011-06-13', country: { code: 'MEX', name: 'Mexico' },
 *     status: 'COMPLETED', statusLabel: 'completed', type: 'ON_SITE', typeLabel: 'mission', jointWith: [], report: null, … }
 */
export function toSpVisit(r: SpVisitRecord, fetched: Fetched, url: string): Visit {
  const when = r.startDate ?? (r.year !== null ? String(r.year) : 'undated');
  return {
    id: `spinternet:${slug(r.mandate)}:${slug(r.country)}:${when}`,
    mechanism: mechanismRef(mechanismById('un-sp') as Mechanism),
    country: countryRef(r.country),
    startDate: r.startDate,
    endDate: r.endDate,
    year: r.year,
    sourceDates: r.sourceDates,
    status: r.status,
    statusLabel: r.statusLabel || null,
    type: r.type,
    typeLabel: r.typeLabel || null,
    mandateLabels: r.mandate ? [r.mandate] : [],
    requestedOn: null,
    remindersOn: [],
    jointWith: jointWithIn(r.jointPartners, 'un-sp'),
    report: r.reportSymbol ? { symbol: r.reportSymbol, title: null, url: null, language: 'en' } : null,
    documents: [],
    publishedOn: null,
    provenance: provenanceFrom('UN', SPINTERNET_SOURCE, 'OHCHR', fetched, url),
    alsoIn: [],
  };
}

/** A State's standing invitation to the special procedures (subgraphs/un/own.graphql, StandingInvitation). */
export interface StandingInvitation {
  country: CountryRef;
  since: string | null;
  sinceLabel: string | null;
  extendedTo: string | null;
  provenance: Provenance;
}

/**
 * The standing invitation of the State `code` (ISO alpha-3) from the page's rows, or null when the page does not list it.
 * A State listed more than once keeps its earliest date (a row without a readable date comes last); no date is guessed.
 * toStandingInvitation(records, 'MEX', fetched, url) → { country: { code: 'MEX', name: 'Mexico' }, since: '2003-01', sinceLabel: '2003-01',
 *   extendedTo: 'thematic mechanisms of the Commission on Human Rights', provenance: { source: 'spinternet', owner: 'OHCHR', sourceUrl: url, … } }
 */
export function toStandingInvitation(
  records: SpStandingInvitationRecord[],
  code: string,
  fetched: Fetched,
  url: string,
): StandingInvitation | null {
  const earliest = records
    .filter((r) => isoFromName(r.country) === code)
    .reduce<SpStandingInvitationRecord | null>(
      (best, r) => (best === null || (r.since !== null && (best.since === null || r.since < best.since)) ? r : best),
      null,
    );
  return (
    earliest && {
      country: countryRef(earliest.country),
      since: earliest.since,
      sinceLabel: earliest.sinceLabel,
      extendedTo: earliest.extendedTo,
      provenance: provenanceFrom('UN', SPINTERNET_SOURCE, 'OHCHR', fetched, url),
    }
  );
}
