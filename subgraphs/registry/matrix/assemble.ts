import type { FollowUpGrade, MechanismRef, Recommendation, RecordFilter, StatePositionValue, System } from '../../../schema/types.ts';
import { UHRI_THEMES, type UhriTheme } from '../../../schema/reference/themes.ts';
import { MECHANISMS } from '../../../schema/reference/mechanisms.ts';

/**
 * The recommendations matrix of one State: rows are UHRI themes (a record's own or derived ones, as the `themes` filter
 * reads them), columns the mechanisms that made recommendations to it, each cell the count of the mechanism's
 * recommendations on the theme, with the State's UPR positions and the follow-up grades among them, and the list query
 * that gives the same records. A recommendation on several themes counts in each of their rows.
 */

export interface Count<T extends string> {
  value: T;
  count: number;
}

/** The list query behind a cell or a column: run as is, its totalCount is the cell's count. */
export interface ListLink {
  query: string;
  /** The query's variables, as JSON. */
  variables: string;
  filter: Record<string, unknown>;
  /** The same records through GET /export (CSV), where the filter has only the fields /export takes; null otherwise. */
  url: string | null;
}

export interface MatrixCell extends Tally {
  theme: string;
  mechanism: MechanismRef;
  count: number;
  /** Of count, how many have the theme only as derived (from the mandate or articles), not from the source. */
  derived: number;
  list: ListLink;
}

export interface Tally {
  positions: Count<StatePositionValue>[];
  followUpGrades: Count<FollowUpGrade>[];
}
export interface MatrixColumn extends Tally {
  mechanism: MechanismRef;
  system: System;
  count: number;
  withoutTheme: number;
  list: ListLink;
}
export interface MatrixRow {
  theme: UhriTheme;
  count: number;
  cells: MatrixCell[];
}
export interface Matrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
  recommendations: number;
}

/** The query a link names: the list with its count, first records and paging. */
export const LINKED_QUERY = `query MatrixCell($filter: RecordFilter) { recommendations(filter: $filter, first: 100) {
  totalCount hasNextPage endCursor nodes { id issuedOn text mechanism { id acronym } statePosition { value label } followUp { grade label } }
  sources { system source ok code count total } } }`;

/** The filter as a client would write it: the canonical filter's fields that narrow anything. */
function writtenFilter(filter: RecordFilter): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filter).filter(([key, value]) =>
      Array.isArray(value) ? value.length > 0 : key === 'undated' ? value !== 'INCLUDE' : value !== null,
    ),
  );
}

/** /export's parameters for each RecordFilter field it takes (gateway/export/run.ts, filterOf). */
const EXPORT_PARAMETERS: Record<string, string> = {
  countries: 'country',
  systems: 'system',
  mechanisms: 'mechanism',
  themes: 'theme',
  from: 'from',
  to: 'to',
  since: 'since',
  text: 'text',
};

function linkOf(filter: RecordFilter): ListLink {
  const written = writtenFilter(filter);
  const exportable = Object.keys(written).every((key) => key in EXPORT_PARAMETERS);
  const params = new URLSearchParams({ kind: 'recommendations' });
  for (const [key, value] of Object.entries(written))
    params.set(EXPORT_PARAMETERS[key] ?? key, Array.isArray(value) ? value.join(',') : String(value));
  params.set('format', 'csv');
  return {
    query: LINKED_QUERY,
    variables: JSON.stringify({ filter: written }),
    filter: written,
    url: exportable ? `/export?${params}` : null,
  };
}

function counted<T extends string>(values: (T | null | undefined)[]): Count<T>[] {
  const counts = new Map<T, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The State's UPR positions and the follow-up grades among some recommendations. */
function tallyOf(records: readonly Recommendation[]): Tally {
  return { positions: counted(records.map((r) => r.statePosition?.value)), followUpGrades: counted(records.map((r) => r.followUp?.grade)) };
}

/** The theme codes of a record, each once, and whether the source itself gave it (not derived). */
function codesOf(r: Recommendation): Map<string, boolean> {
  const codes = new Map<string, boolean>();
  for (const t of r.themes) if (t.code) codes.set(t.code, (codes.get(t.code) ?? false) || !t.derived);
  return codes;
}

const MECHANISM_ORDER = new Map(MECHANISMS.map((m, i) => [m.id, i]));

/**
 * matrixOf(filter, records): `filter` is the matrix's (the State in countries); a cell's list adds its mechanism and
 * theme to it. When `filter.themes` is set, only those rows are kept (another theme's row would count records the
 * filter let in for their other themes, and its list could not give the same count).
 */
export function matrixOf(filter: RecordFilter, records: readonly Recommendation[]): Matrix {
  const mechanisms = [...new Map(records.map((r) => [r.mechanism.id, r.mechanism])).values()].sort(
    (a, b) => (MECHANISM_ORDER.get(a.id) ?? 99) - (MECHANISM_ORDER.get(b.id) ?? 99) || a.id.localeCompare(b.id),
  );
  const wanted = (code: string) => filter.themes.length === 0 || filter.themes.includes(code);
  const held = new Set(records.flatMap((r) => [...codesOf(r).keys()]).filter(wanted));
  const themes = UHRI_THEMES.filter((t, i) => held.has(t.code) && UHRI_THEMES.findIndex((u) => u.code === t.code) === i);
  const rows = themes.map((theme) => {
    const cells = mechanisms.map((mechanism) => {
      const inCell = records.filter((r) => r.mechanism.id === mechanism.id && codesOf(r).has(theme.code));
      return {
        theme: theme.code,
        mechanism,
        count: inCell.length,
        derived: inCell.filter((r) => !codesOf(r).get(theme.code)).length,
        ...tallyOf(inCell),
        list: linkOf({ ...filter, mechanisms: [mechanism.id], themes: [theme.code] }),
      };
    });
    return { theme, count: records.filter((r) => codesOf(r).has(theme.code)).length, cells };
  });
  const columns = mechanisms.map((mechanism) => {
    const own = records.filter((r) => r.mechanism.id === mechanism.id);
    return {
      mechanism,
      system: mechanism.system,
      count: own.length,
      withoutTheme: own.filter((r) => ![...codesOf(r).keys()].some(wanted)).length,
      ...tallyOf(own),
      list: linkOf({ ...filter, mechanisms: [mechanism.id] }),
    };
  });
  return { columns, rows, recommendations: records.length };
}
