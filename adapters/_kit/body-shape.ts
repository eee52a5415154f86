import { XMLValidator } from 'fast-xml-parser';
import { SourceParseError } from './errors.ts';

/**
 * Checks that a 200 answer is whole before anything reads or caches it: not empty, and, where the format allows telling,
 * not cut short (JSON with brackets left open, XML not closed, an HTML document without its </html>). A body refused here
 * is a source error like a timeout: the last good copy stays cached and is served stale.
 */

/** What format a request asked for, from its Accept header: 'application/rss+xml' → 'xml'. */
export type BodyFormat = 'json' | 'xml' | 'html' | 'other';

export function formatAsked(accept: string | undefined): BodyFormat {
  if (/json/i.test(accept ?? '')) return 'json';
  if (/xml/i.test(accept ?? '')) return 'xml';
  if (/html/i.test(accept ?? '')) return 'html';
  return 'other';
}

/** Deeper JSON than this is no source's data (HUDOC's and Uwazi's answers nest under 10 levels). */
export const MAX_JSON_DEPTH = 64;

/**
 * How a JSON text's brackets end, in one pass outside strings: the deepest nesting and whether every bracket and string
 * was closed. jsonNesting('{"a":[1]}') → { depth: 2, closed: true }; jsonNesting('{"a":[1') → { depth: 2, closed: false }
 */
export function jsonNesting(text: string): { depth: number; closed: boolean } {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { depth: deepest, closed: depth === 0 && !inString };
}

/**
 * JSON.parse with the checks a source's text needs first: nesting no deeper than MAX_JSON_DEPTH (a 1e6-deep body
 * would hold the event loop and overflow the stack of whatever walks it) and brackets all closed. Throws
 * RH_SOURCE_PARSE naming `what`: parseSourceJson('{"a":1}', 'hudoc-echr', url, "HUDOC's JSON") → { a: 1 }
 */
export function parseSourceJson(text: string, source: string, url: string, what = 'JSON'): unknown {
  checkJson(text, source, url, what);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new SourceParseError(`${source}: expected ${what} from ${url}, got text that is not JSON`, source, { url, cause: err });
  }
}

function checkJson(text: string, source: string, url: string, what: string): void {
  const { depth, closed } = jsonNesting(text);
  if (depth > MAX_JSON_DEPTH)
    throw new SourceParseError(`${source}: ${what} from ${url} nests ${depth} levels deep (at most ${MAX_JSON_DEPTH} are read)`, source, {
      url,
    });
  if (!closed) throw new SourceParseError(`${source}: ${what} from ${url} is cut short (brackets left open)`, source, { url });
}

/**
 * true when an HTML document is whole: one that opens <html> reaches its </body> or </html> (whatever a site appends
 * after them); fragments, such as a search service's list items, cannot tell.
 */
function htmlClosed(body: string): boolean {
  if (!/<html[\s>]/i.test(body.slice(0, 4_096))) return true;
  return /<\/(?:body|html)\s*>/i.test(body);
}

/** Throws RH_SOURCE_PARSE when a 200 answer is empty or visibly cut short for the format asked (see above). */
export function checkBodyWhole(body: string, format: BodyFormat, source: string, url: string): void {
  if (body.trim() === '') throw new SourceParseError(`${source} answered an empty body to ${url}`, source, { url });
  if ((format === 'json' || format === 'xml') && /^\s*<(!doctype html|html[\s>])/i.test(body.slice(0, 1_024)))
    throw new SourceParseError(`${source} answered an HTML page to ${url} where ${format.toUpperCase()} was expected`, source, { url });
  if (format === 'json') checkJson(body, source, url, 'JSON');
  else if (format === 'xml' && XMLValidator.validate(body) !== true)
    throw new SourceParseError(`${source}: the XML from ${url} is not well formed or is cut short (not closed)`, source, { url });
  else if (format === 'html' && !htmlClosed(body))
    throw new SourceParseError(`${source}: the page from ${url} is cut short (no closing </body> or </html>)`, source, { url });
}
