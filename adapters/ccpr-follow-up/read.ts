import { englishMonth } from '../_kit/months.ts';
import { calendarDay } from '../_kit/dates.ts';
import { cleanLines } from './text.ts';

/** One graded part of the Committee's evaluation of a paragraph: "[C1]: (a) With respect to …", "[B]: (b)", "[B]". */
export interface GradedPart {
  /** The grade as the document prints it, without brackets: "B", "B2", "C1". */
  grade: string;
  /** The subparagraphs the part grades, as written: "(a), (c) and (d)"; null when the grade covers the paragraph. */
  subparagraphs: string | null;
  /** The Committee's evaluation under that grade; null when the grade was read from the summary line only. */
  text: string | null;
}

/** The assessment of one paragraph of the concluding observations. */
export interface ParagraphAssessment {
  /** The paragraph's number in the concluding observations: "22". */
  paragraph: string;
  /** The heading's title where the document gives one ("Liberty and security of persons"); older reports give none. */
  title: string | null;
  /** The paragraph's text as the assessment quotes it. */
  recommendation: string;
  parts: GradedPart[];
}

/** One State's block: the concluding observations assessed and the paragraphs graded. */
export interface StateAssessment {
  /** The State as the document names it: "Botswana", "Dominican Republic". */
  state: string | null;
  /** The concluding observations assessed: "CCPR/C/BWA/CO/2". */
  coSymbol: string | null;
  /** Their adoption or publication date as the header gives it (YYYY-MM-DD). */
  coDate: string | null;
  paragraphs: ParagraphAssessment[];
}

/** What one follow-up document says: its symbol and date, one block per State, and what could not be read. */
export interface FollowUpDocument {
  symbol: string | null;
  /** "Distr.: General 11 May 2026" → "2026-05-11". */
  issuedOn: string | null;
  states: StateAssessment[];
  /** One line per block that could not be read, naming it; never dropped silently. */
  warnings: string[];
}

/** The document's own symbol in its masthead: CCPR/C/145/2/Add.1, CCPR/C/116/2. */
const SYMBOL = /^(CCPR\/C\/\d+\/\d+(?:\/Add\.\d+)?)\s*$/m;
const ISSUED = /Distr\.:\s*\w+\s+(\d{1,2} \w+ \d{4})/;
/** A State block starts at its header: "Concluding observations (133rd session): …" or "Concluding observations: Follow-up paragraphs:". */
const BLOCK = /^Concluding observations(?: \([^)]*\))?:/;
const CO_SYMBOL = /(CCPR\/C\/[A-Z]{3}\/CO\/\d+(?:-\d+)?)(?!\/Add)(?:,\s*(?:adopted\s+|received\s+)?(\d{1,2} \w+ \d{4}))?/;
/** "Paragraph 22: Liberty and security of persons", "Paragraph 8: The State party should …", "Paragraph 22" */
const PARAGRAPH = /^Paragraphs? (\d{1,3})\b\s*[:.–-]?\s*(.*)$/;
/** The paragraph's own evaluation heading (the header's "Committee's evaluation:" carries a colon and the summary grades). */
const EVALUATION = /^Committee['’]s evaluation\s*$/i;
/** Where the quoted recommendation ends: the State's reply, other information, or the evaluation. */
const AFTER_RECOMMENDATION = /^(Summary of |Information (received )?from |Committee['’]s evaluation)/i;
/** Where the last paragraph's evaluation ends. */
const AFTER_EVALUATION = /^(Recommended action|Next periodic report|Decision of the Committee)/i;
/** A grade line: "[B]", "[C1]: (a) With respect to …", "[B]: (b)", "[A] (a)", "[B] (c), (d), (e)". */
const GRADE_LINE = /^\[\s*([A-E])\s*([12])?\s*\]\s*:?\s*(.*)$/;
const SUBPARAGRAPHS = /^(\([a-z]{1,4}\)(?:\s*(?:,\s*and|,|and)\s*\([a-z]{1,4}\))*)\s*(.*)$/;
/** "22 [B]", "11 [C1][B2][B2]", "29 [B] [C]" in the header's summary line. */
const SUMMARY_GRADES = /\b(\d{1,3})\s*((?:\[\s*[A-E]\s*[12]?\s*\]\s*)+)/g;

/**
 * Reads the Human Rights Committee's follow-up assessment out of a document's text (pdftotext, or pdf.ts): each State's
 * concluding observations, and per paragraph graded its quotation and each graded part, in either scale (A/B/C/D/E, or
 * the older A/B1/B2/C1/C2/D1/D2/E). A paragraph without a grade in its evaluation takes those of the header's summary
 * line; one with neither is named in warnings.
 * readFollowUpText(botswanaText) → { symbol: 'CCPR/C/145/2/Add.1', issuedOn: '2026-05-11', states: [{ state: 'Botswana',
 *   coSymbol: 'CCPR/C/BWA/CO/2', coDate: '2021-11-01', paragraphs: [{ paragraph: '22', parts: [{ grade: 'B', … }] }, …] }] }
 */
export function readFollowUpText(raw: string): FollowUpDocument {
  const symbol = raw.match(SYMBOL)?.[1] ?? null;
  const issued = raw.match(ISSUED)?.[1];
  const warnings: string[] = [];
  const named = symbol ?? 'a follow-up document without a symbol';
  const firstPass = cleanLines(raw, symbol, []);
  const starts = firstPass.flatMap((l, i) => (BLOCK.test(l) ? [i] : []));
  const heads = starts.map((s) => stateName(firstPass, s)).filter((s): s is string => s !== null);
  const lines = heads.length > 0 ? cleanLines(raw, symbol, heads) : firstPass;
  const blockStarts = lines.flatMap((l, i) => (BLOCK.test(l) ? [i] : []));
  if (blockStarts.length === 0) warnings.push(`${named}: no "Concluding observations" header found; nothing read`);
  const states = blockStarts.map((start, k) => readState(lines, start, blockStarts[k + 1] ?? lines.length, named, warnings));
  return { symbol, issuedOn: issued ? dayOf(issued) : null, states, warnings };
}

/** The State a block is about: "… concluding observations on Botswana" above its header, or the line above it (older reports). */
function stateName(lines: string[], start: number): string | null {
  for (let i = start - 1; i >= Math.max(0, start - 3); i--) {
    const on = lines[i].match(/concluding observations on (.+?)\s*$/i);
    if (on) return on[1];
    const name = lines[i].replace(/^\d+(st|nd|rd|th) session \([^)]*\)\s*/, '');
    if (name && !/session|^II\.|assessment|Committee/i.test(name)) return name;
  }
  return null;
}

function readState(lines: string[], start: number, end: number, named: string, warnings: string[]): StateAssessment {
  const paragraphStarts: number[] = [];
  for (let i = start; i < end; i++) if (PARAGRAPH.test(lines[i])) paragraphStarts.push(i);
  const header = lines.slice(start, paragraphStarts[0] ?? end).join(' ');
  const co = header.match(CO_SYMBOL);
  const state = stateName(lines, start);
  const where = `${named} (${state ?? co?.[1] ?? 'unnamed State'})`;
  const summary = summaryGrades(header);
  const paragraphs = paragraphStarts.flatMap((p, k) => {
    const read = readParagraph(lines.slice(p, paragraphStarts[k + 1] ?? end), summary);
    if (typeof read === 'string') {
      warnings.push(`${where} ¶${lines[p].match(PARAGRAPH)![1]}: ${read}`);
      return [];
    }
    return [read];
  });
  const graded = new Set(paragraphs.map((p) => p.paragraph));
  for (const [paragraph] of summary)
    if (!graded.has(paragraph)) warnings.push(`${where} ¶${paragraph}: graded in the summary line, but its block was not found`);
  if (paragraphStarts.length === 0) warnings.push(`${where}: no "Paragraph …" block found`);
  return { state, coSymbol: co?.[1] ?? null, coDate: co?.[2] ? dayOf(co[2]) : null, paragraphs };
}

/** The header's summary line, paragraph → raw grades: "11 [C1][B2][B2]" → '11' → ['C1', 'B2', 'B2']. */
function summaryGrades(header: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of header.matchAll(SUMMARY_GRADES))
    out.set(
      m[1],
      [...m[2].matchAll(/\[\s*([A-E])\s*([12])?\s*\]/g)].map((g) => g[1] + (g[2] ?? '')),
    );
  return out;
}

/** One "Paragraph N" block, or why it could not be read. */
function readParagraph(block: string[], summary: Map<string, string[]>): ParagraphAssessment | string {
  const [, paragraph, rest] = block[0].match(PARAGRAPH)!;
  // A title is a short heading; older reports run the recommendation on from "Paragraph 8:".
  const titled = rest !== '' && !/\b(State party|should)\b/i.test(rest);
  const body = [...(titled || rest === '' ? [] : [rest]), ...block.slice(1)];
  const recEnd = body.findIndex((l) => AFTER_RECOMMENDATION.test(l));
  const recommendation = body
    .slice(0, recEnd < 0 ? body.length : recEnd)
    .join(' ')
    .trim();
  const evalAt = body.map((l) => EVALUATION.test(l)).lastIndexOf(true);
  const evalEnd = body.findIndex((l, i) => i > evalAt && AFTER_EVALUATION.test(l));
  const parts = evalAt < 0 ? [] : gradedParts(body.slice(evalAt + 1, evalEnd < 0 ? body.length : evalEnd));
  const fallback = (summary.get(paragraph) ?? []).map((grade) => ({ grade, subparagraphs: null, text: null }));
  if (recommendation === '') return 'no recommendation text found';
  if (parts.length === 0 && fallback.length === 0)
    return evalAt < 0 ? 'no "Committee\'s evaluation" found' : 'no grade found in the evaluation';
  return { paragraph, title: titled ? rest : null, recommendation, parts: parts.length > 0 ? parts : fallback };
}

/** The evaluation's graded parts, each with the text up to the next grade. Text before the first grade has no grade of its own. */
function gradedParts(evaluation: string[]): GradedPart[] {
  const parts: { grade: string; subparagraphs: string | null; text: string[] }[] = [];
  for (const line of evaluation) {
    const g = line.match(GRADE_LINE);
    if (!g) {
      parts.at(-1)?.text.push(line);
      continue;
    }
    const sub = g[3].match(SUBPARAGRAPHS);
    parts.push({ grade: g[1] + (g[2] ?? ''), subparagraphs: sub ? sub[1] : null, text: [sub ? sub[2] : g[3]].filter((t) => t !== '') });
  }
  return parts.map((p) => ({ grade: p.grade, subparagraphs: p.subparagraphs, text: p.text.join(' ').trim() || null }));
}

/** "11 May 2026" → "2026-05-11"; null for a month name it does not know. */
function dayOf(text: string): string | null {
  const [day, month, year] = text.split(' ');
  const m = englishMonth(month);
  return m ? calendarDay(year, m, day) : null;
}
