import { SourceParseError } from '../_kit/errors.ts';
import { linksOf, textOf, type HtmlLink } from '../_kit/html.ts';

/** One `li.search-result` of the Court's search answer, in the source's own terms. */
export interface CorteIdhRow {
  /** The text of `div.col-12`: the official citation, e.g. 'Corte IDH. Caso Angulo Losada Vs. Bolivia. … Serie C No. 475.' */
  citation: string;
  /** Every document link of the entry (judgment, summary, separate opinions), as listed. */
  links: HtmlLink[];
}

/** What ColdFusion answers when the form is incomplete (a missing type or State). */
const COLDFUSION_ERROR = 'An error occurred while executing';
/** `<li class="tr_normal search-result row">`: the class is matched as a substring, as the Court's pages write several. */
const RESULT = /<li\b[^>]*class\s*=\s*"[^"]*\bsearch-result\b[^"]*"[^>]*>(.*?)<\/li>/gis;
const CITATION = /<div\b[^>]*class\s*=\s*"[^"]*\bcol-12\b[^"]*"[^>]*>(.*?)<\/div>/is;

/**
 * The search answer (an HTML fragment) → rows in listing order. '-1' is the service's "nothing found"; an empty body,
 * a ColdFusion error or a fragment without any `li.search-result` is RH_SOURCE_PARSE, never an empty result.
 * parseSearchResults('<li class="tr_normal search-result row"><div class="col-12">Corte IDH. Caso …</div>…</li>', 'corteidh', url)
 */
export function parseSearchResults(html: string, source: string, url: string): CorteIdhRow[] {
  const body = html.trim();
  if (body === '-1') return [];
  if (!body) throw new SourceParseError(`${source}: POST ${url} answered an empty body`, source, { url });
  if (body.includes(COLDFUSION_ERROR))
    throw new SourceParseError(`${source}: POST ${url} answered a ColdFusion error (incomplete or invalid search form)`, source, { url });
  const rows = [...body.matchAll(RESULT)].map((m) => ({ citation: textOf(m[1].match(CITATION)?.[1] ?? ''), links: linksOf(m[1]) }));
  if (rows.length === 0)
    throw new SourceParseError(`${source}: POST ${url} answered neither li.search-result entries nor -1; has the layout changed? ${JSON.stringify(body.slice(0, 80))}`, source, { url });
  return rows;
}
