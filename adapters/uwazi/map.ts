import type { UwaziEntity, UwaziThesaurus, UwaziThesaurusValue } from './parse.ts';
import { dayOfInstant } from '../_kit/dates.ts';

/** A metadata property's raw values: metadataValues(e, 'year_decided') → [1350000000]; [] when absent. */
export function metadataValues(entity: UwaziEntity, key: string): unknown[] {
  return (entity.metadata[key] ?? []).map((v) => v.value);
}

/**
 * A property's labels (thesaurus and relationship values), else its values as text:
 * metadataLabels(e, 'country') → ['Cameroon', 'Ethiopia', 'Kenya', 'Malawi']; metadataLabels(e, 'case_head_notes') → ['The Complainant …'].
 */
export function metadataLabels(entity: UwaziEntity, key: string): string[] {
  return (entity.metadata[key] ?? [])
    .map((v) => v.label ?? (typeof v.value === 'string' || typeof v.value === 'number' ? String(v.value) : ''))
    .filter((s) => s !== '');
}

/** The first label or text of a property, or null: metadataText(e, 'outcome') → 'Ruled Inadmissible'. */
export function metadataText(entity: UwaziEntity, key: string): string | null {
  return metadataLabels(entity, key)[0] ?? null;
}

/** Unix seconds → YYYY-MM-DD (UTC): unixToDay(593827200) === '1988-10-26'; null for anything not a finite number. */
export function unixToDay(seconds: unknown): string | null {
  const n = typeof seconds === 'string' && /^-?\d+(\.\d+)?$/.test(seconds) ? Number(seconds) : seconds;
  return typeof n === 'number' ? dayOfInstant(n * 1000) : null;
}

/** A date property's first day: metadataDate(e, 'year_decided') === '1988-10-26', or null. */
export function metadataDate(entity: UwaziEntity, key: string): string | null {
  return unixToDay(metadataValues(entity, key)[0]);
}

/**
 * A Uwazi date-range filter for days YYYY-MM-DD (inclusive, UTC), in unix seconds, or null when both ends are open:
 * dayRangeFilter('2012-01-01', '2012-12-31') → { from: 1325376000, to: 1356998399 }.
 */
export function dayRangeFilter(from: string | null, to: string | null): { from?: number; to?: number } | null {
  if (!from && !to) return null;
  const range: { from?: number; to?: number } = {};
  if (from) range.from = Date.parse(`${from}T00:00:00Z`) / 1000;
  if (to) range.to = Date.parse(`${to}T23:59:59Z`) / 1000;
  return range;
}

/** Every value of a thesaurus, groups flattened: [{ id: '47822743-…', label: 'Asylum-seekers - refugees' }, …]. */
export function thesaurusValues(thesaurus: UwaziThesaurus): { id: string; label: string }[] {
  const walk = (values: UwaziThesaurusValue[]): { id: string; label: string }[] =>
    values.flatMap((v) => [{ id: v.id, label: v.label }, ...walk(v.values ?? [])]);
  return walk(thesaurus.values);
}

/**
 * A link property's values ({ label, url } objects in Uwazi), malformed ones skipped:
 * metadataLinks(e, 'national_report') → [{ label: 'A/HRC/WG.6/29/BRB/1', url: 'https://documents.un.org/…' }].
 */
export function metadataLinks(entity: UwaziEntity, key: string): { label: string | null; url: string }[] {
  return metadataValues(entity, key).flatMap((v) => {
    const link = v as { label?: unknown; url?: unknown } | null;
    if (typeof link !== 'object' || link === null || typeof link.url !== 'string' || link.url === '') return [];
    return [{ label: typeof link.label === 'string' && link.label !== '' ? link.label : null, url: link.url }];
  });
}
