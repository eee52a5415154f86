import { decodeEntities } from '../entities.ts';

/**
 * A source label as plain text: HTML entities decoded (text extracted from OHCHR's .docx keeps "&amp;"),
 * runs of whitespace (no-break spaces included) made one space, ends trimmed.
 * cleanLabel(' Refugees &amp; asylum seekers\u00a0') === 'Refugees & asylum seekers'
 */
export function cleanLabel(label: string): string {
  return decodeEntities(label).replace(/\s+/g, ' ').trim();
}
