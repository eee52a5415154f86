/**
 * Small, dependency-free readers for server-rendered HTML listings (OHCHR's tbinternet and spinternet, oas.org,
 * the Inter-American Court): entity-decoded text, links, table rows and cells. Regular expressions suffice
 * because these pages are generated lists and tables; each parser checks the structure it relies on and
 * reports drift (RH_SOURCE_PARSE) rather than reading nothing.
 */

import { SourceParseError } from './errors.ts';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * HTML entities decoded, the one decoder of the hub (HTML pages, UHRI's texts, labels extracted from .docx);
 * an entity that names no character (&#99999999;, &bogus;) is kept as written rather than thrown on.
 * decodeEntities('Dom&#xED;nguez &amp; Fern&#225;ndez') === 'Domínguez & Fernández'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] !== '#') return NAMED[code.toLowerCase()] ?? whole;
    const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
    return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
  });
}

/**
 * Markup to plain text: tags (and <br>) dropped, entities decoded, white space collapsed, none left before a comma.
 * textOf('<a href="x">Report No. 12/14</a> , Case&nbsp;12.231') === 'Report No. 12/14, Case 12.231'
 */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .replace(/ ([,;:])/g, '$1')
    .trim();
}

/** One link as written in a page: its href (entities decoded, surrounding space trimmed) and its text. */
export interface HtmlLink { href: string; text: string }

/** Every <a href> in a piece of markup, in order: linksOf("<a href='a.pdf'>Report</a>") → [{ href: 'a.pdf', text: 'Report' }] */
export function linksOf(html: string): HtmlLink[] {
  return [...html.matchAll(/<a\b[^>]*?\bhref\s*=\s*(["'])(.*?)\1[^>]*>(.*?)<\/a>/gis)]
    .map((m) => ({ href: textOf(m[2]), text: textOf(m[3]) }));
}

/** hrefsOf('<a href="Download.aspx?symbolno=A%2fB&amp;Lang=en">') === ['Download.aspx?symbolno=A%2fB&Lang=en'] */
export function hrefsOf(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/gi)].map((m) => decodeEntities(m[1]));
}

/** The inner HTML of each <tr> whose opening tag matches `attrs` (e.g. /class="rg(Row|AltRow)"/). */
export function rowsOf(html: string, attrs: RegExp = /.*/): string[] {
  const rows: string[] = [];
  for (const m of html.matchAll(/<tr\b([^>]*)>([\s\S]*?)<\/tr>/gi)) if (attrs.test(m[1])) rows.push(m[2]);
  return rows;
}

/** The inner HTML of each <td> (or <th> when `header`) of one row. */
export function cellsOf(rowHtml: string, header = false): string[] {
  const tag = header ? 'th' : 'td';
  return [...rowHtml.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'gi'))].map((m) => m[1]);
}

/**
 * Column positions by header wording, so a reordered or renamed column is noticed rather than misread:
 * columnsOf(['Title', 'Treaty', 'Country'], { title: /title/i, country: /country/i }) → { title: 0, country: 2 }.
 * A header that no pattern matches is ignored; a pattern that matches no header is missing (-1).
 */
export function columnsOf<K extends string>(headers: string[], wanted: Record<K, RegExp>): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const key of Object.keys(wanted) as K[]) out[key] = headers.findIndex((h) => wanted[key].test(h));
  return out;
}

/**
 * A link of a page made absolute, or RH_SOURCE_PARSE naming it when it is no URL at all:
 * absoluteUrl('Download.aspx?x=1', 'https://tbinternet.ohchr.org/_layouts/15/', 'tbinternet') === 'https://tbinternet.ohchr.org/_layouts/15/Download.aspx?x=1'
 */
export function absoluteUrl(href: string, base: string, source: string): string {
  if (!URL.canParse(href, base)) throw new SourceParseError(`${source}: the page links ${JSON.stringify(href.slice(0, 100))}, which is not a URL`, source, { url: base });
  return new URL(href, base).toString();
}
