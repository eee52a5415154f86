import { SourceParseError } from '../_kit/errors.ts';
import { cellsOf, linksOf, textOf } from '../_kit/html.ts';
import { radGridOf } from './parse.ts';
import { SOURCE } from './config.ts';

/** One row of SessionsList.aspx?Treaty=…: a session of one treaty body, in the grid's own wording ('' where a cell is empty). */
export interface TbSessionRow {
  /** The session's number, e.g. '49'. */
  session: string;
  /** e.g. '29 Oct 2012'. */
  startDate: string;
  endDate: string;
  place: string;
  /** SessionDetails1.aspx's key for the session, from the row's link. */
  sessionId: string;
}

/** One State on SessionDetails1.aspx, in the page's wording ('' where a cell is empty or the column is absent). */
export interface TbSessionStateRow {
  country: string;
  /** The dialogue's days as the page writes them, e.g. '25-26 April'. */
  dialogue: string;
  /** What is reviewed, e.g. 'fourth periodic report', 'OPSC'. */
  report: string;
  /** e.g. 'scheduled', 'reviewed (concluding observations adopted)'. */
  status: string;
  /** Documents the row links on Download.aspx: the symbol from `symbolno`, the link's text and its address. */
  documents: { symbol: string; title: string; href: string }[];
}

const SESSION_COLUMNS = { session: /^session/i, startDate: /start/i, endDate: /end/i, place: /location|venue|place/i };
const STATE_COLUMNS = { country: /country|state/i, dialogue: /dialogue|consideration/i, report: /report|instrument/i, status: /status/i };

const cell = (cells: string[], i: number) => (i < 0 ? '' : textOf(cells[i] ?? ''));

/**
 * SessionsList.aspx?Treaty=CAT: one row per session (number, start and end dates, place) with its link to
 * SessionDetails1.aspx?SessionID=…. A row without that link is skipped (it leads nowhere to read).
 * Throws RH_SOURCE_PARSE when the grid or a needed column is missing, or when it lists no session at all (the
 * Telerik grid stays empty when the page did not take the treaty asked for: that is not "no sessions").
 */
export function parseSessionsList(html: string, url: string): TbSessionRow[] {
  const { rows, columns } = radGridOf(html, url, 'sessions grid', SESSION_COLUMNS, ['session', 'startDate', 'endDate']);
  const sessions = rows.flatMap((row) => {
    const sessionId = linksOf(row)
      .map((l) => l.href.match(/SessionDetails1\.aspx\?(?:[^#]*&)?SessionID=(\d+)/i)?.[1])
      .find(Boolean);
    if (!sessionId) return [];
    const cells = cellsOf(row);
    return [
      {
        session: cell(cells, columns.session),
        startDate: cell(cells, columns.startDate),
        endDate: cell(cells, columns.endDate),
        place: cell(cells, columns.place),
        sessionId,
      },
    ];
  });
  if (sessions.length === 0) throw new SourceParseError(`tbinternet: the sessions list ${url} lists no session`, SOURCE, { url });
  return sessions;
}

/**
 * SessionDetails1.aspx?SessionID=…: the States reviewed at the session (rows tr.rgRow / tr.rgAltRow, "InnerItemStyle"),
 * with the dialogue's days, what is reviewed, the status as the page words it and the documents linked on Download.aspx.
 * A session with no State on its programme yet answers []. Throws RH_SOURCE_PARSE without the grid or its Country column.
 */
export function parseSessionDetails(html: string, url: string): TbSessionStateRow[] {
  const { rows, columns } = radGridOf(html, url, 'States grid', STATE_COLUMNS, ['country']);
  return rows
    .map((row) => {
      const cells = cellsOf(row);
      const documents = linksOf(row).flatMap((l) => {
        const symbol = l.href.match(/Download\.aspx\?(?:[^#]*&)?symbolno=([^&#]+)/i)?.[1];
        return symbol ? [{ symbol: decodeURIComponent(symbol), title: l.text, href: l.href }] : [];
      });
      return {
        country: cell(cells, columns.country),
        dialogue: cell(cells, columns.dialogue),
        report: cell(cells, columns.report),
        status: cell(cells, columns.status),
        documents,
      };
    })
    .filter((r) => r.country !== '');
}
