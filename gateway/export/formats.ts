import { EXPORT_COLUMNS, type ExportRow } from './columns.ts';

export const EXPORT_FORMATS = ['csv', 'json', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * How rows are written in each format, piece by piece so a long export streams: `start` once, `row` for each
 * record (`index` counts from 0 across the whole export, resumed or not), `end` once. CSV takes an optional BOM
 * so spreadsheet programs read it as UTF-8.
 */
export function writerOf(format: ExportFormat, options: { bom?: boolean } = {}) {
  switch (format) {
    case 'csv':
      return {
        start: () => `${options.bom ? '\uFEFF' : ''}${EXPORT_COLUMNS.join(',')}\r\n`,
        row: (row: ExportRow) => `${EXPORT_COLUMNS.map((c) => csvField(row[c])).join(',')}\r\n`,
        end: () => '',
      };
    case 'ndjson':
      return { start: () => '', row: (row: ExportRow) => `${JSON.stringify(row)}\n`, end: () => '' };
    case 'json':
      return {
        start: () => '[',
        row: (row: ExportRow, index: number) => `${index ? ',' : ''}\n${JSON.stringify(row)}`,
        end: () => '\n]\n',
      };
  }
}
