import { csvField } from '../export/formats.ts';
import { ExportRefused, askApi, type ExportFilter, type GraphqlApi } from '../export/walk.ts';

/**
 * GET /feeds/matrix.csv?country=SVN: Query.recommendationMatrix as CSV (RFC 4180, CRLF, fields quoted by the export's
 * writer), one line per cell: the theme, the mechanism, the count, the UPR positions and follow-up grades the matrix
 * holds (one column each, named after the value: upr_SUPPORTED, follow_up_PARTIAL), and the cell's list (the /export
 * path and the GraphQL variables). Read through the gateway's own public API, so every limit a client has applies.
 */

interface Count {
  value: string;
  count: number;
}
interface Cell {
  theme: string;
  count: number;
  derived: number;
  positions: Count[];
  followUpGrades: Count[];
  mechanism: { id: string; acronym: string; system: string };
  list: { variables: string; url: string | null };
}
interface MatrixAnswer {
  country: { code: string; name: string };
  complete: boolean;
  rows: { theme: { code: string; title: string }; cells: Cell[] }[];
}

const MATRIX_QUERY = `query MatrixCsv($country: ID!, $filter: RecordFilter) { recommendationMatrix(country: $country, filter: $filter) {
  country { code name } complete
  rows { theme { code title } cells { theme count derived positions { value count } followUpGrades { value count }
    mechanism { id acronym system } list { variables url } } } } }`;

const FIXED = ['country', 'theme', 'theme_title', 'system', 'mechanism', 'mechanism_acronym', 'count', 'derived'] as const;

export interface MatrixCsv {
  body: string;
  lastModified: null;
  cells: number;
}

export async function buildMatrixCsv(api: GraphqlApi, country: string | undefined, filter: ExportFilter): Promise<MatrixCsv> {
  if (!country) throw new ExportRefused('country is required, e.g. /feeds/matrix.csv?country=SVN');
  const matrix = await askApi<MatrixAnswer>(api, 'recommendationMatrix', MATRIX_QUERY, { country, filter });
  const cells = matrix.rows.flatMap((row) => row.cells.map((cell) => ({ row, cell })));
  const valuesOf = (pick: (c: Cell) => Count[]) => [...new Set(cells.flatMap(({ cell }) => pick(cell).map((c) => c.value)))].sort();
  const positions = valuesOf((c) => c.positions);
  const grades = valuesOf((c) => c.followUpGrades);
  const header = [...FIXED, ...positions.map((p) => `upr_${p}`), ...grades.map((g) => `follow_up_${g}`), 'list_url', 'list_variables'];
  const countOf = (counts: Count[], value: string) => String(counts.find((c) => c.value === value)?.count ?? 0);
  const lines = cells.map(({ row, cell }) => [
    matrix.country.code,
    row.theme.code,
    row.theme.title,
    cell.mechanism.system,
    cell.mechanism.id,
    cell.mechanism.acronym,
    String(cell.count),
    String(cell.derived),
    ...positions.map((p) => countOf(cell.positions, p)),
    ...grades.map((g) => countOf(cell.followUpGrades, g)),
    cell.list.url ?? '',
    cell.list.variables,
  ]);
  const body = [header, ...lines].map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
  return { body, lastModified: null, cells: cells.length };
}
