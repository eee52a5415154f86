import type { AdapterPage } from '../../adapters/_kit/types.ts';
import { createIachrAdapter, IACHR_SOURCES, type IachrConfig, type IachrListing } from '../../adapters/iachr/index.ts';
import { systemsOf } from '../../schema/reference/memberships.ts';
import type { Communication, Decision, Visit } from '../../schema/types.ts';
import { filtersApplied, type ContractQuery, type ContractSource } from '../_shared/contract-source.ts';
import { filteredPage, type RowKeys } from '../_shared/filtered-page.ts';
import { IA_SYSTEM, toIachrDecision, toIachrVisits, toPrecautionaryCommunication } from './to-contract.ts';

/**
 * A decision dated only by its listing year passes a date filter when the whole year lies inside the range:
 * yearInRange(2015, { from: '2015-01-01', to: null }) === true; yearInRange(2015, { from: '2015-06-01', to: null }) === false.
 */
export function yearInRange(year: number, q: Pick<ContractQuery, 'from' | 'to'>): boolean {
  return (!q.from || q.from <= `${year}-01-01`) && (!q.to || q.to >= `${year}-12-31`);
}

/**
 * Whether the years maxYears left unread may hold records the query asks for: not when every State it asks for is
 * outside the Inter-American system (the Commission decides on none of them), so their count stays exact.
 * leftRecordsUnread({ complete: false }, { countries: ['TZA'] }) === false; … { countries: ['TZA', 'MEX'] } === true
 */
export function leftRecordsUnread(listing: { complete: boolean }, q: Pick<ContractQuery, 'countries'>): boolean {
  return !listing.complete && (q.countries.length === 0 || q.countries.some((c) => systemsOf(c).includes(IA_SYSTEM)));
}

/**
 * A page of rows read from yearly listings: the listings' warning, and an unknown total, only where the years left
 * unread may hold the query's records (leftRecordsUnread). `rows` maps the records, adding its own warnings;
 * `pageQuery` is the query the rows are filtered with (decisions have their years checked already).
 */
function yearlyPage<T extends { id: string }>(
  listing: IachrListing<unknown>,
  q: ContractQuery,
  rows: (warnings: string[]) => T[],
  keys: RowKeys<T>,
  pageQuery: ContractQuery = q,
): AdapterPage<T> {
  const partial = leftRecordsUnread(listing, q);
  const warnings = partial ? [...listing.warnings] : [];
  const page = filteredPage(rows(warnings), pageQuery, keys);
  return { rows: page.rows, total: partial ? null : page.total, fetched: listing.fetched, warnings: [...new Set(warnings)] };
}

/**
 * The IACHR's three sources on oas.org, sharing one adapter configuration. The yearly listings are read for the
 * newest maxYears years of a query's range; where that leaves years unread that may hold the query's records, the
 * count is unknown (total null) and a warning says how far back they were read.
 */
export function iachrSources(config: Partial<IachrConfig> = {}): ContractSource[] {
  const adapter = createIachrAdapter(config);

  /** Decisions on petitions and cases (merits, admissibility, inadmissibility, friendly settlement) from the yearly listings. */
  const decisions: ContractSource = {
    name: IACHR_SOURCES.decisions,
    system: IA_SYSTEM,
    mechanisms: ['ia-iachr'],
    canFilterBy: filtersApplied(),
    async decisions(q, ctx): Promise<AdapterPage<Decision>> {
      const listing = await adapter.decisions(q, ctx.fetcher);
      const rows = (warnings: string[]) =>
        listing.rows.filter((r) => yearInRange(r.record.year, q)).map((r) => toIachrDecision(r.record, r.fetched, warnings));
      return yearlyPage(
        listing,
        q,
        rows,
        { countries: (d) => d.respondents, order: (d) => ({ date: d.date, id: d.id }) },
        { ...q, from: null, to: null },
      );
    },
  };

  /** Precautionary measures (grants, extensions, lifts) as communications to the State. */
  const precautionary: ContractSource = {
    name: IACHR_SOURCES.precautionary,
    system: IA_SYSTEM,
    mechanisms: ['ia-iachr'],
    canFilterBy: filtersApplied(),
    async communications(q, ctx): Promise<AdapterPage<Communication>> {
      const listing = await adapter.precautionary(q, ctx.fetcher);
      const rows = (warnings: string[]) =>
        listing.rows.map((r) => toPrecautionaryCommunication(r.record, r.fetched, r.fetched.url, warnings));
      return yearlyPage(listing, q, rows, { countries: (c) => c.countries, order: (c) => ({ date: c.date, id: c.id }) });
    },
  };

  /** On-site and working visits from the rapporteurships' country-visit pages. */
  const visits: ContractSource = {
    name: IACHR_SOURCES.visits,
    system: IA_SYSTEM,
    mechanisms: ['ia-iachr'],
    canFilterBy: filtersApplied(),
    async visits(q, ctx): Promise<AdapterPage<Visit>> {
      const listing = await adapter.visits(ctx.fetcher);
      const warnings: string[] = [];
      const page = filteredPage(toIachrVisits(listing.rows, warnings), q, {
        countries: (v) => [v.country],
        order: (v) => ({ date: v.startDate, id: v.id }),
      });
      return { rows: page.rows, total: page.total, fetched: listing.fetched, warnings: [...new Set(warnings)] };
    },
  };

  return [decisions, precautionary, visits];
}
