/**
 * Readers for server-rendered HTML listings (OHCHR's tbinternet and spinternet, oas.org, the Inter-American Court,
 * the African bodies): entity-decoded text, links, table rows and cells. Markup is parsed by htmlparser2 (forgiving:
 * omitted </tr> and </td>, nested tables) and entities decoded by `entities` as browsers do (all named entities,
 * &#146; as the windows-1252 ’); each parser checks the structure it relies on and reports drift (RH_SOURCE_PARSE)
 * rather than reading nothing.
 */
import { parseDocument } from 'htmlparser2';
import { getAttributeValue, findAll } from 'domutils';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { SourceParseError } from './errors.ts';
import { decodeEntities } from '../../schema/entities.ts';

export { decodeEntities };

const parse = (html: string) => parseDocument(html, { withStartIndices: true, withEndIndices: true });

/** Elements whose text is not page text. */
const NOT_TEXT = new Set(['script', 'style', 'template']);

/** The text of nodes with a space at every tag boundary, as a browser lays out inline and table markup. */
function rawText(nodes: readonly AnyNode[]): string {
  return nodes.map((n) => (isText(n) ? n.data : isTag(n) && !NOT_TEXT.has(n.name) ? ` ${rawText(n.children)} ` : ' ')).join('');
}

/** White space collapsed, none left before a comma, semicolon or colon. */
const tidy = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/ ([,;:])/g, '$1')
    .trim();

/**
 * Markup to plain text: tags (and <br>) as spaces, entities decoded, white space collapsed, none left before a comma.
 * textOf('<a href="x">Report No. 12/14</a> , Case&nbsp;12.231') === 'Report No. 12/14, Case 12.231'
 */
export function textOf(html: string): string {
  return tidy(rawText(parse(html).children));
}

/** One link as written in a page: its href (entities decoded, surrounding space trimmed) and its text. */
export interface HtmlLink {
  href: string;
  text: string;
}

const anchors = (html: string) => findAll((e) => e.name === 'a' && getAttributeValue(e, 'href') !== undefined, parse(html).children);

/** Every <a href> in a piece of markup, in order: linksOf("<a href='a.pdf'>Report</a>") → [{ href: 'a.pdf', text: 'Report' }] */
export function linksOf(html: string): HtmlLink[] {
  return anchors(html).map((a) => ({ href: tidy(getAttributeValue(a, 'href')!), text: tidy(rawText(a.children)) }));
}

/** hrefsOf('<a href="Download.aspx?symbolno=A%2fB&amp;Lang=en">') === ['Download.aspx?symbolno=A%2fB&Lang=en'] */
export function hrefsOf(html: string): string[] {
  return anchors(html).map((a) => getAttributeValue(a, 'href')!);
}

/** The markup inside an element, exactly as the page wrote it. */
function innerHtml(html: string, e: Element): string {
  const first = e.children[0];
  const last = e.children.at(-1);
  return first && last && first.startIndex !== null && last.endIndex !== null ? html.slice(first.startIndex, last.endIndex + 1) : '';
}

/** An element's opening-tag attributes written back as ` name="value"`, for matching by pattern. */
const attributesOf = (e: Element) =>
  Object.entries(e.attribs)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');

/** Whether an element lies inside another that passes `test`. */
function insideOne(e: Element, test: (e: Element) => boolean): boolean {
  for (let up = e.parent; up && isTag(up); up = up.parent) if (test(up)) return true;
  return false;
}

/**
 * The inner HTML of each <tr> whose attributes match `attrs` (e.g. /class="rg(Row|AltRow)"/), in page order; a table
 * nested in a cell stays inside its row (its rows are not rows of their own), and a row whose </tr> the page omits
 * ends where the next row starts.
 */
export function rowsOf(html: string, attrs: RegExp = /.*/): string[] {
  const isRow = (e: Element) => e.name === 'tr' && attrs.test(attributesOf(e));
  return findAll((e) => isRow(e) && !insideOne(e, isRow), parse(html).children).map((tr) => innerHtml(html, tr));
}

/** The inner HTML of each <td> (or <th> when `header`) of one row; the cells of a table nested in a cell are not the row's. */
export function cellsOf(rowHtml: string, header = false): string[] {
  const tag = header ? 'th' : 'td';
  return parse(rowHtml)
    .children.filter((n): n is Element => isTag(n) && n.name === tag)
    .map((cell) => innerHtml(rowHtml, cell));
}

/** An element found in a page: its tag name, attributes and inner HTML as written. */
export interface HtmlElement {
  name: string;
  attribs: Record<string, string>;
  html: string;
}

/**
 * The elements of a page matching a test, each with its inner HTML as written: for readers of lists and blocks
 * (elementsOf(html, (e) => e.name === 'li' && /search-result/.test(e.attribs.class ?? ''))).
 */
export function elementsOf(html: string, test: (e: Element) => boolean): HtmlElement[] {
  return findAll(test, parse(html).children).map((e) => ({ name: e.name, attribs: e.attribs, html: innerHtml(html, e) }));
}

/** hasClass(<li class="tr_normal search-result row">, 'search-result') === true: one class among several. */
export const hasClass = (e: Element, name: string): boolean => (e.attribs.class ?? '').split(/\s+/).includes(name);

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
  if (!URL.canParse(href, base))
    throw new SourceParseError(`${source}: the page links ${JSON.stringify(href.slice(0, 100))}, which is not a URL`, source, {
      url: base,
    });
  return new URL(href, base).toString();
}
