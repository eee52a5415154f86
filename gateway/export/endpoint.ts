import type { Request, Response } from 'express';
import { ExportArgumentError, exportRequestOf, freshProgress, runExport } from './run.ts';
import { asCaller, ExportRefused } from './walk.ts';

/** /export walks at most this many pages of 100 (the lists' own depth per system): an export is not a crawler. */
export const EXPORT_MAX_PAGES = 50;

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
} as const;

/**
 * GET /export?kind=records&country=SVN&from=2020-01-01&format=csv: the CLI's export, streamed, through the gateway's
 * own public API (so it obeys every limit a client does). A refused first page is a 400 with the API's reason; a
 * page that fails later ends the stream early (the connection is cut, so a client cannot take it for complete).
 * It queries as its caller (their credentials sent on), so it holds no more than the caller may see.
 */
export function exportHandler(graphqlUrlOf: () => string) {
  return async (req: Request, res: Response): Promise<void> => {
    let started = false;
    try {
      const request = exportRequestOf(req.query as Record<string, string | string[]>);
      await runExport(asCaller(graphqlUrlOf(), req.headers), freshProgress(request), {
        maxPages: EXPORT_MAX_PAGES,
        write: (chunk) => {
          if (!started) {
            res
              .status(200)
              .type(CONTENT_TYPES[request.format])
              .setHeader('content-disposition', `attachment; filename="rights-hub-${request.kind}.${request.format}"`);
            started = true;
          }
          if (chunk) res.write(chunk);
        },
      });
      res.end();
    } catch (err) {
      if (started) {
        res.destroy();
        return;
      }
      const known = err instanceof ExportArgumentError || err instanceof ExportRefused;
      res.status(known ? 400 : 500).json({
        errors: [
          {
            message: known ? (err as Error).message : 'The export failed.',
            extensions: { code: known ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR' },
          },
        ],
      });
    }
  };
}
