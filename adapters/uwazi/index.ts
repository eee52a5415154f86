/**
 * The generic Uwazi adapter (HURIDOCS' database platform: IHRDA case law, UPR Info, …). One adapter per template.
 *
 * Usage:
 * ```ts
 * import { createUwaziAdapter, metadataDate, metadataLabels, dayRangeFilter } from './index.ts';
 * const upr = createUwaziAdapter({ name: 'upr-info', baseUrl: env.RH_UPR_INFO_URL ?? 'https://upr-info-database.uwazi.io',
 *   template: '5d8ce04361cde0408222e9a8' });
 * // Thesaurus filters need the full value ids: resolve labels through the instance's own thesauri.
 * const response = await upr.thesaurusOf('response', fetcher);            // → { id, name, values: [{ id, label }] }
 * const supported = response.values.filter((v) => v.label === 'Supported').map((v) => v.id);
 * const page = await upr.search({
 *   filters: { response: { values: supported }, ...(range ? { date: range } : {}) }, // range = dayRangeFilter('2020-01-01', null)
 *   sort: { property: 'creationDate', order: 'desc' }, from: 0, limit: 20,
 * }, fetcher);
 * const { record, fetched } = page.rows[0]; // an entity and the answer it was read from (for provenance)
 * record.sharedId; metadataLabels(record, 'issues'); page.total; // = Uwazi's totalRows
 * ```
 * - `search` reads every `/api/search` page the window [from, from + limit) needs (pageSize rows a request, in parallel
 *   after the first) and no more; each row is `{ record, fetched }`, the entity and the answer it came from (for provenance).
 * - Uwazi answers HTTP 200 with 0 rows for a filter id that is not in the property's thesaurus (a short or stale id).
 *   When a `values` filter yields 0 rows, `search` checks its ids against `/api/templates` (the property's thesaurus id)
 *   and `/api/thesauris`, and throws SourceConfigError (RH_SOURCE_CONFIG) if one is unknown, instead of answering
 *   "no data". A filter on a property the template does not have is the same error.
 * - Helpers (map.ts): metadataValues / metadataLabels / metadataText / metadataDate (unix seconds → YYYY-MM-DD),
 *   unixToDay, dayRangeFilter, thesaurusValues. Replay: adapters/uwazi/replay.ts `uwaziReplay({ entities, templates, thesauri })`.
 */
import type { Fetched, SourceFetcher, Sourced } from '../_kit/fetcher.ts';
import { SourceConfigError } from '../_kit/errors.ts';
import type { AdapterPage } from '../_kit/types.ts';
import { validateUwaziConfig, type UwaziConfig } from './config.ts';
import { fetchUwazi, uwaziSearchUrl, type UwaziFilter, type UwaziRequest } from './fetch.ts';
import { thesaurusValues } from './map.ts';
import {
  parseUwaziSearch,
  parseUwaziTemplates,
  parseUwaziThesauri,
  type UwaziEntity,
  type UwaziSearchResult,
  type UwaziTemplate,
} from './parse.ts';

export type { UwaziConfig } from './config.ts';
export type { UwaziFilter, UwaziRequest } from './fetch.ts';
export type { UwaziEntity, UwaziMetadataValue, UwaziProperty, UwaziTemplate, UwaziThesaurus, UwaziThesaurusValue } from './parse.ts';
export {
  dayRangeFilter,
  metadataDate,
  metadataLabels,
  metadataLinks,
  metadataText,
  metadataValues,
  thesaurusValues,
  unixToDay,
} from './map.ts';
export { UWAZI_DEFAULTS, validateUwaziConfig } from './config.ts';
export { communicationNumbers, namesProvisionalMeasures, seriesOf } from './wording.ts';

/** A search page whose rows each come with the upstream answer they were read from. */
export type UwaziPage = AdapterPage<Sourced<UwaziEntity>>;

/** A property's thesaurus, values flattened (groups' children included). */
export interface UwaziVocabulary {
  id: string;
  name: string;
  values: { id: string; label: string }[];
}

export interface UwaziAdapter {
  readonly config: UwaziConfig;
  /** Entities of the template, rows [from, from + limit) of Uwazi's order; total = totalRows for the filters. */
  search(q: UwaziRequest, fetcher: SourceFetcher): Promise<UwaziPage>;
  /** The configured template as `/api/templates` describes it. */
  template(fetcher: SourceFetcher): Promise<UwaziTemplate>;
  /** The thesaurus behind a select/multiselect property of the template (RH_SOURCE_CONFIG when there is none). */
  thesaurusOf(property: string, fetcher: SourceFetcher): Promise<UwaziVocabulary>;
}

/**
 * One adapter for one Uwazi template (see the usage above):
 * createUwaziAdapter({ name: 'ihrda-achpr', baseUrl: 'https://caselaw.ihrda.org', template: '59f8a857c01ffe324453ba2f' })
 *   .search({ from: 0, limit: 10, sort: { property: 'metadata.year_decided', order: 'desc' } }, fetcher)
 */
export function createUwaziAdapter(config: Pick<UwaziConfig, 'name' | 'baseUrl' | 'template'> & Partial<UwaziConfig>): UwaziAdapter {
  const cfg = validateUwaziConfig(config);
  const source = cfg.name;

  async function readPage(r: UwaziRequest, fetcher: SourceFetcher): Promise<{ fetched: Fetched; result: UwaziSearchResult }> {
    const url = uwaziSearchUrl(cfg, r);
    const { fetched, parsed } = await fetchUwazi(cfg, fetcher, url, 'search', (body) => parseUwaziSearch(body, source, url));
    return { fetched, result: parsed };
  }

  async function template(fetcher: SourceFetcher): Promise<UwaziTemplate> {
    const url = `${cfg.baseUrl}/api/templates`;
    const { parsed } = await fetchUwazi(cfg, fetcher, url, 'templates', (body) => parseUwaziTemplates(body, source, url));
    const found = parsed.find((t) => t._id === cfg.template);
    if (!found) throw new SourceConfigError(`${source}: the instance has no template ${cfg.template} (GET ${url})`, source, { url });
    return found;
  }

  async function thesaurusOf(property: string, fetcher: SourceFetcher): Promise<UwaziVocabulary> {
    const tpl = await template(fetcher);
    const prop = tpl.properties.find((p) => p.name === property);
    if (!prop) throw new SourceConfigError(`${source}: template "${tpl.name}" has no property "${property}"`, source);
    if (!prop.content || !['select', 'multiselect'].includes(prop.type))
      throw new SourceConfigError(`${source}: property "${property}" (${prop.type}) is not backed by a thesaurus`, source);
    const url = `${cfg.baseUrl}/api/thesauris`;
    const { parsed } = await fetchUwazi(cfg, fetcher, url, 'thesauri', (body) => parseUwaziThesauri(body, source, url));
    const thesaurus = parsed.find((t) => t._id === prop.content);
    if (!thesaurus)
      throw new SourceConfigError(`${source}: thesaurus ${prop.content} of "${property}" is not in /api/thesauris`, source, { url });
    return { id: thesaurus._id, name: thesaurus.name, values: thesaurusValues(thesaurus) };
  }

  /** A 0-row answer to id filters: RH_SOURCE_CONFIG when an id is not in its property's thesaurus ('missing' is Uwazi's "no value"). */
  async function checkFilterIds(filters: Record<string, UwaziFilter>, fetcher: SourceFetcher): Promise<void> {
    const tpl = await template(fetcher);
    for (const [property, filter] of Object.entries(filters)) {
      if (!tpl.properties.some((p) => p.name === property))
        throw new SourceConfigError(`${source}: filter on "${property}", which template "${tpl.name}" does not have`, source);
      if (!('values' in filter)) continue;
      const prop = tpl.properties.find((p) => p.name === property)!;
      if (!['select', 'multiselect'].includes(prop.type)) continue;
      const thesaurus = await thesaurusOf(property, fetcher);
      const known = new Set(thesaurus.values.map((v) => v.id));
      const unknown = filter.values.filter((v) => v !== 'missing' && !known.has(v));
      if (unknown.length > 0)
        throw new SourceConfigError(
          `${source}: filter "${property}" has value ids not in thesaurus "${thesaurus.name}": ${unknown.join(', ')} ` +
            '(Uwazi answers such a filter with 0 rows, not an error; use the full ids from /api/thesauris)',
          source,
        );
    }
  }

  async function search(q: UwaziRequest, fetcher: SourceFetcher): Promise<UwaziPage> {
    const firstLimit = Math.max(1, Math.min(q.limit, cfg.pageSize));
    const first = await readPage({ ...q, limit: firstLimit }, fetcher);
    const total = first.result.totalRows;
    if (total === 0 && q.filters && Object.values(q.filters).some((f) => 'values' in f)) await checkFilterIds(q.filters, fetcher);
    const end = Math.min(q.from + q.limit, total);
    const starts: number[] = [];
    for (let start = q.from + firstLimit; start < end; start += cfg.pageSize) starts.push(start);
    const rest = await Promise.all(
      starts.map((start) => readPage({ ...q, from: start, limit: Math.min(cfg.pageSize, end - start) }, fetcher)),
    );
    const rows: Sourced<UwaziEntity>[] = [];
    for (const page of [first, ...rest]) {
      const kept = page.result.rows.slice(0, Math.max(0, Math.min(page.result.rows.length, q.limit - rows.length)));
      rows.push(...kept.map((record) => ({ record, fetched: page.fetched })));
    }
    const warnings: string[] = [];
    const expected = Math.max(0, end - q.from);
    if (rows.length < expected) warnings.push(`${source}: expected ${expected} rows from ${q.from}, Uwazi returned ${rows.length}`);
    return { rows, total, fetched: [first.fetched, ...rest.map((p) => p.fetched)], warnings };
  }

  return { config: cfg, search, template, thesaurusOf };
}
