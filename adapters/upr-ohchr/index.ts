import { getRead, type Fetched, type SourceFetcher } from '../_kit/fetcher.ts';
import { asSourceError, SourceParseError } from '../_kit/errors.ts';
import { validateUprOhchrConfig, type ThematicListDocument, type UprOhchrConfig } from './config.ts';
import { readThematicList, type ThematicList } from './parse.ts';

export type { ThematicList, ThematicRecommendation } from './parse.ts';
export { readThematicList, trailingStates } from './parse.ts';
export { RECORDED_THEMATIC_LISTS, UPR_OHCHR_DEFAULTS, type ThematicListDocument, type UprOhchrConfig } from './config.ts';

export const SOURCE = 'upr-ohchr';

/** One thematic list read: the review it belongs to, what it says, and the answer it was read from. */
export interface ReadList {
  document: ThematicListDocument;
  list: ThematicList;
  fetched: Fetched;
}

export interface ListsRead {
  lists: ReadList[];
  fetched: Fetched[];
  warnings: string[];
  /** false when a list could not be read: its recommendations are missing. */
  complete: boolean;
}

export interface UprOhchrAdapter {
  readonly config: UprOhchrConfig;
  /** The configured lists of these States' reviews (all for none), in parallel. */
  read(countries: readonly string[], fetcher: SourceFetcher): Promise<ListsRead>;
}

/** A .docx (a zip: "PK\x03\x04") or a PDF where the list's text was expected. */
// eslint-disable-next-line no-control-regex -- the zip signature is made of control characters
const NOT_TEXT = /^(PK\x03\x04|%PDF-)/;

/**
 * OHCHR's UPR thematic lists of recommendations, read from their text (one cell or bullet a line, as extracted from the
 * list's .docx): each recommendation with its number, States, position and themes. A list in which no recommendation
 * can be read is a parse error and is not cached.
 * await createUprOhchrAdapter({ baseUrl }).read(['SVN'], fetcher) → { lists: [{ document: { symbol: 'A/HRC/59/15', … }, list: { recommendations: [254] } }] }
 */
export function createUprOhchrAdapter(config: Partial<UprOhchrConfig> = {}): UprOhchrAdapter {
  const cfg = validateUprOhchrConfig(config);

  async function one(document: ThematicListDocument, fetcher: SourceFetcher): Promise<ReadList> {
    const url = `${cfg.baseUrl}${document.path}`;
    const parse = (body: string) => {
      if (NOT_TEXT.test(body))
        throw new SourceParseError(`${SOURCE}: ${url} is a .docx or PDF; the hub reads the list's text`, SOURCE, { url });
      const list = readThematicList(body);
      if (list.recommendations.length === 0)
        throw new SourceParseError(`${SOURCE}: ${url} holds no numbered recommendation`, SOURCE, { url });
      return list;
    };
    const { fetched, parsed: list } = await getRead(
      fetcher,
      url,
      { source: SOURCE, ttlMs: cfg.ttlMs, accept: 'text/plain' },
      'list',
      parse,
    );
    return { document, list, fetched };
  }

  async function read(countries: readonly string[], fetcher: SourceFetcher): Promise<ListsRead> {
    const asked = cfg.documents.filter((d) => countries.length === 0 || countries.includes(d.state));
    const settled = await Promise.allSettled(asked.map((d) => one(d, fetcher)));
    const lists = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const failed = settled.flatMap((r, i) =>
      r.status === 'rejected' ? [{ symbol: asked[i].symbol, error: asSourceError(r.reason, SOURCE) }] : [],
    );
    if (lists.length === 0 && failed.length > 0) throw failed[0].error;
    return {
      lists,
      fetched: lists.map((l) => l.fetched),
      warnings: [
        ...failed.map(
          (f) =>
            `${SOURCE}: the thematic list of ${f.symbol} could not be read (${f.error.code}: ${f.error.message}); its recommendations are missing`,
        ),
        ...lists.flatMap((l) => l.list.warnings.map((w) => `${SOURCE}: ${l.document.symbol}: ${w}`)),
      ],
      complete: failed.length === 0,
    };
  }

  return { config: cfg, read };
}
