import type { Element } from 'domhandler';
import { SourceInsaneError } from '../_kit/errors.ts';
import { elementsOf, linksOf, textOf, type HtmlLink } from '../_kit/html.ts';

/** One entry of an oas.org listing, under the country heading that precedes it. */
export interface OasEntry {
  /** The heading's text, e.g. 'United States'; '' for an entry before any heading. */
  country: string;
  /** The entry's text: 'Report No. 12/14, Case 12.231, Peter Cash.' */
  text: string;
  links: HtmlLink[];
}

/** Country headings: `<p style='background-color:#f2f2f2;…'>Mexico</p>`. */
const isHeading = (e: Element) => e.name === 'p' && /background-color:\s*#f2f2f2/i.test(e.attribs.style ?? '');
/** Entries: `<li style='float:none; …'>…</li>`. */
const isEntry = (e: Element) => e.name === 'li' && /^\s*float:\s*none/i.test(e.attribs.style ?? '');
/** For the truncation check only: an entry's opening tag in the raw page. */
const ENTRY_OPENING = /<li\b[^>]*style\s*=\s*(["'])float:\s*none[^"']*\1[^>]*>/gi;

/**
 * An oas.org listing (decisions by year, grouped under country headings) → entries in page order, each with the
 * heading above it. parseOasListing("<p style='background-color:#f2f2f2'>Bahamas</p><ul><li style='float:none'>…</li></ul>")
 */
export function parseOasListing(html: string): OasEntry[] {
  let country = '';
  const entries: OasEntry[] = [];
  for (const e of elementsOf(html, (el) => isHeading(el) || isEntry(el))) {
    if (e.name === 'p') country = textOf(e.html);
    else entries.push({ country, text: textOf(e.html), links: linksOf(e.html) });
  }
  return entries;
}

/**
 * The listing, checked before it is cached: a page must be an HTML document (an empty year is one with no entry) and
 * every entry it opens must be closed, so a page cut short mid-list is a source error, never a year with records
 * missing. checkOasListing(html, 'iachr-decisions', url) → the entries, as parseOasListing; RH_SOURCE_INSANE otherwise.
 */
export function checkOasListing(html: string, source: string, url: string): OasEntry[] {
  if (!/<body[\s>]/i.test(html)) throw new SourceInsaneError(`${source}: ${url} is not an HTML page (no <body>)`, source, { url });
  const entries = parseOasListing(html);
  const opened = [...html.matchAll(ENTRY_OPENING)].length;
  if (opened !== entries.length)
    throw new SourceInsaneError(`${source}: ${url} opens ${opened} entries but reads ${entries.length}; is the page cut short?`, source, {
      url,
    });
  return entries;
}
