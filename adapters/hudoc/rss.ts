import { XMLParser } from 'fast-xml-parser';
import { SourceParseError } from '../_kit/errors.ts';
import { checkRows, uniqueById } from '../_kit/sanity.ts';
import { fromDayMonthYear, fromRfc822, instantFromRfc822 } from './dates.ts';

/** One RSS item of any HUDOC sub-site, with the source's wording kept. */
export interface HudocRssItem {
  /** The site's id key read from the link fragment: 'p-ltu-20240212-en-1'; '' when the link has none. */
  id: string;
  /** <title>, or the description where the title is empty (GREVIO). */
  title: string;
  /** <description>: '45443/21;45483/21;8701/23 - Chamber Judgment', 'Lithuania: visit 2024 - 1/12', 'ADMIS;IMMED'. */
  description: string;
  /** <pubDate> as YYYY-MM-DD; null when implausible (ECRI's 2204, FCNM's 0001). */
  date: string | null;
  /** <pubDate>'s text when it could not be used as a date. */
  sourceDate: string | null;
  /** <pubDate> as an ISO instant ('2025-05-22T16:11:40.000Z'), for "what is new since"; null with the date. */
  publishedAt: string | null;
  /** <link> as given: http://hudoc.echr.coe.int/eng#{"itemid":["001-243188"]} */
  link: string;
}

export interface HudocRssFeed {
  title: string;
  /** <lastBuildDate> (dd/mm/yyyy in HUDOC) as YYYY-MM-DD. */
  builtOn: string | null;
  items: HudocRssItem[];
}

const parser = new XMLParser({ parseTagValue: false, ignoreAttributes: true, isArray: (name) => name === 'item' });

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The id in a HUDOC link fragment: idFromLink('http://hudoc.cpt.coe.int/eng#{"cptsectionid":["p-ltu-20240212-en-1"]}',
 * 'cptsectionid') === 'p-ltu-20240212-en-1'; '' when the fragment is missing or holds another key.
 */
export function idFromLink(link: string, idKey: string): string {
  const hash = link.indexOf('#');
  if (hash < 0) return '';
  try {
    const ids = (JSON.parse(link.slice(hash + 1)) as Record<string, unknown>)[idKey];
    return Array.isArray(ids) && typeof ids[0] === 'string' ? ids[0] : '';
  } catch {
    return '';
  }
}

/**
 * Any HUDOC sub-site's RSS → feed and items, in feed order. A body that is not an RSS channel (an HTML
 * error page) throws RH_SOURCE_PARSE naming the URL; a feed where no item has an id throws RH_SOURCE_INSANE. An item the
 * feed repeats (same id) is returned once.
 */
export function parseHudocRss(xml: string, idKey: string, source: string, url: string): HudocRssFeed {
  let doc: { rss?: { channel?: Record<string, unknown> } };
  try {
    doc = parser.parse(xml);
  } catch (err) {
    throw new SourceParseError(`${source}: expected an RSS feed from GET ${url}, got text that is not XML`, source, { url, cause: err });
  }
  const channel = doc.rss?.channel;
  if (!channel || typeof channel !== 'object')
    throw new SourceParseError(
      `${source}: expected <rss><channel> from GET ${url}, got ${JSON.stringify(xml.trim().slice(0, 80))}`,
      source,
      { url },
    );
  const items = ((channel.item as Record<string, unknown>[] | undefined) ?? []).map((item): HudocRssItem => {
    const description = text(item.description);
    const link = text(item.link);
    const pubDate = text(item.pubDate) || null;
    const pub = fromRfc822(pubDate);
    return {
      id: idFromLink(link, idKey),
      title: text(item.title) || description,
      description,
      date: pub.date,
      sourceDate: pub.sourceDate,
      publishedAt: instantFromRfc822(pubDate),
      link,
    };
  });
  return {
    title: text(channel.title),
    builtOn: fromDayMonthYear(text(channel.lastBuildDate) || null).date,
    items: uniqueById(checkRows(source, items)),
  };
}
