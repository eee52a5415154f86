import { SourceParseError } from '../_kit/errors.ts';
import { absoluteUrl, cellsOf, linksOf, rowsOf, textOf } from '../_kit/html.ts';
import { calendarDay } from '../_kit/dates.ts';
import { spanishDate } from './map.ts';

/** One resolution of the Court on compliance with a judgment, as the listing links it. */
export interface SupervisionResolution {
  /** The PDF's stem, the Court's own name for the file: 'garrido_30_08_17'. */
  id: string;
  url: string;
  date: string | null;
  /** The link's text when it gives the date ('30 de agosto de 2017'), else the stem's date part ('30_08_17'). */
  sourceDate: string | null;
}

/** One case under supervision: a row of the listing. */
export interface SupervisedCase {
  /** As the listing names it: 'Garrido y Baigorria'. */
  caseName: string;
  /** The listing's resolutions on it, newest first. */
  resolutions: SupervisionResolution[];
}

/** What one listing page gave: the cases, and a warning naming the rows that could not be read. */
export interface SupervisionListing {
  cases: SupervisedCase[];
  warnings: string[];
}

/** Where the listings' relative links point: the Court's public site, whatever mirror the page was read from. */
const COURT_SITE = 'https://www.corteidh.or.cr/';

/** `/docs/supervisiones/garrido_30_08_17.pdf`, absolute or not, any case. */
const RESOLUTION_HREF = /\/docs\/supervisiones\/([^/?#]+)\.pdf(?:[?#].*)?$/i;
/** A stem ending in its day: garrido_30_08_17, caso_x_1_9_2020. */
const STEM_DATE = /_(\d{1,2})_(\d{1,2})_(\d{2}|\d{4})$/;
const SPANISH_DATE = /\b\d{1,2}[º°]?\s+de\s+\p{L}+\s+de\s+\d{4}\b/iu;
/** Cells that are labels of the listing, not a case name. */
const LABELS =
  /^(?:declaradas? cumplidas?|pendientes? de cumplimiento|cumplimiento (?:total|parcial)|escritos|casos|resoluciones|sentencias?|supervisi[oó]n.*)$/iu;

/** '17_11_04' → 2004-11-17: two-digit years at most this year's are this century. */
function stemDate(stem: string, now: Date): string | null {
  const m = stem.match(STEM_DATE);
  if (!m) return null;
  const yy = Number(m[3]);
  const year = m[3].length === 4 ? yy : yy <= now.getUTCFullYear() % 100 ? 2000 + yy : 1900 + yy;
  return calendarDay(year, m[2], m[1]);
}

/**
 * A link of a row as a resolution: a PDF under /docs/supervisiones/ whose text gives its date, or whose stem ends in one.
 * The undated status summaries ('garridoc.pdf', 'garridop.pdf') and other links are not resolutions: null.
 */
function resolutionOf(href: string, text: string, now: Date, source: string): SupervisionResolution | null {
  const m = href.match(RESOLUTION_HREF);
  if (!m) return null;
  const stem = decodedStem(m[1]);
  const written = text.match(SPANISH_DATE)?.[0] ?? null;
  const date = (written && spanishDate(written)) || stemDate(stem, now);
  if (!date) return null;
  return { id: stem, url: absoluteUrl(href, COURT_SITE, source), date, sourceDate: written ?? stem.match(STEM_DATE)![0].slice(1) };
}

/** A file name as the link escapes it, unescaped ('garrido_09_07_12' from 'garrido%5F09_07_12'); kept as written when an escape is broken ('%E0%A4%A'). */
function decodedStem(escaped: string): string {
  try {
    return decodeURIComponent(escaped);
  } catch {
    return escaped;
  }
}

/** The row's case name: the first cell without resolutions that holds words and is neither a date nor a label. */
function caseNameOf(cells: readonly string[]): string | null {
  for (const cell of cells) {
    if (linksOf(cell).some((l) => RESOLUTION_HREF.test(l.href))) continue;
    const text = textOf(cell).replace(/^Caso\s+/i, '');
    if (!text || SPANISH_DATE.test(text) || LABELS.test(text) || (text.match(/\p{L}/gu) ?? []).length < 3) continue;
    return text;
  }
  return null;
}

/**
 * A "casos en supervisión por país" page (active or archived) → its cases, in listing order, each with its dated
 * resolutions newest first. Rows without a resolution link are headings or other furniture; a row with resolutions
 * but no case name is counted and named in the warning. A page that is not the listing (no table row with a
 * resolution) is RH_SOURCE_PARSE, never an empty list, naming `url` (the page read). Relative links are the Court's site's.
 */
export function parseSupervisionListing(html: string, source: string, url: string, now = new Date()): SupervisionListing {
  const cases = new Map<string, SupervisedCase>();
  const unnamed: string[] = [];
  let rowsWithResolutions = 0;
  for (const row of rowsOf(html)) {
    const resolutions = linksOf(row)
      .map((l) => resolutionOf(l.href, l.text, now, source))
      .filter((r): r is SupervisionResolution => r !== null);
    if (resolutions.length === 0) continue;
    rowsWithResolutions++;
    const caseName = caseNameOf(cellsOf(row));
    if (!caseName) {
      unnamed.push(resolutions.map((r) => r.id).join('/'));
      continue;
    }
    const known = cases.get(caseName) ?? { caseName, resolutions: [] };
    const ids = new Set(known.resolutions.map((r) => r.id));
    known.resolutions.push(...resolutions.filter((r) => !ids.has(r.id)));
    known.resolutions.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
    cases.set(caseName, known);
  }
  if (rowsWithResolutions === 0)
    throw new SourceParseError(
      `${source}: ${url} holds no table row linking a resolution under /docs/supervisiones/; has the layout changed?`,
      source,
      { url },
    );
  const warnings =
    unnamed.length > 0
      ? [`${source}: ${unnamed.length} listing rows name no case and were left out (resolutions ${unnamed.join(', ')})`]
      : [];
  return { cases: [...cases.values()], warnings };
}
