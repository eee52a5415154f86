import type { CommunicationType } from '../../schema/types.ts';
import { monthOfAbbreviation, englishMonth } from '../_kit/months.ts';
import { calendarDay } from '../_kit/dates.ts';
import type { SpCommRow } from './parse.ts';

/** A special-procedures communication as the listing gives it, its wording kept and its type and date read. */
export interface SpCommunicationRecord {
  gId: string;
  /** Type and reference as the site prints them together: 'JAL AUS 2/2026'. */
  code: string;
  /** The reference without the type: 'AUS 2/2026'; '' when the row has none. */
  reference: string;
  /**
   * What the reference's prefix says of the addressee: an ISO 3166 alpha-3 code for a State ('AUS'), 'OTH' for a
   * company or another non-State addressee, null when the reference has no such prefix.
   */
  referencePrefix: string | null;
  communicationType: CommunicationType;
  /** The type as printed ('JAL'); '' when the row prints none. */
  typeLabel: string;
  /** YYYY-MM-DD when the printed date is readable, else null. */
  date: string | null;
  /** The date as printed ('27 Feb 2026'); null when the row prints none. */
  sourceDate: string | null;
  /** To whom it was sent, as printed; null when the row names no one. */
  addressee: string | null;
  mandates: string[];
  summary: string | null;
  /** The communication's file (the letter itself) on the site; null when the row links none. */
  documentUrl: string | null;
}

/** The site's abbreviations and their meaning; a joint communication (several mandates) is the same type, prefixed J. */
const TYPES: Record<string, { type: CommunicationType; words: string }> = {
  AL: { type: 'ALLEGATION_LETTER', words: 'allegation letter' },
  UA: { type: 'URGENT_APPEAL', words: 'urgent appeal' },
  OL: { type: 'OTHER_LETTER', words: 'other letter' },
};

/** 'J' before an abbreviation ('jal'), or the word 'joint' before a type. */
const JOINT = /^(?:j(?=(?:al|ua|ol)$)|joint )/;

/**
 * The type's abbreviation, in any case and spacing, abbreviated or spelt out: typeCodeOf(' jal ') === 'JAL';
 * typeCodeOf('Joint  urgent appeal') === 'JUA'; typeCodeOf('UA') === 'UA'; typeCodeOf('PR') === null (not a type the site is known to send).
 */
export function typeCodeOf(label: string): string | null {
  const words = label.trim().replace(/\s+/g, ' ').toLowerCase();
  const joint = JOINT.test(words) ? 'J' : '';
  const rest = words.replace(JOINT, '');
  const code = Object.keys(TYPES).find((k) => rest === k.toLowerCase() || rest === TYPES[k].words);
  return code ? `${joint}${code}` : null;
}

/**
 * communicationTypeOf('JAL') === 'ALLEGATION_LETTER'; communicationTypeOf('joint urgent appeal') === 'URGENT_APPEAL';
 * communicationTypeOf('JOL') === 'OTHER_LETTER'; a type the site is not known to send is OTHER (its label is kept beside it).
 */
export function communicationTypeOf(label: string): CommunicationType {
  const code = typeCodeOf(label);
  return code ? TYPES[code.replace(/^J/, '')].type : 'OTHER';
}

/**
 * A date as the listing prints it → YYYY-MM-DD, or null when it is not a day the reader knows how to read:
 * dayOf('27 Feb 2026') === '2026-02-27'; dayOf('1 December 2025') === '2025-12-01'; dayOf('2026-02-27') === '2026-02-27';
 * dayOf('27/02/2026') === '2026-02-27' (the UN writes the day first); dayOf('31 Feb 2026') === null.
 */
export function dayOf(printed: string): string | null {
  const text = printed.trim();
  let m: RegExpExecArray | null;
  let parts: [year: string, month: number | undefined, day: string] | null = null;
  if ((m = /^(\d{1,2})[\s./-]+([a-z]{3,})\.?[\s./-]+(\d{4})$/i.exec(text))) parts = [m[3], monthNamed(m[2]), m[1]];
  else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text))) parts = [m[1], Number(m[2]), m[3]];
  else if ((m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text))) parts = [m[3], Number(m[2]), m[1]];
  if (!parts?.[1]) return null;
  return calendarDay(parts[0], parts[1], parts[2]);
}

/** monthNamed('Feb') === 2; monthNamed('February') === 2; monthNamed('Sept') === 9; monthNamed('Febr') === undefined */
function monthNamed(name: string): number | undefined {
  return englishMonth(name) ?? monthOfAbbreviation(name) ?? (/^sept$/i.test(name) ? 9 : undefined);
}

/** The page's link to the file, made absolute against the site root (or the replay mount) it was read from. */
function absolute(href: string, baseUrl: string): string {
  if (/^https?:\/\//i.test(href)) return href;
  return `${baseUrl}${href.startsWith('/') ? '' : '/'}${href}`;
}

/**
 * A listing row → SpCommunicationRecord:
 * toSpCommunicationRecord({ gId: '30774', date: '27 Feb 2026', addressee: 'Australia', type: 'JAL', reference: 'AUS
 * 2/2026', … }, 'https://spcommreports.ohchr.org')
 * → { code: 'JAL AUS 2/2026', referencePrefix: 'AUS', communicationType: 'ALLEGATION_LETTER', typeLabel: 'JAL', date: '2026-02-27',
 *     documentUrl: 'https://spcommreports.ohchr.org/TMResultsBase/DownLoadPublicCommunicationFile?gId=30774', … }
 * A reference printed with its type ('JAL AUS 2/2026') gives the type when the type cell is missing, and is not doubled in the code.
 */
export function toSpCommunicationRecord(row: SpCommRow, baseUrl: string): SpCommunicationRecord {
  const squeezed = (s: string) => s.trim().replace(/\s+/g, ' ');
  const printed = squeezed(row.reference);
  const typed = /^([A-Z]{1,4})\s+([A-Z]{3}\s*\d.*)$/i.exec(printed);
  const typeLabel = squeezed(row.type) || (typed ? typed[1] : '');
  const reference = typed ? typed[2] : printed;
  const typePrefix = typeCodeOf(typeLabel) ?? typeLabel;
  return {
    gId: row.gId,
    code: [typePrefix, reference].filter(Boolean).join(' ') || `gId ${row.gId}`,
    reference,
    referencePrefix: /^([A-Z]{3})\s*\d/i.exec(reference)?.[1].toUpperCase() ?? null,
    communicationType: communicationTypeOf(typeLabel),
    typeLabel,
    date: dayOf(row.date),
    sourceDate: squeezed(row.date) || null,
    addressee: squeezed(row.addressee) || null,
    mandates: row.mandates.map(squeezed).filter(Boolean),
    summary: squeezed(row.summary) || null,
    documentUrl: row.documentHref ? absolute(row.documentHref, baseUrl) : null,
  };
}
