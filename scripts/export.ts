// npm run export -- --kind records --country SVN --from 2020-01-01 --format csv --out slovenia.csv
// Walks every page of a list through the public API. See README: "Exporting for analysis".
import { appendFileSync, existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import {
  ExportArgumentError,
  exportRequestOf,
  freshProgress,
  mergeSourceStatuses,
  runExport,
  type ExportProgress,
} from '../gateway/export/run.ts';
import { ExportRefused, type ExportPage, type GraphqlApi } from '../gateway/export/walk.ts';

const { values } = parseArgs({
  options: {
    kind: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    url: { type: 'string' },
    country: { type: 'string', multiple: true },
    system: { type: 'string', multiple: true },
    mechanism: { type: 'string', multiple: true },
    theme: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    since: { type: 'string' },
    text: { type: 'string' },
    bom: { type: 'boolean' },
    resume: { type: 'boolean' },
  },
  strict: true,
});

const graphqlUrl = values.url ?? `http://127.0.0.1:${process.env.PORT ?? 4000}/graphql`;
// A staff member's bearer token from RH_TOKEN (an environment variable, not an argument other users could see in ps).
const api: GraphqlApi = process.env.RH_TOKEN
  ? { url: graphqlUrl, headers: { authorization: `Bearer ${process.env.RH_TOKEN}` } }
  : graphqlUrl;
const out = values.out && values.out !== '-' ? values.out : null;
/** Beside the output: where the export stands, so `--resume` goes on from the last page written. */
const progressFile = out && `${out}.progress.json`;

function startingPoint(): ExportProgress {
  const request = exportRequestOf(values);
  if (!values.resume) return freshProgress(request);
  if (!progressFile || !existsSync(progressFile))
    throw new ExportArgumentError('--resume needs --out naming a file an earlier export was writing');
  const saved = JSON.parse(readFileSync(progressFile, 'utf8')) as ExportProgress & { bytes: number };
  if (JSON.stringify(saved.request) !== JSON.stringify(request))
    throw new ExportArgumentError('--resume needs the same --kind, --format and filter as the interrupted export');
  if (saved.done) throw new ExportArgumentError(`${out} is complete already (${saved.records} records)`);
  truncateSync(out!, saved.bytes); // drop anything written after the last page that was recorded
  return saved;
}

try {
  const start = startingPoint();
  if (out && !values.resume) writeFileSync(out, '');
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: 'records {value}/{total} | pages {pages} | {eta_formatted} left', stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(start.totalCount ?? 0, start.records, { pages: start.pages });
  const sources = new Map<string, ExportPage['sources'][number]>();
  const done = await runExport(api, start, {
    write: (chunk) => {
      if (out) appendFileSync(out, chunk);
      else process.stdout.write(chunk);
    },
    onPage: (progress, page) => {
      mergeSourceStatuses(sources, page);
      if (progressFile) writeFileSync(progressFile, JSON.stringify({ ...progress, bytes: statSync(out!).size }));
      bar?.setTotal(progress.totalCount ?? progress.records);
      bar?.update(progress.records, { pages: progress.pages });
    },
  });
  bar?.stop();
  process.stderr.write(`${done.records} records in ${done.pages} pages${out ? ` written to ${out}` : ''}\n`);
  for (const s of sources.values())
    process.stderr.write(`  ${s.ok ? 'ok     ' : 'FAILED '} ${s.system} ${s.source}${s.ok ? '' : ` ${s.code}: ${s.message ?? ''}`}\n`);
} catch (err) {
  if (!(err instanceof ExportArgumentError || err instanceof ExportRefused)) throw err;
  process.stderr.write(`export: ${err.message}\n`);
  process.exit(2);
}
