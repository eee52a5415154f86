import type { AccessLevel } from '../../../schema/access-level.ts';
import { mechanismRefOf } from '../../../schema/reference/mechanisms.ts';
import type { Visit, VisitType } from '../../../schema/types.ts';
import type { Database } from '../../_kit/database.ts';
import type { TableQuery, TablePage, TableReader } from '../../_kit/mechanism-subgraph.ts';
import { NO_VISIT_DETAILS } from '../../_shared/contract-defaults.ts';
import { COE_OWNER, COE_SYSTEM } from '../to-contract.ts';

export const CPT_DATABASE = 'cpt-database';

/** A row of the cpt_visit_records view (migrations/003), dates as YYYY-MM-DD text. */
export interface CptVisitRow {
  id: string;
  country: string;
  country_code: string | null;
  period_as_stated: string | null;
  start_date: string | null;
  end_date: string | null;
  visit_type: string | null;
  event: string;
  published_on: string | null;
  source_url: string;
  access_level: AccessLevel;
}

const COLUMNS = `id, country, country_code, period_as_stated, start_date::text AS start_date, end_date::text AS end_date, visit_type,
  event, published_on::text AS published_on, source_url, access_level`;

/**
 * The query's States and dates in SQL, as the hub's inDateRange reads them (schema/order.ts): an undated row passes
 * with INCLUDE or ONLY, or with no bound at all; ONLY keeps nothing dated. Parameters $1 … $4.
 */
const WHERE = `WHERE (cardinality($1::text[]) = 0 OR country_code = ANY($1::text[]))
  AND CASE WHEN sort_date IS NULL THEN $4::text <> 'EXCLUDE' OR ($2::date IS NULL AND $3::date IS NULL)
      ELSE $4::text <> 'ONLY' AND ($2::date IS NULL OR sort_date >= $2::date) AND ($3::date IS NULL OR sort_date <= $3::date) END`;

/** The hub's order (schema/order.ts newestFirst): ids compared byte by byte, as JavaScript compares them. */
const ORDER = 'ORDER BY sort_date DESC NULLS LAST, id COLLATE "C" ASC';

const TYPES: Record<string, VisitType> = { periodic: 'PERIODIC', 'ad hoc': 'AD_HOC' };

/**
 * The visit year where the wording gives only one: 'March/April 2017', '2008 visit', '11-day visit (2021)'; null for a
 * range of years or a relative wording.
 */
export function yearOf(period: string | null): number | null {
  const m = period?.match(/^(?:[A-Z][a-z]+(?:\/[A-Z][a-z]+)? )?(\d{4})(?: visit)?$/) ?? period?.match(/\((\d{4})\)$/);
  return m ? Number(m[1]) : null;
}

/**
 * A row → Visit. Every row tells of a visit carried out (or talks held), so status is COMPLETED, with the event as the
 * CPT words it in statusLabel; the type as written in typeLabel (periodic, ad hoc; another wording is OTHER). No report
 * document: the facts name none. The row's level is its access_level column.
 */
export function toVisit(r: CptVisitRow, fetchedAt: string): Visit {
  return {
    id: `${CPT_DATABASE}:${r.id}`,
    mechanism: mechanismRefOf('coe-cpt'),
    country: { code: r.country_code, name: r.country },
    startDate: r.start_date,
    endDate: r.end_date,
    year: r.start_date ? Number(r.start_date.slice(0, 4)) : yearOf(r.period_as_stated),
    sourceDates: r.period_as_stated,
    status: 'COMPLETED',
    statusLabel: r.event,
    type: r.visit_type ? (TYPES[r.visit_type] ?? 'OTHER') : null,
    typeLabel: r.visit_type,
    ...NO_VISIT_DETAILS,
    publishedOn: r.published_on,
    access: r.access_level,
    provenance: {
      system: COE_SYSTEM,
      source: CPT_DATABASE,
      owner: COE_OWNER,
      sourceUrl: r.source_url,
      fetchedAt,
      fromCache: false,
      stale: false,
    },
    alsoIn: [],
  };
}

/** The CPT's visits from its database: States, dates, order and the window all in SQL; total counted there too. */
export function cptVisitsReader(db: () => Promise<Database>, now: () => Date = () => new Date()): TableReader<Visit> {
  return async (q: TableQuery): Promise<TablePage<Visit>> => {
    const conn = await db();
    const filter = [q.countries, q.from, q.to, q.undated];
    const [rows, [{ total }]] = await Promise.all([
      conn.query<CptVisitRow>(`SELECT ${COLUMNS} FROM cpt_visit_records ${WHERE} ${ORDER} LIMIT $5 OFFSET $6`, [
        ...filter,
        q.limit,
        q.offset,
      ]),
      conn.query<{ total: number }>(`SELECT count(*)::int AS total FROM cpt_visit_records ${WHERE}`, filter),
    ]);
    const fetchedAt = now().toISOString();
    const uncoded = [...new Set(rows.filter((r) => r.country_code === null).map((r) => r.country))];
    return {
      rows: rows.map((r) => toVisit(r, fetchedAt)),
      total,
      warnings: uncoded.map((name) => `State name "${name}" has no ISO 3166 code; kept as written`),
    };
  };
}
