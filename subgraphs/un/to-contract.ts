import type { CountryRef, Recommendation, SdgRef, StatePosition, StatePositionValue } from '../../schema/types.ts';
import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import type { UhriRecord } from '../../adapters/uhri/index.ts';
import { isSpecialProcedureBody } from '../../adapters/uhri/map.ts';
import { themeCodeOfLabel } from '../../schema/reference/themes.ts';
import { isoFromName } from '../../schema/reference/countries.ts';
import { mechanismByAcronym, mechanismById, mechanismRef, type Mechanism } from '../../schema/reference/mechanisms.ts';
import { provenanceFrom } from '../_shared/provenance.ts';

/** UHRI's search page: the record link for annotations whose document UHRI does not identify. */
const UHRI_SEARCH_PAGE = 'https://uhri.ohchr.org/en/search-human-rights-recommendations';

/**
 * A UHRI annotation as a contract Recommendation, UHRI's own labels kept beside every normalized value.
 * toRecommendation(peruCrcRecord, fetched) → { id: 'uhri:a9ceae8c-…', mechanism: { id: 'un-crc', … }, mechanismLabel: 'CRC',
 * issuedOn: '2025-02-12', countries: [{ code: 'PER', name: 'Peru' }], sdgs: [{ code: '16.2', label: '16.2 - Protect children …' }, …], … }
 */
export function toRecommendation(r: UhriRecord, fetched: Fetched): Recommendation {
  return {
    id: `uhri:${r.annotationId}`,
    text: r.text,
    issuedOn: r.publicationDate,
    sourceDate: r.sourceDate,
    mechanism: mechanismRef(uhriMechanism(r.body)),
    mechanismLabel: r.body,
    annotationType: r.annotationType,
    countries: r.countries.map(countryRef),
    themes: r.themes.map((label) => ({ code: themeCodeOfLabel(label) ?? null, label })),
    sdgs: r.sdgs.map(sdgRef),
    affectedPersons: r.affectedPersons,
    document: r.symbol ? { symbol: r.symbol, title: null, url: null, language: 'en' } : null,
    statePosition: statePosition(r.uprPositions),
    recommendingStates: r.uprRecommendingCountries.map(countryRef),
    uprCycle: r.uprCycle,
    uprSession: r.uprSessions.length > 0 ? r.uprSessions.join(', ') : null,
    followUp: null,
    provenance: provenanceFrom('UN', 'uhri', 'OHCHR', fetched, recordUrl(r)),
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
    warnings.push(`UHRI body "${rec.mechanismLabel}" is not a known treaty body, the UPR or a special-procedure mandate; grouped under un-sp`);
  return warnings;
}

/** countryRef('Türkiye') → { code: 'TUR', name: 'Türkiye' }; countryRef('Kosovo*') → { code: null, name: 'Kosovo*' } */
function countryRef(name: string): CountryRef {
  return { code: isoFromName(name) ?? null, name };
}

/** sdgRef('16.2 - Protect children …').code === '16.2'; sdgRef('16.a - Strong institutions …').code === '16.a'; sdgRef('11 - SUSTAINABLE CITIES AND COMMUNITIES').code === '11' */
function sdgRef(label: string): SdgRef {
  return { code: label.match(/^(\d{1,2}(?:\.[0-9a-z]{1,2})?)\s+-\s/i)?.[1] ?? null, label };
}

const POSITIONS: Record<string, StatePositionValue> = { supported: 'SUPPORTED', noted: 'NOTED', 'not supported': 'NOT_SUPPORTED' };

/** The State's position on a UPR recommendation from UprPositions (the first, when several are given): ['Noted'] → { value: 'NOTED', label: 'Noted' } */
function statePosition(positions: string[]): StatePosition | null {
  const label = positions[0];
  return label === undefined ? null : { value: POSITIONS[label.trim().toLowerCase()] ?? 'UNKNOWN', label };
}

/**
 * The record on UHRI's site: the document page https://uhri.ohchr.org/en/document/<DocumentId> (the URL form that
 * UHRI-based tools link to), else the search page, as scrapers of the export do.
 */
function recordUrl(r: UhriRecord): string {
  return r.documentId ? `https://uhri.ohchr.org/en/document/${r.documentId}` : UHRI_SEARCH_PAGE;
}
