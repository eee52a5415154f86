import { decodeHTML } from 'entities';

/** A numeric reference to no character (&#0;, beyond U+10FFFF), which the decoder would turn into U+FFFD. */
const NO_CHARACTER = /&#(?:x0*(?:0|[0-9a-f]{7,}|1[1-9a-f][0-9a-f]{4})|0*(?:0|\d{8,}|111[4-9]\d{3}|11[2-9]\d{4}|1[2-9]\d{5}|[2-9]\d{6}));/gi;

/**
 * HTML entities decoded, the one decoder of the hub (HTML pages, UHRI's texts, labels extracted from .docx), as
 * browsers decode them; a numeric reference that names no character (&#99999999;, &#0;) is kept as written.
 * decodeEntities('Fern&aacute;ndez &ndash; M&eacute;xico &#146;') === 'Fernández – México ’'
 */
export function decodeEntities(text: string): string {
  const kept = text.match(NO_CHARACTER) ?? [];
  return text
    .split(NO_CHARACTER)
    .map(decodeHTML)
    .reduce((out, part, i) => out + kept[i - 1] + part);
}
