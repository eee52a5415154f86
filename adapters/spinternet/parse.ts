import { SourceParseError } from '../_kit/errors.ts';
import { cellsOf, columnsOf, rowsOf, textOf } from '../_kit/html.ts';
import { SOURCE } from './config.ts';

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

/** One row of the standing-invitations table, in the page's own wording. */
export interface SpStandingInvitationRow {
  country: string;
  /** The date cell as written ('2003-01', '2003-04-24', '2021'); '' when empty. */
  date: string;
  /** To which mechanisms the invitation was extended, as written; '' when the page does not say. */
  extendedTo: string;
}

/** A table of the site: the columns that identify it (its header row holds a cell matching each), and every column read. */
interface TableSpec<K extends string> {
  name: string;
  anchors: readonly K[];
  columns: Record<K, RegExp>;
  /** Columns a page may lack (read as ''); every other column is required. */
  optional: readonly K[];
}

const VISITS: TableSpec<keyof SpVisitRow> = {
  name: 'country-visits',
  anchors: ['country', 'mandate'],
  optional: [],
  columns: {
    country: /^country/i,
    mandate: /mandate/i,
    status: /status/i,
    type: /type/i,
    from: /^(from|start)/i,
    to: /^(to|end)/i,
    report: /report/i,
  },
};

const STANDING_INVITATIONS: TableSpec<keyof SpStandingInvitationRow> = {
  name: 'standing-invitations',
  anchors: ['country', 'date'],
  optional: ['extendedTo'],
  columns: { country: /^country/i, date: /date/i, extendedTo: /extended to|mechanisms/i },
};

/**
 * The rows of the page's table that `spec` describes, each cell under its column's key; columns are found by their
 * header wording. Throws RH_SOURCE_PARSE when there is no such table (an error page, or the layout changed) or a
 * required column is missing.
 */
function readTable<K extends string>(html: string, url: string, spec: TableSpec<K>): Record<K, string>[] {
  const rows = rowsOf(html);
  const headersOf = (row: string) => cellsOf(row, true).map(textOf);
  const headerAt = rows.findIndex((r) => spec.anchors.every((k) => headersOf(r).some((h) => spec.columns[k].test(h))));
  if (headerAt < 0)
    throw new SourceParseError(`spinternet: no ${spec.name} table (${spec.anchors.map(capitalized).join(', ')}, …) in ${url}`, SOURCE, {
      url,
    });
  const columns = columnsOf(headersOf(rows[headerAt]), spec.columns);
  const keys = Object.keys(columns) as K[];
  const missing = keys.filter((k) => columns[k] < 0 && !spec.optional.includes(k));
  if (missing.length > 0)
    throw new SourceParseError(`spinternet: the ${spec.name} table has no ${missing.join(', ')} column in ${url}`, SOURCE, { url });
  return rows
    .slice(headerAt + 1)
    .map((r) => cellsOf(r).map(textOf))
    .filter((cells) => cells.length > 1)
    .map((cells) => Object.fromEntries(keys.map((k) => [k, cells[columns[k]] ?? ''])) as Record<K, string>);
}

/** capitalized('mandate') === 'Mandate' */
function capitalized(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

/**
 * The country-visits table, one row per visit or request:
 * parseVisitsPage(html, url)[0] → { country: 'Honduras', mandate: 'Special Rapporteur on extrajudicial, …', status:
 * 'completed', type: 'country visit', from: '2023-05-22', to: '2023-06-02', report: 'A/HRC/56/56/Add.1' }
 * Throws RH_SOURCE_PARSE when there is no such table (an error page, or the layout changed).
 */
export function parseVisitsPage(html: string, url: string): SpVisitRow[] {
  return readTable(html, url, VISITS);
}

/**
 * The standing-invitations table, one row per State as the page lists it:
 * parseStandingInvitationsPage(html, url)[0] → { country: 'Argentina', date: '2021', extendedTo: '' }
 * Throws RH_SOURCE_PARSE when there is no table with a Country and a Date column.
 */
export function parseStandingInvitationsPage(html: string, url: string): SpStandingInvitationRow[] {
  return readTable(html, url, STANDING_INVITATIONS);
}
