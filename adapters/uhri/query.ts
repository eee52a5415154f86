import type { AdapterQuery } from '../_kit/types.ts';
import { isSpecialProcedureBody, type UhriRecord } from './map.ts';
import { themeCodeOfLabel } from '../../schema/reference/themes.ts';
import { inDateRange, newestFirst as compareOrdered } from '../../schema/order.ts';
import { documentOf, matchesText, parseTextQuery } from '../../schema/text-query.ts';
import type { UndatedRecords } from '../../schema/types.ts';

/**
 * A search of the UHRI index: the adapter query plus themes (level-2 codes A1–H1; a record matches when one
 * of its labels is that level-2 title) and bodies (UHRI's names: 'CRC', 'UPR', 'SR Torture'; 'SP' stands for every special procedure).
 */
export interface UhriSearch extends AdapterQuery {
  themes: string[];
  bodies: string[];
  /** What from/to do with undated records; absent means EXCLUDE (UHRI's own behaviour). */
  undated?: UndatedRecords;
  /** A further test of the caller's, applied with the others before paging (the UN subgraph's text search on mapped fields). */
  where?: (r: UhriRecord) => boolean;
}

/** A search compiled once into a record predicate. */
export type UhriMatcher = (r: UhriRecord) => boolean;

/**
 * All filters but countries (the index files already hold one country each):
 * compileSearch({ ...q, themes: ['E4'], text: 'torture' })(record) is true when one of the record's themes is
 * level-2 "Right to health" and its text has a word stemming like "torture" in English (tortured, torturing…):
 * the hub's text search (schema/text-query.ts; UHRI's export is the English one).
 */
export function compileSearch(q: Pick<UhriSearch, 'from' | 'to' | 'text' | 'themes' | 'bodies' | 'undated' | 'where'>): UhriMatcher {
  const text = q.text?.trim() ? parseTextQuery(q.text) : null;
  const codes = new Set(q.themes.map((c) => c.trim().toUpperCase()));
  const bodies = q.bodies.map((b) => b.trim().toUpperCase());
  return (r) =>
    inDateRange(r.publicationDate, q.from, q.to, q.undated) &&
    (!text || matchesText(text, documentOf(r.text, ['en']))) &&
    (codes.size === 0 || r.themes.some((t) => codes.has(themeCodeOfLabel(t) ?? ''))) &&
    (bodies.length === 0 || bodies.some((b) => b === r.body.toUpperCase() || (b === 'SP' && isSpecialProcedureBody(r.body)))) &&
    (!q.where || q.where(r));
}

/** The hub's order (schema/order.ts) on UHRI records: PublicationDate desc, undated last, then AnnotationId. */
function newestFirst(a: UhriRecord, b: UhriRecord): number {
  return compareOrdered({ date: a.publicationDate, id: a.annotationId }, { date: b.publicationDate, id: b.annotationId });
}

/**
 * Keeps only the first `size` records in newestFirst order while matches stream past, so a page costs
 * memory for offset + limit records, not for every match. const w = pageWindow(20); w.add(r); w.rows()
 */
export function pageWindow(size: number): { add(r: UhriRecord): void; rows(): UhriRecord[] } {
  const kept: UhriRecord[] = [];
  return {
    add(r) {
      if (size <= 0 || (kept.length === size && newestFirst(r, kept[size - 1]) >= 0)) return;
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (newestFirst(kept[mid], r) <= 0) lo = mid + 1;
        else hi = mid;
      }
      kept.splice(lo, 0, r);
      if (kept.length > size) kept.pop();
    },
    rows: () => kept,
  };
}
