import { checkRows } from '../_kit/sanity.ts';
import { documentOf, spanishDate, type CorteIdhDocument } from './map.ts';
import type { CorteIdhRow } from './parse.ts';

/** An advisory opinion (Series A) as the Court lists it, the Court's (Spanish) wording kept. */
export interface CorteIdhAdvisoryOpinion {
  /** 'A-1': the series and number the entry gives. */
  id: string;
  seriesNumber: number;
  /** 'OC-1/82', as the entry writes it. */
  number: string;
  /** '"Otros tratados" objeto de la función consultiva de la Corte (Art. 64 Convención Americana sobre Derechos Humanos)' */
  subject: string;
  date: string | null;
  /** '24 de septiembre de 1982' */
  sourceDate: string | null;
  /** The judges whose separate opinions the entry lists ('Voto: Juez Reina'): ['Juez Reina', 'Juez Piza Escalante']. */
  separateOpinions: string[];
  documents: CorteIdhDocument[];
  language: string;
}

/**
 * The entry's text: '<subject>. Opinión Consultiva OC-<n>/<yy> de <d> de <month> de <yyyy>. Serie A No. <n>.' followed by the
 * entry's buttons ('Voto: Juez Reina', 'Ficha técnica', 'Idiomas disponibles'), whose text the listing item carries.
 */
const ENTRY =
  /^(.+?)\.?\s+Opini[oó]n\s+Consultiva\s+(OC-\d+\s*\/\s*\d{2,4})\s+de(?:l)?\s+(\d{1,2}[º°]?\s+de\s+\p{L}+\s+de\s+\d{4})\s*\.?\s*Serie\s+A\s*,?\s*N(?:o|º|°|ro)?\.?\s*(\d+)\s*\.?\s*(.*)$/isu;
/** The listing's button labels: not part of the opinion's text. */
const BUTTONS = [/\bFicha\s+t[eé]cnica\b/giu, /\bIdiomas\s+disponibles\b/giu];
/** 'Voto: Juez Reina', 'Votos: Juez Cançado Trindade' (also 'Voto concurrente:'): each separate opinion the entry lists. */
const VOTE =
  /\bVotos?(?:\s+(?:concurrentes?|disidentes?|razonados?|separados?|conjuntos?))*\s*:\s*(.*?)(?=\s*\bVotos?\b(?:\s+\p{L}+)*\s*:|$)/giu;

/**
 * The text of a listing entry without its junk: buttons dropped, white space (`\r\n\t…`) collapsed; words kept.
 * cleanEntryText('Serie A No. 3. Voto: \r\n\t\tJuez Reina Ficha  técnica Idiomas disponibles') === 'Serie A No. 3. Voto: Juez Reina'
 */
export function cleanEntryText(text: string): string {
  return BUTTONS.reduce((t, button) => t.replace(button, ' '), text)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A search row of type OC → an advisory opinion; null (with a warning naming it) for an entry not in the Court's form.
 * toAdvisoryOpinion({ citation: '… Opinión Consultiva OC-3/83 de 8 de septiembre de 1983. Serie A No. 3. Voto: Juez Reina Ficha técnica', links }, w)
 *   → { id: 'A-3', number: 'OC-3/83', date: '1983-09-08', separateOpinions: ['Juez Reina'], … }
 */
export function toAdvisoryOpinion(row: CorteIdhRow, source: string, warnings: string[]): CorteIdhAdvisoryOpinion | null {
  const text = cleanEntryText(row.citation);
  const m = text.match(ENTRY);
  if (!m) {
    warnings.push(`${source}: advisory-opinion entry not in the Court's form, left out: ${JSON.stringify(text.slice(0, 120))}`);
    return null;
  }
  const [, subject, number, sourceDate, series, rest] = m;
  const separateOpinions = [...rest.matchAll(VOTE)]
    .flatMap((v) => v[1].split(/\s*[,;]\s*|\s+y\s+(?=Jue[zc])/u))
    .map((j) => j.trim())
    .filter(Boolean);
  const leftover = rest.replace(VOTE, ' ').trim();
  if (leftover)
    warnings.push(
      `${source}: OC ${number.replace(/\s+/g, '')}: text after the series number kept out of the record: ${JSON.stringify(leftover.slice(0, 80))}`,
    );
  return {
    id: `A-${Number(series)}`,
    seriesNumber: Number(series),
    number: number.replace(/\s+/g, '').toUpperCase(),
    subject: subject.trim(),
    date: spanishDate(sourceDate),
    sourceDate: sourceDate.replace(/\s+/g, ' '),
    separateOpinions,
    documents: row.links.map((l) => documentOf(l.href)).filter((d) => /\.(pdf|docx?)$/i.test(d.url)),
    language: 'es',
  };
}

/** Every row as an advisory opinion; rows but none in the Court's form means the form changed (RH_SOURCE_INSANE). */
export function toAdvisoryOpinions(rows: readonly CorteIdhRow[], source: string, warnings: string[]): CorteIdhAdvisoryOpinion[] {
  const opinions = rows.map((r) => toAdvisoryOpinion(r, source, warnings));
  checkRows(
    source,
    opinions.map((o) => ({ id: o?.id ?? '' })),
  );
  return opinions.filter((o): o is CorteIdhAdvisoryOpinion => o !== null);
}
