import type { Element } from 'domhandler';
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
