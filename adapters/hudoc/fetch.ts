import { parsedOf, type Fetched, type SourceFetcher } from '../_kit/fetcher.ts';
import { SourceConfigError } from '../_kit/errors.ts';
import type { HudocQueryFields, HudocSiteConfig } from './config.ts';

/** What one JSON query selects: States (ISO alpha-3), a day range (inclusive, either end open), articles and importance levels. */
export interface HudocFilter {
  countries: readonly string[];
  from: string | null;
  to: string | null;
  articles?: readonly string[];
  importance?: readonly number[];
  /** Application numbers ('22535/93'), for sites whose query fields name an appNumberField. */
  appNumbers?: readonly string[];
}

/** ((field="a" OR field="b")), or nothing for no values: anyOf('article', ['6', 'P1-1']) === '((article="6" OR article="P1-1"))' */
function anyOf(field: string, values: readonly string[]): string[] {
  return values.length > 0 ? [`((${values.map((v) => `${field}="${v}"`).join(' OR ')}))`] : [];
}

/** The hub's source name for a sub-site: hudocSourceName(HUDOC_SITES.echr) === 'hudoc-echr' */
export function hudocSourceName(site: HudocSiteConfig): string {
  return `hudoc-${site.site}`;
}

/** The JSON query fields of a site, or a clear error for sub-sites only readable through RSS. */
export function queryFieldsOf(site: HudocSiteConfig): HudocQueryFields {
  if (!site.query)
    throw new SourceConfigError(
      `${hudocSourceName(site)} has no JSON query fields configured (only its RSS feed is read); add "query" to its site config`,
      hudocSourceName(site),
    );
  return site.query;
}

/** '2024-12-31' → '2025-01-01' (UTC days). */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The HUDOC query text, in the forms HUDOC's own site and clients send. Upper bounds are exclusive
 * at the next midnight, so a day is whole whatever time of day the date column carries:
 * contentsitename:ECHR AND (NOT (doctype=PR OR doctype=HFCOMOLD OR doctype=HECOMOLD)) AND ((respondent="SVN"))
 *   AND (kpdate>="2020-01-01T00:00:00.0Z" AND kpdate<"2025-01-01T00:00:00.0Z")
 */
export function hudocQuery(site: HudocSiteConfig, filter: HudocFilter): string {
  const fields = queryFieldsOf(site);
  const parts = [`contentsitename:${site.contentSiteName}`, ...fields.fixedClauses];
  const codes = filter.countries.map((c) => c.replace(/[^A-Za-z]/g, '').toUpperCase()).filter(Boolean);
  parts.push(...anyOf(fields.countryField, codes));
  parts.push(
    ...anyOf(
      'article',
      (filter.articles ?? []).map((a) => a.replace(/[^\w-]/g, '')),
    ),
  );
  parts.push(...anyOf('importance', (filter.importance ?? []).map(String)));
  if (fields.appNumberField)
    parts.push(
      ...anyOf(
        fields.appNumberField,
        (filter.appNumbers ?? []).map((a) => a.replace(/[^\w/-]/g, '')),
      ),
    );
  const bounds = [
    filter.from ? `${fields.dateField}>="${filter.from}T00:00:00.0Z"` : null,
    filter.to ? `${fields.dateField}<"${nextDay(filter.to)}T00:00:00.0Z"` : null,
  ].filter((b): b is string => b !== null);
  if (bounds.length > 0) parts.push(`(${bounds.join(' AND ')})`);
  return parts.join(' AND ');
}

/**
 * One page of a JSON query, newest first; ties on the date are broken by the id so pages never overlap:
 * https://hudoc.echr.coe.int/app/query/results?query=…&select=itemid,docname,…&sort=kpdate+Descending,itemid+Ascending&start=0&length=500
 */
export function hudocQueryUrl(site: HudocSiteConfig, filter: HudocFilter, start: number, length: number): string {
  const fields = queryFieldsOf(site);
  const params = new URLSearchParams({
    query: hudocQuery(site, filter),
    select: fields.select.join(','),
    sort: `${fields.dateField} Descending,${site.idKey} Ascending`,
    start: String(start),
    length: String(length),
  });
  return `${site.baseUrl}/app/query/results?${params}`;
}

/**
 * The sub-site's RSS feed, as HUDOC serves it (the newest items only):
 * https://hudoc.cpt.coe.int/app/transform/rss?library=cpteng&query=contentsitename%3ACPT&sort=&start=1
 */
export function hudocRssUrl(site: HudocSiteConfig): string {
  const params = new URLSearchParams({ library: site.library, query: `contentsitename:${site.contentSiteName}`, sort: '', start: '1' });
  return `${site.baseUrl}/app/transform/rss?${params}`;
}

/**
 * The only I/O of the adapter: one cached GET through the hub's fetcher, read by the answer's own parser before it is
 * cached, so a 200 of the wrong shape (`{"oops":1}`, a cut-short feed) is never cached over the last good copy; the
 * parsed answer is kept in process with it, so a warm read parses nothing.
 */
export async function fetchHudoc<T>(
  site: HudocSiteConfig,
  fetcher: SourceFetcher,
  url: string,
  accept: string,
  reading: { as: string; read: (body: string) => T },
): Promise<{ fetched: Fetched; parsed: T }> {
  const fetched = await fetcher.get(url, { source: hudocSourceName(site), ttlMs: site.ttlMs, accept, parse: reading });
  return { fetched, parsed: parsedOf(fetched, reading.read) };
}
