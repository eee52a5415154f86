import { XMLBuilder } from 'fast-xml-parser';
import { exportQuery, rowOf, type ExportKind, type ExportRow } from '../export/columns.ts';
import { fetchList, type ExportFilter, type GraphqlApi } from '../export/walk.ts';

/**
 * "What's new" as an Atom feed (RFC 4287), the e-bulletin: the newest records of any list filter, each entry with a
 * stable id (from the record id), `updated`, a link to the record at its source and one to the hub's GraphQL query
 * that lists it. Written with fast-xml-parser's builder (the hub's XML library), not by string concatenation.
 */

/** A feed holds the newest this many records (one page). */
export const ATOM_ENTRIES = 50;

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true });

/** YYYY-MM-DD (or a year) → an RFC 3339 instant at UTC midnight; null when it is neither. */
function instantOf(date: string): string | null {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : /^\d{4}$/.test(date) ? `${date}-01-01` : null;
  if (!day) return null;
  const parsed = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
}

/** When an entry last changed, as far as the hub can tell: the record's own date, else when the hub read it. */
const updatedOf = (row: ExportRow) => instantOf(row.date) ?? new Date(row.fetchedAt).toISOString();

export interface AtomFeed {
  body: string;
  lastModified: Date | null;
  entries: number;
}

/**
 * The Atom feed of a list: `selfUrl` is the feed's own address (also its id), `api` the API it reads (and the caller's credentials), and
 * `publicGraphqlUrl` the API's address as a reader reaches it (for the links to the query).
 */
export async function buildAtom(
  api: GraphqlApi,
  kind: ExportKind,
  filter: ExportFilter,
  urls: { selfUrl: string; publicGraphqlUrl: string; title: string },
): Promise<AtomFeed> {
  const query = exportQuery(kind);
  const page = await fetchList(api, kind, query, { filter, first: ATOM_ENTRIES, after: null });
  const rows = page.nodes.map(rowOf);
  const queryLink = `${urls.publicGraphqlUrl}?${new URLSearchParams({ query, variables: JSON.stringify({ filter, first: ATOM_ENTRIES }) })}`;
  const updated = rows.map(updatedOf).sort().at(-1) ?? new Date(0).toISOString();
  const feed = {
    '?xml': { '@version': '1.0', '@encoding': 'utf-8' },
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      id: urls.selfUrl,
      title: urls.title,
      updated,
      author: { name: 'Rights Hub' },
      generator: 'Rights Hub',
      link: [
        { '@rel': 'self', '@type': 'application/atom+xml', '@href': urls.selfUrl },
        { '@rel': 'related', '@type': 'application/json', '@href': queryLink },
      ],
      entry: rows.map((row) => ({
        id: `urn:rights-hub:record:${encodeURIComponent(row.id)}`,
        title: row.title.slice(0, 300) || `${row.type} ${row.id}`,
        updated: updatedOf(row),
        link: [
          ...(row.url ? [{ '@rel': 'alternate', '@href': row.url }] : []),
          { '@rel': 'related', '@type': 'application/json', '@href': queryLink },
        ],
        category: [
          { '@term': row.type },
          ...row.countries
            .split('; ')
            .filter(Boolean)
            .map((c) => ({ '@term': c, '@scheme': 'urn:iso:std:iso:3166' })),
        ],
        // An entry with no link to its source carries its text as content (RFC 4287 §4.1.2).
        [row.url ? 'summary' : 'content']: {
          '@type': 'text',
          '#text': [row.mechanism, row.countries, row.title].filter(Boolean).join(' · '),
        },
      })),
    },
  };
  return { body: builder.build(feed), lastModified: rows.length ? new Date(updated) : null, entries: rows.length };
}
