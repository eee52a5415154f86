import type { SourceFetcher } from '../_kit/fetcher.ts';
import type { UwaziFilter } from './fetch.ts';
import { dayRangeFilter } from './map.ts';
import type { UwaziAdapter } from './index.ts';

/** Which of a template's properties holds a record's State and which its date, and how the system reads a State's label. */
export interface UwaziRecordFields {
  state: string;
  date: string;
  codeOf: (label: string) => string | null;
}

/** What a query asks of an Uwazi template: States (ISO 3166 alpha-3) and a day range. */
export interface UwaziQuery {
  countries: readonly string[];
  from: string | null;
  to: string | null;
}

/**
 * The Uwazi filters for a query: the States asked as ids of the State property's thesaurus (Uwazi filters need the
 * full value ids, never labels), each label read by the system's own name resolver, and the dates as a range of the
 * date property; null when no State of the thesaurus is one asked for (nothing to search).
 * uwaziFilters(ihrda, { countries: ['KEN'], from: '2012-01-01', to: null }, { state: 'country', date: 'year_decided', codeOf }, fetcher)
 *   → { country: { values: ['country-kenya'] }, year_decided: { from: 1325376000 } }
 */
export async function uwaziFilters(
  adapter: UwaziAdapter,
  q: UwaziQuery,
  fields: UwaziRecordFields,
  fetcher: SourceFetcher,
): Promise<Record<string, UwaziFilter> | null> {
  const filters: Record<string, UwaziFilter> = {};
  if (q.countries.length > 0) {
    const thesaurus = await adapter.thesaurusOf(fields.state, fetcher);
    const ids = thesaurus.values
      .filter((v) => {
        const code = fields.codeOf(v.label);
        return code !== null && q.countries.includes(code);
      })
      .map((v) => v.id);
    if (ids.length === 0) return null;
    filters[fields.state] = { values: ids };
  }
  const range = dayRangeFilter(q.from, q.to);
  if (range) filters[fields.date] = range;
  return filters;
}

/** How an Uwazi source searches `text` (sources[].warnings says so): its own search over titles and documents. */
export const UWAZI_TEXT_SEARCH = "Uwazi's own full-text search (searchTerm) over titles and documents, with its own word analysis";
