import type { SourceFetcher } from '../../adapters/_kit/fetcher.ts';
import { validateUwaziConfig } from '../../adapters/uwazi/config.ts';
import { uwaziSearchUrl } from '../../adapters/uwazi/fetch.ts';
import type { UwaziAdapter } from '../../adapters/uwazi/index.ts';
import { parseUwaziSearch } from '../../adapters/uwazi/parse.ts';
import type { System } from '../../schema/types.ts';
import { textCheck, type SourceCheck } from './source-check.ts';

/**
 * The ids of a State thesaurus' values naming the States asked, each label read by the system's own name resolver
 * (Uwazi filters need the full value ids, never labels):
 * stateThesaurusIds(ihrda, 'country', ['KEN'], (label) => africanState(label, []).code, fetcher) → ['country-kenya'].
 */
export async function stateThesaurusIds(
  adapter: UwaziAdapter, property: string, countries: readonly string[], codeOf: (label: string) => string | null, fetcher: SourceFetcher,
): Promise<string[]> {
  const thesaurus = await adapter.thesaurusOf(property, fetcher);
  return thesaurus.values.filter((v) => {
    const code = codeOf(v.label);
    return code !== null && countries.includes(code);
  }).map((v) => v.id);
}

/** The live drift check of one Uwazi template: its first ten entities, read by the adapter's own parser. */
export function uwaziSearchCheck(source: string, system: System, baseUrl: string, template: string): SourceCheck {
  const url = uwaziSearchUrl(validateUwaziConfig({ name: source, baseUrl, template }), { from: 0, limit: 10 });
  return textCheck(source, system, url, (body) => parseUwaziSearch(body, source, url).rows.length);
}
