import { SourceParseError } from '../_kit/errors.ts';
import { cellsOf, columnsOf, rowsOf, textOf } from '../_kit/html.ts';

/** One row of the country-visits table, in the page's own wording. */
export interface SpVisitRow {
  country: string;
  mandate: string;
  status: string;
  type: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, as the page gives it; '' when it gives none. */
  from: string;
  to: string;
  report: string;
}

const COLUMNS = { country: /^country/i, mandate: /mandate/i, status: /status/i, type: /type/i, from: /^(from|start)/i, to: /^(to|end)/i, report: /report/i };

/**
 * The country-visits table: columns found by their header wording, one row per visit or request.
 * Throws RH_SOURCE_PARSE when there is no such table (an error page, or the layout changed).
 */
export function parseVisitsPage(html: string, url: string): SpVisitRow[] {
  const rows = rowsOf(html);
  const headerAt = rows.findIndex((r) => /<th\b/i.test(r) && /Country/i.test(r) && /Mandate/i.test(r));
  if (headerAt < 0) throw new SourceParseError(`spinternet: no country-visits table (Country, Mandate, …) in ${url}`, 'spinternet', { url });
  const columns = columnsOf(cellsOf(rows[headerAt], true).map(textOf), COLUMNS);
  const missing = Object.entries(columns).filter(([, i]) => i < 0).map(([k]) => k);
  if (missing.length > 0) throw new SourceParseError(`spinternet: the country-visits table has no ${missing.join(', ')} column in ${url}`, 'spinternet', { url });
  return rows.slice(headerAt + 1).map((r) => cellsOf(r).map(textOf)).filter((cells) => cells.length > 1).map((cells) => ({
    country: cells[columns.country], mandate: cells[columns.mandate], status: cells[columns.status], type: cells[columns.type],
    from: cells[columns.from] ?? '', to: cells[columns.to] ?? '', report: cells[columns.report] ?? '',
  }));
}
