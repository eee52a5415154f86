import { fetch } from 'undici';
import { exportQuery, rowOf, type ExportKind, type ExportRow } from './columns.ts';

/** The filter an export asks (RecordFilter's fields); validated by the API itself, like any query. */
export type ExportFilter = Record<string, unknown>;

export interface ExportPage {
  rows: ExportRow[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number | null;
  sources: { system: string; source: string; ok: boolean; code: string | null; message: string | null }[];
}

/** An answer the API refused (bad argument, over a limit): its message, for the analyst. */
export class ExportRefused extends Error {}

/** One page of a list through the public GraphQL API. */
export async function fetchPage(graphqlUrl: string, kind: ExportKind, filter: ExportFilter, after: string | null, first = 100): Promise<ExportPage> {
  const res = await fetch(graphqlUrl, {
    method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: exportQuery(kind), variables: { filter, first, after }, operationName: 'Export' }),
  }).catch(() => { throw new ExportRefused(`the API at ${graphqlUrl} could not be reached`); });
  const body = (await res.json().catch(() => null)) as { data?: Record<string, any>; errors?: { message: string }[] } | null;
  const list = body?.data?.[kind];
  if (!list) throw new ExportRefused(body?.errors?.map((e) => e.message).join('; ') ?? `the API answered HTTP ${res.status}`);
  return { rows: list.nodes.map(rowOf), endCursor: list.endCursor, hasNextPage: list.hasNextPage, totalCount: list.totalCount, sources: list.sources };
}

/** Every page of a list from `after` on (null: the first), at most `maxPages`; each page as it arrives. */
export async function* walkPages(graphqlUrl: string, kind: ExportKind, filter: ExportFilter, options: { after?: string | null; maxPages?: number } = {}): AsyncGenerator<ExportPage> {
  let after = options.after ?? null;
  for (let n = 0; n < (options.maxPages ?? Infinity); n++) {
    const page = await fetchPage(graphqlUrl, kind, filter, after);
    yield page;
    if (!page.hasNextPage || !page.endCursor) return;
    after = page.endCursor;
  }
}
