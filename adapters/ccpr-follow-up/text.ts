/**
 * The plain text of a follow-up document cleaned of what the page layout adds: page furniture (the job number line
 * "GE.26-06307 (E) 110526 110526", the running symbol and State name at the top of a page, page numbers), the footnotes
 * at the foot of a page, and the line breaks a PDF wraps a paragraph with. What is left is one line per heading or
 * paragraph, as the document was written; pdftotext's text and a PDF's text read by pdf.ts clean to the same lines.
 */

/** "GE.26-06307 (E) 110526 110526", "GE.16-07475(E)", "GE.24-06251": the UN job number line at the foot of each page. */
const JOB_LINE = /^GE\.\d{2}-\d{4,6}\b/;
const PAGE_NUMBER = /^\d{1,3}$/;
/** A footnote's first line at the foot of a page: "* Adopted by the Committee at its …", "2 See A/HRC/54/51/Add.1." (not "22 [B], 26 [B]"). */
const FOOTNOTE_START = /^(\*+ ?|\d{1,2} )[A-Za-z]/;
/** Lines a footnote may run on below its first line before the page's furniture (a long URL wraps). */
const FOOTNOTE_MAX_LINES = 3;

/** One line each for the document's headings and paragraphs, page furniture and footnotes removed. */
export function cleanLines(raw: string, symbol: string | null, runningHeads: readonly string[]): string[] {
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .replace(/[\u00a0\t]/g, ' ')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim());
  const isFurniture = (l: string) => JOB_LINE.test(l) || PAGE_NUMBER.test(l) || (symbol !== null && l === symbol);
  const dropped = new Set<number>();
  lines.forEach((l, i) => {
    if (!isFurniture(l)) return;
    dropped.add(i);
    // The running head under the symbol at the top of a page (CCPR/C/116/2 repeats the State's name there).
    const next = nextNonEmpty(lines, i);
    if (l === symbol && next >= 0 && runningHeads.includes(lines[next])) dropped.add(next);
    footnotesAbove(lines, i, isFurniture).forEach((j) => dropped.add(j));
  });
  return joinWrapped(lines.filter((l, i) => l !== '' && !dropped.has(i)));
}

/**
 * The footnote lines just above a page's furniture line i: walking up, each footnote's first line and the few lines it
 * runs on; a page can carry several ("* Adopted by the Committee …" then "1 Submission available at …").
 */
function footnotesAbove(lines: string[], i: number, isFurniture: (l: string) => boolean): number[] {
  const found: number[] = [];
  let pending: number[] = [];
  for (let j = i - 1; j >= 0 && pending.length <= FOOTNOTE_MAX_LINES; j--) {
    if (lines[j] === '') continue;
    // Furniture above text already passed is the previous page's: its footnotes are found from there.
    if (isFurniture(lines[j])) {
      if (pending.length > 0) break;
      continue;
    }
    pending.push(j);
    if (FOOTNOTE_START.test(lines[j])) {
      found.push(...pending);
      pending = [];
    }
  }
  return found;
}

function nextNonEmpty(lines: string[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (lines[j] !== '') return j;
  return -1;
}

/**
 * Lines a PDF wrapped are joined back: a line continues the one before unless it starts a new block (a heading, a
 * grade, a lettered subparagraph) or the one before ended its sentence. A word hyphenated at the line's end keeps its
 * hyphen and is joined without a space ("non-" + "profit" → "non-profit"): compounds are common in these texts.
 */
function joinWrapped(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev !== undefined && continues(prev, line))
      out[out.length - 1] = /[A-Za-z]-$/.test(prev) && /^[a-z]/.test(line) ? prev + line : `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

/** Headings and grades: a line never continues one of these, and one of these continues only with a lowercase word (a wrapped title or grade line). */
const HEADING =
  /^(Paragraphs? \d|\[\s*[A-E]\s*[12]?\s*\]|Summary of |Information (received )?from |Committee['’]s evaluation|Concluding observations|Evaluation of the information|Recommended action|Next periodic report|Reply:|Follow-up paragraphs|Non-governmental organizations|Distr\.|Original:|\d+(st|nd|rd|th) session)/;
/** A lettered subparagraph starts its own line: "(a) Continue its efforts", "(e) and (f) At the Global Refugee Forum". */
const SUBPARAGRAPH = /^\([a-z]{1,4}\) /;

function continues(prev: string, line: string): boolean {
  if (HEADING.test(line) || SUBPARAGRAPH.test(line)) return false;
  if (HEADING.test(prev) || /[.;:!?”"]$/.test(prev)) return /^[a-z]/.test(line);
  return true;
}
