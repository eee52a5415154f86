import { SourceParseError } from '../_kit/errors.ts';
import { elementsOf, hasClass, linksOf, textOf, type HtmlLink } from '../_kit/html.ts';

/** One `li.search-result` of the Court's search answer, in the source's own terms. */
export interface CorteIdhRow {
  /** The text of `div.col-12`: the official citation, e.g. 'Corte IDH. Caso Angulo Losada Vs. Bolivia. … Serie C No. 475.' */
  citation: string;
  /** Every document link of the entry (judgment, summary, separate opinions), as listed. */
  links: HtmlLink[];
}

/** What ColdFusion answers when the form is incomplete (a missing type or State). */
const COLDFUSION_ERROR = 'An error occurred while executing';

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
  // `<li class="tr_normal search-result row">`, its citation in the first `div.col-12`.
  const rows = elementsOf(body, (e) => e.name === 'li' && hasClass(e, 'search-result')).map((li) => ({
    citation: textOf(elementsOf(li.html, (e) => e.name === 'div' && hasClass(e, 'col-12'))[0]?.html ?? ''),
    links: linksOf(li.html),
  }));
  if (rows.length === 0)
    throw new SourceParseError(
      `${source}: POST ${url} answered neither li.search-result entries nor -1; has the layout changed? ${JSON.stringify(body.slice(0, 80))}`,
      source,
      { url },
    );
  return rows;
}
