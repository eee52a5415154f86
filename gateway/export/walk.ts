import type { IncomingHttpHeaders } from 'node:http';
import { fetch } from 'undici';
import { credentialHeaders } from '../../access/identity.ts';
import { exportQuery, rowOf, type ExportKind, type ExportRow } from './columns.ts';

/** The filter an export or a feed asks (RecordFilter's fields); validated by the API itself, like any query. */
export type ExportFilter = Record<string, unknown>;

export interface ListStatus {
  system: string;
  source: string;
  ok: boolean;
  code: string | null;
  message: string | null;
}

/** One page of a list as the public API answers it (nodes as selected). */
export interface ListPage<T> {
  nodes: T[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number | null;
  sources: ListStatus[];
}

export interface ExportPage extends Omit<ListPage<unknown>, 'nodes'> {
  rows: ExportRow[];
}

/**
 * The API a walk reads: its URL, or its URL and the credential headers to send (the gateway's own export and feeds
 * query as their caller, so a caller gets no more through them than through /graphql).
 */
export type GraphqlApi = string | { url: string; headers: Record<string, string> };

/** The gateway's own API at `url`, asked with the credentials of the request whose `headers` are given. */
export const asCaller = (url: string, headers: IncomingHttpHeaders): GraphqlApi => ({ url, headers: credentialHeaders(headers) });

/** An answer the API refused (bad argument, over a limit) or could not give: its message, for the caller. */
export class ExportRefused extends Error {}

/** One answer of the public GraphQL API: `data[field]` of `query` with `variables`, or ExportRefused with the API's reasons. */
export async function askApi<T>(api: GraphqlApi, field: string, query: string, variables: object): Promise<T> {
  const { url, headers } = typeof api === 'string' ? { url: api, headers: {} } : api;
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  }).catch(() => {
    throw new ExportRefused(`the API at ${url} could not be reached`);
  });
  const body = (await res.json().catch(() => null)) as { data?: Record<string, any>; errors?: { message: string }[] } | null;
  const answer = body?.data?.[field];
  if (!answer) throw new ExportRefused(body?.errors?.map((e) => e.message).join('; ') ?? `the API answered HTTP ${res.status}`);
  return answer as T;
}

/**
 * One page of a list through the public GraphQL API: `query` selects `list(filter, first, after)` with totalCount,
 * endCursor, hasNextPage, nodes and sources; variables $filter, $first, $after.
 */
export function fetchList<T>(
  api: GraphqlApi,
  list: string,
  query: string,
  variables: { filter: ExportFilter; first: number; after: string | null },
): Promise<ListPage<T>> {
  return askApi<ListPage<T>>(api, list, query, variables);
}

/** Every page of a list from `after` on (null: the first), at most `maxPages`; each page as it arrives. */
export async function* walkList<T>(
  api: GraphqlApi,
  list: string,
  query: string,
  filter: ExportFilter,
  options: { after?: string | null; maxPages?: number } = {},
): AsyncGenerator<ListPage<T>> {
  let after = options.after ?? null;
  for (let n = 0; n < (options.maxPages ?? Infinity); n++) {
    const page = await fetchList<T>(api, list, query, { filter, first: 100, after });
    yield page;
    if (!page.hasNextPage || !page.endCursor) return;
    after = page.endCursor;
  }
}

/** The pages of an export, each page's nodes as rows. */
export async function* walkPages(
  api: GraphqlApi,
  kind: ExportKind,
  filter: ExportFilter,
  options: { after?: string | null; maxPages?: number } = {},
): AsyncGenerator<ExportPage> {
  for await (const { nodes, ...page } of walkList(api, kind, exportQuery(kind), filter, options)) yield { ...page, rows: nodes.map(rowOf) };
}
