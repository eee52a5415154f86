import { EXPORT_KINDS, type ExportKind } from './columns.ts';
import { EXPORT_FORMATS, writerOf, type ExportFormat } from './formats.ts';
import { walkPages, type ExportFilter, type ExportPage, type GraphqlApi } from './walk.ts';

/** What an export asks, from the command line or /export's query string. */
export interface ExportRequest {
  kind: ExportKind;
  format: ExportFormat;
  filter: ExportFilter;
  bom?: boolean;
}

/** Where an export stands: enough to resume it after an interruption (the CLI keeps it beside the output). */
export interface ExportProgress {
  request: ExportRequest;
  /** The cursor after the last page written; null before the first. */
  cursor: string | null;
  pages: number;
  records: number;
  totalCount: number | null;
  done: boolean;
}

/** A bad kind or format: its message names the argument and the allowed values. */
export class ExportArgumentError extends Error {}

const FILTER_LISTS = { country: 'countries', system: 'systems', mechanism: 'mechanisms', theme: 'themes' } as const;
const FILTER_VALUES = ['from', 'to', 'since', 'text'] as const;

type NamedValues = Record<string, string | string[] | boolean | undefined>;

/** The first value of a named option or query parameter. */
const oneOf = (values: NamedValues, name: string) => {
  const v = values[name];
  return typeof v === 'string' ? v : Array.isArray(v) ? v[0] : undefined;
};

/** The kind of list named (default records), or a clear error. */
export function kindOf(values: NamedValues): ExportKind {
  const kind = oneOf(values, 'kind') ?? 'records';
  if (!(EXPORT_KINDS as readonly string[]).includes(kind)) throw new ExportArgumentError(`kind must be one of ${EXPORT_KINDS.join(', ')}`);
  return kind as ExportKind;
}

/** Builds the request from named values (CLI options or query parameters): lists may repeat or be comma-separated. */
export function exportRequestOf(values: NamedValues): ExportRequest {
  const kind = kindOf(values);
  const format = oneOf(values, 'format') ?? 'csv';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new ExportArgumentError(`format must be one of ${EXPORT_FORMATS.join(', ')}`);
  return {
    kind,
    format: format as ExportFormat,
    filter: filterOf(values),
    bom: values.bom === true || values.bom === '1' || values.bom === 'true',
  };
}

/** RecordFilter from named values: country, system, mechanism, theme (lists), from, to, since, text. */
export function filterOf(values: NamedValues): ExportFilter {
  const filter: ExportFilter = {};
  for (const [name, field] of Object.entries(FILTER_LISTS)) {
    const raw = values[name];
    const list = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [])
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    if (list.length) filter[field] = list;
  }
  for (const name of FILTER_VALUES) if (oneOf(values, name)) filter[name] = oneOf(values, name);
  return filter;
}

/** The worst status each source gave over the pages: failing on any page counts. */
export function mergeSourceStatuses(into: Map<string, ExportPage['sources'][number]>, page: ExportPage): void {
  for (const s of page.sources) {
    const key = `${s.system}/${s.source}`;
    if (!into.get(key) || !s.ok) into.set(key, s);
  }
}

/**
 * Runs an export from `progress` (a fresh one, or one read back to resume), handing each piece of output to
 * `write` and the progress after each page to `onPage` (written after the page's rows, so a resume never
 * repeats a row it already wrote).
 */
export async function runExport(
  api: GraphqlApi,
  progress: ExportProgress,
  io: {
    write(chunk: string): Promise<void> | void;
    onPage?(progress: ExportProgress, page: ExportPage): Promise<void> | void;
    maxPages?: number;
  },
): Promise<ExportProgress> {
  const writer = writerOf(progress.request.format, { bom: progress.request.bom });
  for await (const page of walkPages(api, progress.request.kind, progress.request.filter, {
    after: progress.cursor,
    maxPages: io.maxPages,
  })) {
    // The head goes out with the first page's rows: a first page the API refuses writes nothing at all.
    const head = progress.pages === 0 ? writer.start() : '';
    await io.write(head + page.rows.map((row, i) => writer.row(row, progress.records + i)).join(''));
    progress = {
      ...progress,
      cursor: page.endCursor,
      pages: progress.pages + 1,
      records: progress.records + page.rows.length,
      totalCount: page.totalCount,
      done: !page.hasNextPage,
    };
    await io.onPage?.(progress, page);
  }
  if (progress.done) await io.write(writer.end());
  return progress;
}

export const freshProgress = (request: ExportRequest): ExportProgress => ({
  request,
  cursor: null,
  pages: 0,
  records: 0,
  totalCount: null,
  done: false,
});
