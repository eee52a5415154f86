import { SourceInsaneError, SourceParseError } from '../_kit/errors.ts';
import { cellsOf, elementsOf, rowsOf, textOf } from '../_kit/html.ts';
import { AFRICAN_COURT_SOURCE } from './config.ts';

/** One row of `table#cases`, in the registry's columns and wording. */
export interface ReceivedCaseRow {
  /** The "#" column. */
  rowNumber: number;
  /** "Case No.", e.g. '001/2008'. */
  caseNumber: string;
  applicant: string;
  /** One line per respondent (the cell holds several for a case against two States). */
  respondents: string[];
  /** Cell texts as written (YYYY-MM-DD on the live page), '' when empty. */
  filedDate: string;
  decisionDate: string;
  /** 'Finalized', 'Pending', 'Struck out', 'Transferred to Commission', … */
  status: string;
}

const COLUMNS = 7;

/** A cell's lines, split at <br>: linesOf('Federal Republic of Nigeria<br>Republic of Cameroon') → ['Federal Republic of Nigeria', 'Republic of Cameroon'] */
export function linesOf(cell: string): string[] {
  return cell
    .split(/<br\s*\/?>/i)
    .map(textOf)
    .filter((line) => line !== '');
}

/**
 * The registry page → its rows, in page order. The table is read by column position, as it is rendered:
 * #, case no., applicant, respondent, filed date, decision date, status.
 * parseReceivedCases(html, url)[0] → { rowNumber: 1, caseNumber: '001/2008', applicant: 'Michelot Yogogombaye',
 *   respondents: ['Republic of Senegal'], filedDate: '2008-12-29', decisionDate: '2009-12-15', status: 'Finalized' }
 * No `table#cases` is RH_SOURCE_PARSE; a data row without seven cells or a case number is RH_SOURCE_INSANE (the layout changed).
 */
export function parseReceivedCases(html: string, url: string, source = AFRICAN_COURT_SOURCE): ReceivedCaseRow[] {
  const table = elementsOf(html, (e) => e.name === 'table' && e.attribs.id === 'cases')[0];
  if (!table) throw new SourceParseError(`${source}: no table#cases on the page (GET ${url})`, source, { url });
  const rows: ReceivedCaseRow[] = [];
  for (const tr of rowsOf(table.html)) {
    const cells = cellsOf(tr);
    if (cells.length === 0) continue; // the header row holds <th> cells only
    const caseNumber = textOf(cells[1] ?? '');
    if (cells.length !== COLUMNS || !caseNumber)
      throw new SourceInsaneError(
        `${source}: a row of table#cases has ${cells.length} cells (expected ${COLUMNS}) or no case number; has the layout changed? (GET ${url})`,
        source,
        { url },
      );
    rows.push({
      rowNumber: Number(textOf(cells[0])),
      caseNumber,
      applicant: textOf(cells[2]),
      respondents: linesOf(cells[3]),
      filedDate: textOf(cells[4]),
      decisionDate: textOf(cells[5]),
      status: textOf(cells[6]),
    });
  }
  return rows;
}
