import { checkRows } from '../_kit/sanity.ts';
import type { CorteIdhRow } from './parse.ts';
import { calendarDay } from '../_kit/dates.ts';

/** A document of a judgment, as the listing links it. */
export interface CorteIdhDocument {
  url: string;
  /** From the file name's suffix: seriec_475_esp.pdf → 'es', _ing → 'en', _por → 'pt', _fra → 'fr'; null when it has none. */
  language: string | null;
  /** seriec_… → 'judgment', seriea_… → 'advisory opinion', resumen_… → 'summary', votos/vsc_… → 'separate opinion', else 'document'. */
  kind: 'judgment' | 'advisory opinion' | 'summary' | 'separate opinion' | 'document';
}

/** A Series C judgment as the Court lists it, the Court's (Spanish) wording kept. */
export interface CorteIdhJudgment {
  /** 'C-475': the series and number the citation gives (not the file name: the listing crosses C-384 and C-385's files). */
  id: string;
  seriesNumber: number;
  /** 'Angulo Losada' */
  caseName: string;
  /** The State as the citation writes it: 'Bolivia', 'Brasil', 'México'. */
  state: string | null;
  /** 'Excepciones Preliminares, Fondo y Reparaciones'; null when the citation names none (C-466). */
  act: string | null;
  date: string | null;
  /** '18 de noviembre de 2022' */
  sourceDate: string | null;
  /** 'Corte IDH. Caso Angulo Losada Vs. Bolivia. … Serie C No. 475.' */
  citation: string;
  /** Language of the listing's words, which the record keeps ('es'). */
  language: string;
  documents: CorteIdhDocument[];
}

const MONTHS: Record<string, number> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

/** spanishDate('7 de octubre de 2024') === '2024-10-07' (also '1º de Julio  de 2020'); null for anything else. */
export function spanishDate(text: string): string | null {
  const m = text.trim().match(/^(\d{1,2})[º°]?\s+de\s+(\p{L}+)\s+de\s+(\d{4})$/iu);
  const month = m ? MONTHS[m[2].toLowerCase()] : undefined;
  if (!m || !month) return null;
  return calendarDay(m[3], month, m[1]);
}

/**
 * The Court's citation form: 'Corte IDH. Caso <name> Vs. <State>. [<act>.] Sentencia de <d> de <month> de <yyyy>. Serie C No. <n>.'
 * The act may itself contain "Sentencia de Fondo" (interpretation judgments), so the date is the "Sentencia de" followed by a day.
 */
const CITATION =
  /^Corte IDH\.\s+Caso\s+(.+?)\s+Vs\.\s+(.+?)\.\s+(?:(.+?)\.\s+)?Sentencia de (\d{1,2} de \p{L}+ de \d{4})\.\s+Serie C No\.\s*(\d+)\.?$/u;

const LANGUAGES: Record<string, string> = { esp: 'es', ing: 'en', por: 'pt', fra: 'fr' };

/** documentOf('https://www.corteidh.or.cr/docs/casos/articulos/resumen_539_esp.pdf') → { url, language: 'es', kind: 'summary' } */
export function documentOf(url: string): CorteIdhDocument {
  const file = url.split('/').pop()?.toLowerCase() ?? '';
  const suffix = file.match(/_([a-z]{3})\d?\.[a-z]+$/)?.[1];
  const kind = file.startsWith('seriec_')
    ? 'judgment'
    : file.startsWith('seriea_')
      ? 'advisory opinion'
      : file.startsWith('resumen_')
        ? 'summary'
        : /\/votos\/|^vs[ac]_/.test(url.toLowerCase())
          ? 'separate opinion'
          : 'document';
  return { url, language: (suffix && LANGUAGES[suffix]) ?? null, kind };
}

/**
 * A search row → a judgment; null (with a warning naming it) for a citation not in the Court's form, which has no
 * series number to identify it by.
 * toJudgment({ citation: 'Corte IDH. Caso Meza Vs. Ecuador. Interpretación de la Sentencia de Fondo, Reparaciones y
 * Costas. Sentencia de 19 de junio de 2024. Serie C No. 528.', links }, warnings)
 *   → { id: 'C-528', caseName: 'Meza', state: 'Ecuador', act: 'Interpretación de la Sentencia de Fondo, Reparaciones y Costas', date: '2024-06-19', … }
 */
export function toJudgment(row: CorteIdhRow, warnings: string[]): CorteIdhJudgment | null {
  const documents = row.links.map((l) => documentOf(l.href)).filter((d) => /\.(pdf|docx?)$/i.test(d.url));
  const m = row.citation.match(CITATION);
  if (!m) {
    warnings.push(`corteidh: citation not in the Court's form, left out: ${JSON.stringify(row.citation.slice(0, 120))}`);
    return null;
  }
  const [, caseName, state, act, sourceDate, number] = m;
  return {
    id: `C-${number}`,
    seriesNumber: Number(number),
    caseName,
    state,
    act: act ?? null,
    date: spanishDate(sourceDate),
    sourceDate,
    citation: row.citation,
    language: 'es',
    documents,
  };
}

/** Every row as a judgment; rows but no citation in the Court's form means the form changed (RH_SOURCE_INSANE). */
export function toJudgments(rows: readonly CorteIdhRow[], source: string, warnings: string[]): CorteIdhJudgment[] {
  const judgments = rows.map((r) => toJudgment(r, warnings));
  checkRows(
    source,
    judgments.map((j) => ({ id: j?.id ?? '' })),
  );
  return judgments.filter((j): j is CorteIdhJudgment => j !== null);
}
