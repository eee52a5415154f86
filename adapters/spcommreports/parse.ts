import { SourceParseError } from '../_kit/errors.ts';
import { cellsOf, columnsOf, hrefsOf, textOf } from '../_kit/html.ts';
import { SOURCE } from './config.ts';

/** One communication as a "Communications sent" page lists it, in the page's own wording ('' where the page leaves a part out). */
export interface SpCommRow {
  /** The site's id of the communication (the `gId` of its file; the grid row's `data-id`). */
  gId: string;
  /** The date as printed, e.g. '27 Feb 2026'. */
  date: string;
  /** To whom it was sent, as printed: a State ('Australia') or another addressee ('Google LLC'). */
  addressee: string;
  /** The type as printed: 'JAL', 'UA', … */
  type: string;
  /** The reference as printed, without the type: 'AUS 2/2026', 'OTH 157/2025'. */
  reference: string;
  /** The link to the communication's file, as written in the page; null when the row links none. */
  documentHref: string | null;
  /** The mandates that sent it, as the page lists them (short labels: 'human rights defenders', 'privacy', …). */
  mandates: string[];
  summary: string;
}

/** A page of the listing: its rows, and what its pager says. */
export interface SpCommPage {
  rows: SpCommRow[];
  /** The number of communications the listing holds, as the pager states it ('1 - 10 of 193 items'); null when it states none. */
  listed: number | null;
  /** The width of the pager's range ('1 - 10 of 193' → 10): the page size on any page but a short last one; null when it shows none. */
  pageSize: number | null;
}

const MANDATES_HEADER = /mandate/i;
const SUMMARY_HEADER = /summary/i;
/** '27 Feb 2026', '27 February 2026', '27-Feb-2026', '2026-02-27', '27/02/2026' */
const DATE_LIKE = /^(?:\d{1,2}[\s./-]+[a-z]{3,}\.?[\s./-]+\d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})$/i;
/** 'AUS 2/2026', 'OTH 157/2025', and the same with the type before it ('JAL AUS 2/2026'). */
const REFERENCE_LIKE = /^(?:[A-Z]{1,4}\s+)?[A-Z]{3}\s*\d+\s*\/\s*\d{4}$/i;
/** A type as the site abbreviates it ('JAL', 'UA', 'OL') or spells it ('Joint urgent appeal'). */
const TYPE_LIKE = /^[A-Z]{1,4}$|\b(?:letter|appeal|communication)\b/i;
/** The types the site is known to send (any case and spacing): AL, JAL, UA, JUA, OL, JOL, or spelt out. */
const KNOWN_TYPE = /^j?(?:al|ua|ol)$|\b(?:letter|appeal)\b/i;
/** A grid row's id attribute: `<tr data-id="30774">`. */
const ROW_ID = /\bdata-id\s*=\s*["']?(\d+)/i;
/** The live page's column order: date … reference, mandates, summary, replies. */
const KNOWN_ORDER = { meta: 0, mandates: 1, summary: 2 };
const FILE_LINK = /DownLoadPublicCommunicationFile|[?&]gId=/i;

/**
 * One page of https://spcommreports.ohchr.org/LatestReports/CommunicationSent: a grid whose rows each follow an empty
 * `<tr data-id="30774"></tr>`, with a first cell of stacked `<ul>`s (date, addressee, type, reference linking the file),
 * a cell of mandates (`<li>`s), the summary and the replies. The parts of the first cell are told apart by their form,
 * not their order; the other columns by their header, or, on a page without one, by the live page's known order.
 * parseListingPage(html, url).rows[0] → { gId: '30774', date: '27 Feb 2026', addressee: 'Australia', type: 'JAL', reference: 'AUS 2/2026',
 *   documentHref: '/TMResultsBase/DownLoadPublicCommunicationFile?gId=30774', mandates: ['terrorism', …], summary: 'Information received concerning …' }
 * Throws RH_SOURCE_PARSE when the page has neither such a grid's header nor its rows (an error page, or the layout
 * changed); a grid without rows (past the pager's end) is no error.
 */
export function parseListingPage(html: string, url: string): SpCommPage {
  const trs = [...html.matchAll(/<tr\b([^>]*)>([\s\S]*?)<\/tr>/gi)].map((m) => ({ attrs: m[1], inner: m[2] }));
  const header = trs.find((tr) => {
    const heads = cellsOf(tr.inner, true).map(textOf);
    return heads.some((h) => MANDATES_HEADER.test(h)) && heads.some((h) => SUMMARY_HEADER.test(h));
  });
  // Without a header naming the columns, the rows the site marks with data-id are read in the order the live page is
  // known to have (a public scraper's description of it); without either, this is not the listing.
  if (!header && !trs.some((tr) => ROW_ID.test(tr.attrs)))
    throw new SourceParseError(`spcommreports: no communications grid (Mandates, Summary, …) in ${url}`, SOURCE, { url });
  const columns = header
    ? columnsOf(cellsOf(header.inner, true).map(textOf), { meta: /date|ref/i, mandates: MANDATES_HEADER, summary: SUMMARY_HEADER })
    : KNOWN_ORDER;

  const rows: SpCommRow[] = [];
  let pendingId: string | null = null;
  for (const tr of trs) {
    const id = ROW_ID.exec(tr.attrs)?.[1] ?? null;
    const cells = cellsOf(tr.inner);
    if (cells.length === 0) {
      pendingId = id ?? pendingId;
      continue;
    }
    const row = readRow(cells, columns, id ?? pendingId);
    pendingId = null;
    if (row) rows.push(row);
  }
  return { rows, ...pagerOf(html) };
}

/** A data row's cells → SpCommRow; null when the row names no communication id (neither a data-id nor a file link). */
function readRow(cells: string[], columns: Record<'meta' | 'mandates' | 'summary', number>, id: string | null): SpCommRow | null {
  const meta = cells[columns.meta < 0 ? 0 : columns.meta] ?? '';
  const parts = [...meta.matchAll(/<ul\b[^>]*>([\s\S]*?)<\/ul>/gi)].map((m) => ({ html: m[1], text: textOf(m[1]) })).filter((p) => p.text);
  const documentHref = hrefsOf(meta).find((h) => FILE_LINK.test(h)) ?? null;
  const gId = id ?? documentHref?.match(/[?&]gId=(\d+)/i)?.[1] ?? null;
  if (!gId) return null;

  const take = (test: (p: { html: string; text: string }) => boolean) => {
    const at = parts.findIndex(test);
    return at < 0 ? '' : parts.splice(at, 1)[0].text;
  };
  const reference = take((p) => FILE_LINK.test(p.html)) || take((p) => REFERENCE_LIKE.test(p.text));
  const date = take((p) => DATE_LIKE.test(p.text));
  // Of what is left, the type is the last part shaped like one and the addressee the first other part; a part left
  // alone is the type only when it is one the site is known to use, else the addressee.
  const typeAt =
    parts.length > 1 ? parts.map((p) => TYPE_LIKE.test(p.text)).lastIndexOf(true) : parts.findIndex((p) => KNOWN_TYPE.test(p.text));
  const type = typeAt >= 0 ? parts.splice(typeAt, 1)[0].text : '';
  return {
    gId,
    date,
    type,
    reference,
    documentHref,
    addressee: parts[0]?.text ?? '',
    mandates: mandatesOf(cells[columns.mandates] ?? ''),
    summary: textOf(cells[columns.summary] ?? '').replace(/\s*More details\W*$/i, ''),
  };
}

/** The mandates cell: one mandate a `<li>`, or, in a cell without a list, one a line. */
function mandatesOf(cell: string): string[] {
  const items = [...cell.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/gi)].map((m) => m[1]);
  return (items.length > 0 ? items : cell.split(/<br\s*\/?>|\n/i)).map(textOf).filter(Boolean);
}

/** What the grid's pager says: '1 - 10 of 193 items' → { listed: 193, pageSize: 10 }; 'No items to display' → { listed: 0, pageSize: null }. */
function pagerOf(html: string): Pick<SpCommPage, 'listed' | 'pageSize'> {
  // The pager's own label where the page marks it (Kendo's k-pager-info), so no summary's words are read as the count.
  const text = textOf(/<span\b[^>]*class="[^"]*\bk-pager-info\b[^"]*"[^>]*>([\s\S]*?)<\/span>/i.exec(html)?.[1] ?? html);
  const range = text.match(/\b(\d+)\s*[-–]\s*(\d+)\s+of\s+(\d+)\s+items?\b/i);
  if (range) {
    const [first, last, listed] = range.slice(1).map(Number);
    return { listed, pageSize: last >= first ? last - first + 1 : null };
  }
  return { listed: /\bno items to display\b/i.test(text) ? 0 : null, pageSize: null };
}
