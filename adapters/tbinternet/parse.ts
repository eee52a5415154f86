import { SourceParseError } from '../_kit/errors.ts';
import { absoluteUrl, cellsOf, columnsOf, decodeEntities, hrefsOf, rowsOf, textOf } from '../_kit/html.ts';
import { SOURCE } from './config.ts';

/** One row of TBSearch.aspx's RadGrid of results, in the grid's own wording. */
export interface TbGridRow {
  title: string;
  /** The treaty body's acronym as the grid writes it: CCPR, CAT, CEDAW, … */
  treaty: string;
  /** The State party cell; several States are written "Canada,Mexico". */
  country: string;
  symbol: string;
  /** e.g. '09 May 2008'. */
  date: string;
  language: string;
}

/** One results page: its rows, the page it is, and the postback target of every page link the pager shows. */
export interface TbResultsPage {
  rows: TbGridRow[];
  currentPage: number;
  /** Page number as labelled → __doPostBack event target. */
  pageTargets: Map<number, string>;
}

/** One language version listed by Download.aspx?symbolno=…. */
export interface TbFile {
  language: string;
  format: string;
  url: string;
}

const GRID_COLUMNS = {
  title: /^title/i,
  treaty: /treaty|committee/i,
  country: /country|state/i,
  symbol: /symbol/i,
  date: /date/i,
  language: /language/i,
};

/**
 * The fields an ASP.NET WebForms page posts back: every <input> that is not a button (__VIEWSTATE,
 * __VIEWSTATEGENERATOR, __EVENTVALIDATION, Telerik ClientState fields, …), values entity-decoded.
 * formFields('<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEP…" />') → { __VIEWSTATE: '/wEP…' }
 */
export function formFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<input\b[^>]*>/gi)) {
    const name = tag.match(/\bname="([^"]*)"/i)?.[1];
    const type = tag.match(/\btype="([^"]*)"/i)?.[1]?.toLowerCase();
    if (!name || (type && ['submit', 'button', 'image', 'reset', 'checkbox', 'radio'].includes(type))) continue;
    fields[decodeEntities(name)] = decodeEntities(tag.match(/\bvalue="([^"]*)"/i)?.[1] ?? '');
  }
  if (!fields.__VIEWSTATE)
    throw new SourceParseError('tbinternet: the search page carries no __VIEWSTATE; is it still an ASP.NET WebForms page?', SOURCE);
  return fields;
}

/**
 * A TBSearch.aspx results page: the RadGrid rows (tr.rgRow / tr.rgAltRow), columns found by their header
 * wording, and the pager (td.rgPagerCell: the rgCurrentPage link and each page's __doPostBack target).
 * Throws RH_SOURCE_PARSE when the grid or a needed column is missing (an error page, or the layout changed).
 */
export function parseResultsPage(html: string, url: string): TbResultsPage {
  const { rows, columns } = radGridOf(html, url, 'results grid', GRID_COLUMNS, Object.keys(GRID_COLUMNS) as (keyof typeof GRID_COLUMNS)[]);
  return {
    rows: rows.map((row) => {
      const cells = cellsOf(row).map(textOf);
      return {
        title: cells[columns.title],
        treaty: cells[columns.treaty],
        country: cells[columns.country],
        symbol: cells[columns.symbol],
        date: cells[columns.date],
        language: cells[columns.language],
      };
    }),
    ...pagerOf(html),
  };
}

/**
 * A page's Telerik RadGrid (table.rgMasterTable): its data rows (tr.rgRow / tr.rgAltRow, inner markup) and each wanted
 * column's position by header wording (-1 when absent). Throws RH_SOURCE_PARSE, naming the grid, when there is no grid
 * or a required column is missing (an error page, or the layout changed).
 */
export function radGridOf<K extends string>(
  html: string,
  url: string,
  name: string,
  wanted: Record<K, RegExp>,
  required: readonly NoInfer<K>[],
): { rows: string[]; columns: Record<K, number> } {
  const grid = html.match(/<table\b[^>]*class="rgMasterTable[\s\S]*/i)?.[0];
  if (!grid) throw new SourceParseError(`tbinternet: no ${name} (table.rgMasterTable) in ${url}`, SOURCE, { url });
  const headerRow = rowsOf(grid).find((r) => /<th\b/i.test(r) && /rgHeader/i.test(r));
  const columns = columnsOf(headerRow ? cellsOf(headerRow, true).map(textOf) : [], wanted);
  const missing = required.filter((k) => columns[k] < 0);
  if (missing.length > 0)
    throw new SourceParseError(`tbinternet: the ${name} has no ${missing.join(', ')} column in ${url}`, SOURCE, { url });
  return { rows: rowsOf(grid, /class="rg(?:Row|AltRow)\b/i), columns };
}

/** The pager cell's page links: [1] current (a.rgCurrentPage), [2] → 'ctl00$…$ctl02', … */
function pagerOf(html: string): Pick<TbResultsPage, 'currentPage' | 'pageTargets'> {
  const pager = html.match(/class="rgPagerCell[\s\S]*?<\/td>/i)?.[0] ?? '';
  const pageTargets = new Map<number, string>();
  let currentPage = 1;
  for (const m of pager.matchAll(/<a\b([^>]*)>\s*(?:<span>)?\s*(\d+)\s*(?:<\/span>)?\s*<\/a>/gi)) {
    const label = Number(m[2]);
    if (/rgCurrentPage/.test(m[1])) currentPage = label;
    const target = m[1].match(/__doPostBack\(&#39;([^&]+)&#39;|__doPostBack\('([^']+)'/);
    if (target) pageTargets.set(label, target[1] ?? target[2]);
  }
  return { currentPage, pageTargets };
}

/**
 * Download.aspx?symbolno=…: one table row per language version, with its download link.
 * A symbol without files answers "Sorry there is no files available" → [].
 */
export function parseDownloadPage(html: string, baseUrl: string): TbFile[] {
  if (/Sorry there is no files available/i.test(html)) return [];
  return rowsOf(html).flatMap((row) => {
    const cells = cellsOf(row);
    const link = hrefsOf(row).find((h) => /DownloadDraft\.aspx|FilesHandler\.ashx|\.(pdf|docx?)\b/i.test(h));
    if (cells.length < 2 || !link) return [];
    const format = cells.map(textOf).find((c) => /^\.?(pdf|docx?|html?)$/i.test(c)) ?? link.match(/\.(pdf|docx?)\b/i)?.[0] ?? '';
    return [
      {
        language: textOf(cells[0]),
        format: format.replace(/^\.?/, '.').toLowerCase(),
        url: absoluteUrl(link, `${baseUrl}/_layouts/15/treatybodyexternal/`, SOURCE),
      },
    ];
  });
}
