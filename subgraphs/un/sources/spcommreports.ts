import {
  SPCOMMREPORTS_DEFAULTS,
  createSpcommreportsAdapter,
  type SpCommListing,
  type SpCommunicationRecord,
  type SpcommreportsConfig,
} from '../../../adapters/spcommreports/index.ts';
import { spcommreportsCheck } from '../../../adapters/spcommreports/check.ts';
import { spcommreportsReplay } from '../../../adapters/spcommreports/replay.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import type { AdapterPage } from '../../../adapters/_kit/types.ts';
import type { Fetched } from '../../../adapters/_kit/fetcher.ts';
import { mechanismRefOf } from '../../../schema/reference/mechanisms.ts';
import { newestFirst } from '../../../schema/order.ts';
import type { Communication, CountryRef } from '../../../schema/types.ts';
import { isoFromName } from '../../../schema/reference/countries.ts';
import { recordMatchesText } from '../../_shared/local-filters.ts';
import { parseTextQuery } from '../../../schema/text-query.ts';
import { filtersApplied, type ContractQuery, type ContractSource, type SourceContext } from '../../_shared/contract-source.ts';
import { countryRefOf } from '../../_shared/country-ref.ts';
import { filteredPage } from '../../_shared/filtered-page.ts';
import { provenanceFrom } from '../../_shared/provenance.ts';
import { SOURCE } from '../../../adapters/spcommreports/config.ts';

export const SPCOMMREPORTS = SOURCE;
/** The reference prefix the site gives a communication to a company or another non-State addressee ("OTH 157/2025"). */
const NON_STATE = 'OTH';

/**
 * A listed communication as a contract Communication: one record however many mandates sent it jointly. Every mandate
 * is a special procedure of the Human Rights Council, which the hub knows as one mechanism (un-sp); the mandates'
 * own labels are kept. A State addressee is the country (its name, else its reference prefix, resolved to ISO 3166);
 * a non-State one ("OTH …") gives no country and is kept, like every addressee, in `addressees`.
 * toSpCommunication(australia, fetched, w) → { id: 'spcommreports:30774', code: 'JAL AUS 2/2026', communicationType: 'ALLEGATION_LETTER',
 *   countries: [{ code: 'AUS', name: 'Australia' }], addressees: ['Australia'], documents: [{ url: '…DownLoadPublicCommunicationFile?gId=30774' }], … }
 */
export function toSpCommunication(r: SpCommunicationRecord, fetched: Fetched, warnings: string[]): Communication {
  return {
    id: `${SPCOMMREPORTS}:${r.gId}`,
    code: r.code,
    communicationType: r.communicationType,
    typeLabel: r.typeLabel,
    mechanisms: [mechanismRefOf('un-sp')],
    mandateLabels: r.mandates,
    countries: countriesOf(r, warnings),
    addressees: r.addressee ? [r.addressee] : [],
    date: r.date,
    sourceDate: r.sourceDate,
    summary: r.summary,
    replyReceived: null,
    documents: r.documentUrl ? [{ symbol: r.code, title: null, url: r.documentUrl, language: null }] : [],
    provenance: provenanceFrom('UN', SPCOMMREPORTS, 'OHCHR', fetched, r.documentUrl ?? fetched.url),
  };
}

/**
 * The State a communication was sent to: none for a non-State addressee (reference "OTH …"); else the addressee as
 * printed, resolved by its name or the reference's prefix (kept without a code, with a warning, when neither resolves).
 * A row with no reference prefix is a State's only when its addressee is a State's name.
 */
function countriesOf(r: SpCommunicationRecord, warnings: string[]): CountryRef[] {
  if (r.referencePrefix === NON_STATE) return [];
  const name = r.addressee ?? r.referencePrefix;
  if (!name) return [];
  if (!r.referencePrefix && !isoFromName(name)) {
    warnings.push(`${SPCOMMREPORTS}: addressee "${name}" has no State reference and no ISO 3166 name; kept in addressees only`);
    return [];
  }
  return [countryRefOf(name, warnings, ...(r.referencePrefix ? [r.referencePrefix] : []))];
}

/** The text filter on what the listing shows of a communication (code, type, addressees, mandates, summary): the hub's word search. */
function textFilter(text: string | null): (c: Communication) => boolean {
  const query = text?.trim() ? parseTextQuery(text) : null;
  return (c) => query === null || recordMatchesText(query, c);
}

/** Whether a query filters by anything the listing must be read through for (so its total is what the site states only without one). */
function narrows(q: ContractQuery): boolean {
  return q.countries.length > 0 || q.from !== null || q.to !== null || !!q.text?.trim();
}

/** A communication's place in the hub's order (date desc, then id), from the listing record alone. */
const orderOf = (r: SpCommunicationRecord) => ({ date: r.date, id: `${SPCOMMREPORTS}:${r.gId}` });

/**
 * With no filter, the first offset + limit rows suffice once the listing has gone past their last date (rows of one day
 * sort by id, and the next page may hold more of that day).
 */
function enoughFor(q: ContractQuery) {
  const wanted = q.offset + q.limit;
  return (records: readonly SpCommunicationRecord[]) => {
    if (records.length <= wanted) return false;
    const lastWanted = records.map(orderOf).sort(newestFirst)[wanted - 1].date;
    const lastRead = records.at(-1)?.date ?? null;
    return lastWanted !== null && lastRead !== null && lastRead < lastWanted;
  };
}

/**
 * What the site says when nothing is filtered (the pager's count); else the matches, when the listing was read as far
 * as they can go (to its end, or past the window's start); else unknown.
 */
function totalOf(listing: SpCommListing, q: ContractQuery, matched: number): number | null {
  if (!narrows(q) && listing.listed !== null) return listing.listed;
  return listing.ended === 'end' || listing.ended === 'past-from' ? matched : null;
}

/**
 * The window the listing covers: the "Communications sent" listing holds the latest reporting period only, so a query
 * reaching further back is told where the listing starts.
 */
function coverageWarnings(listing: SpCommListing, q: ContractQuery): string[] {
  const dates = listing.records
    .map((r) => r.record.date)
    .filter((d): d is string => d !== null)
    .sort();
  if (listing.ended !== 'end' || dates.length === 0 || (q.from !== null && q.from >= dates[0])) return [];
  return [
    `${SPCOMMREPORTS}: the "Communications sent" listing holds the latest reporting period only (communications of ${dates[0]} to ${dates.at(-1)}); older ones are not read`,
  ];
}

/**
 * The special procedures' communications (allegation letters, urgent appeals, other letters) from spcommreports'
 * "Communications sent" listing, read page by page newest first: to the window's `from`, or, with no filter, only as
 * far as the page asked for. Countries, dates and text are filtered here on the records read; `total` is the count the
 * pager states when nothing is filtered, else the count of matches (null when maxPages stopped the reading).
 */
export function spcommreportsSource(config: Partial<SpcommreportsConfig> = {}): ContractSource {
  const adapter = createSpcommreportsAdapter(config);

  async function communications(q: ContractQuery, ctx: SourceContext): Promise<AdapterPage<Communication>> {
    const listing = await adapter.communications(ctx.fetcher, { from: q.from, ...(!narrows(q) && { enough: enoughFor(q) }) });
    const warnings: string[] = [];
    const all = listing.records.map((r) => toSpCommunication(r.record, r.fetched, warnings));
    const page = filteredPage(all.filter(textFilter(q.text)), q, {
      countries: (c) => c.countries,
      order: (c) => ({ date: c.date, id: c.id }),
    });
    return {
      rows: page.rows,
      total: totalOf(listing, q, page.total),
      fetched: listing.fetched,
      warnings: [...new Set([...listing.warnings, ...coverageWarnings(listing, q), ...warnings])],
    };
  }

  return {
    name: SPCOMMREPORTS,
    system: 'UN',
    mechanisms: ['un-sp'],
    canFilterBy: filtersApplied('text'),
    textSearch: "the hub's stemmed word matching, on every record of the listing it reads",
    communications,
  };
}

export const SPCOMMREPORTS_SOURCE: SourceDeclaration = {
  name: SPCOMMREPORTS,
  system: 'UN',
  defaultUrl: SPCOMMREPORTS_DEFAULTS.baseUrl,
  sources: (env) => [spcommreportsSource({ baseUrl: baseUrlOf(SPCOMMREPORTS_SOURCE, env) })],
  checks: () => [spcommreportsCheck(SPCOMMREPORTS_DEFAULTS, SPCOMMREPORTS)],
  replay: { mount: () => spcommreportsReplay() },
  fixtures: [SPCOMMREPORTS],
  readme: {
    source: "Special procedures' communications (spcommreports)",
    adapter: SPCOMMREPORTS,
    reads:
      'allegation letters, urgent appeals and other letters (`Communication`) from the "Communications sent" listing (`/LatestReports/CommunicationSent?page=N`, newest first, read only as far as the query\'s dates or page need): type and reference, every mandate of a joint letter, addressee (a company or other non-State addressee, reference `OTH …`, gives no country and stays in `addressees`), summary, the letter\'s file; the listing holds the latest reporting period only and no replies',
  },
};
