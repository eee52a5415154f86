import { isPlausibleDate } from '../_kit/sanity.ts';
import { decodeEntities } from '../_kit/html.ts';
import type { UhriExportRecord } from './parse.ts';

/**
 * One UHRI annotation, typed, in the source's wording: labels without their "- " bullet, dates as YYYY-MM-DD.
 * From the real CRC record: { annotationId: 'a9ceae8c-…', body: 'CRC', annotationType: 'Concerns/Observations',
 * countries: ['Peru'], publicationDate: '2025-02-12', symbol: 'CRC/C/PER/CO/6-7', … }.
 */
export interface UhriRecord {
  annotationId: string;
  /** "Recommendations", "Concerns/Observations", … */
  annotationType: string | null;
  /** UHRI's name for the body: CRC, CESCR, UPR, SR Torture, WG Arbitrary detention, … */
  body: string;
  countries: string[];
  documentId: string | null;
  /** The document's publication date (YYYY-MM-DD); null when absent or impossible (then see sourceDate). */
  publicationDate: string | null;
  /** The export's PublicationDate text when it could not be used as a date. */
  sourceDate: string | null;
  /** When UHRI published the annotation (PublicationDateOnUhri, as given). */
  publishedOnUhri: string | null;
  regions: string[];
  sdgs: string[];
  symbol: string | null;
  /** Plain text: the export's HTML tags removed and entities decoded. */
  text: string;
  themes: string[];
  affectedPersons: string[];
  uprCycle: string | null;
  uprPositions: string[];
  uprRecommendingCountries: string[];
  uprRecommendingRegions: string[];
  uprSessions: string[];
}

/** The bodies UHRI names by acronym: the treaty bodies and the UPR. Every other Body is a special-procedure mandate. */
export const UHRI_TREATY_AND_UPR_BODIES: ReadonlySet<string> = new Set([
  'CCPR',
  'CESCR',
  'CAT',
  'SPT',
  'CERD',
  'CEDAW',
  'CRC',
  'CRPD',
  'CED',
  'CMW',
  'UPR',
]);

/**
 * UHRI names special procedures by mandate, not acronym: isSpecialProcedureBody('SR Torture') === true,
 * isSpecialProcedureBody('WG Arbitrary detention') === true, isSpecialProcedureBody('CRC') === false.
 */
export function isSpecialProcedureBody(body: string): boolean {
  return !UHRI_TREATY_AND_UPR_BODIES.has(body.trim().toUpperCase());
}

/** A UHRI label without its bullet and stray spaces: uhriLabel('- Concerns/Observations') === 'Concerns/Observations' */
export function uhriLabel(value: string): string {
  return value.replace(/^[\s\u00a0]*-\s+/, '').replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, '');
}

/** Raw export record → UhriRecord; mapUhriRecord(peruRecord).publicationDate === '2025-02-12' */
export function mapUhriRecord(raw: UhriExportRecord): UhriRecord {
  const date = raw.PublicationDate?.slice(0, 10) ?? null;
  return {
    annotationId: raw.AnnotationId.trim(),
    annotationType: optionalLabel(raw.AnnotationType),
    body: optionalLabel(raw.Body) ?? '',
    countries: labels(raw.Countries),
    documentId: raw.DocumentId?.trim() || null,
    publicationDate: isPlausibleDate(date) ? date : null,
    sourceDate: raw.PublicationDate && !isPlausibleDate(date) ? raw.PublicationDate : null,
    publishedOnUhri: raw.PublicationDateOnUhri ?? null,
    regions: labels(raw.Regions),
    sdgs: labels(raw.Sdgs),
    symbol: raw.Symbol?.trim() || null,
    text: plainText(raw.Text ?? ''),
    themes: labels(raw.Themes),
    affectedPersons: labels(raw.AffectedPersons),
    uprCycle: raw.UprCycle === null || raw.UprCycle === undefined || raw.UprCycle === '' ? null : uhriLabel(String(raw.UprCycle)),
    uprPositions: labels(raw.UprPositions),
    uprRecommendingCountries: labels(raw.UprRecommendingCountry),
    uprRecommendingRegions: labels(raw.UprRecommendingRegions),
    uprSessions: labels(raw.UprSession),
  };
}

/**
 * The export's Text may be HTML ("<p>45. The Committee requests …</p>"): block ends become line breaks,
 * other tags go, entities are decoded. plainText('<p>a &amp; b</p><p>c</p>') === 'a & b\nc'
 */
export function plainText(html: string): string {
  return decodeEntities(html.replace(/<(?:br|\/p|\/div|\/h[1-6]|\/li|\/tr)[^>]*>/gi, '\n').replace(/<[^>]+>/g, ''))
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function optionalLabel(value: string | null | undefined): string | null {
  return value ? uhriLabel(value) || null : null;
}

/** A list field as labels, dropping anything that is not a non-empty string. */
function labels(value: unknown[] | null | undefined): string[] {
  return (Array.isArray(value) ? value : [])
    .filter((v): v is string => typeof v === 'string')
    .map(uhriLabel)
    .filter((v) => v !== '');
}
