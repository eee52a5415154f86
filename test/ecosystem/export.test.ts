import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { PATIENT, startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { exportRequestOf, freshProgress, runExport } from '../../gateway/export/run.ts';
import { EXPORT_COLUMNS } from '../../gateway/export/columns.ts';

const run = promisify(execFile);

/** Every Slovenia record id, paged through the API by hand: what a complete export must hold, once each. */
async function allSloveniaIds(hub: ReplayHub): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const res: any = await hub.query(
      'query($after: String) { records(filter: { countries: ["SVN"] }, first: 100, after: $after) { endCursor hasNextPage nodes { ... on Recommendation { id } ... on Decision { id } ... on Visit { id } ... on Review { id } ... on Communication { id } } } }',
      { after },
    );
    ids.push(...res.data.records.nodes.map((n: { id: string }) => n.id));
    after = res.data.records.hasNextPage ? res.data.records.endCursor : null;
  } while (after);
  return ids;
}

/** Minimal RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    field = '',
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('the analyst export', () => {
  let hub: ReplayHub;
  let dir: string;
  let expected: string[];
  let graphqlUrl: string;
  beforeAll(async () => {
    // Patient deadlines: on a loaded machine a slow first read would leave UHRI out of the later pages
    // (RH_SOURCE_EXCLUDED, by design), and this test is about the export, not about that rule.
    hub = await startReplayHub({ hub: PATIENT });
    dir = mkdtempSync(join(tmpdir(), 'rights-hub-export-'));
    graphqlUrl = `${hub.hub.gateway.origin}/graphql`;
    expected = await allSloveniaIds(hub);
  });
  afterAll(async () => {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('npm run export writes every Slovenia record as CSV, one row each, with the fixed columns; no progress bar when piped', async () => {
    const out = join(dir, 'svn.csv');
    const { stderr } = await run('npx', [
      'tsx',
      'scripts/export.ts',
      '--url',
      graphqlUrl,
      '--kind',
      'records',
      '--country',
      'SVN',
      '--format',
      'csv',
      '--out',
      out,
    ]);
    const rows = parseCsv(readFileSync(out, 'utf8'));
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(expected);
    expect(expected.length).toBeGreaterThan(100);
    expect(stderr).toContain(`${expected.length} records in`);
    expect(stderr).toMatch(/ok\s+UN uhri/);
    expect(stderr).not.toContain('\u001b['); // no terminal control codes: stderr is not a terminal here
  }, 60_000);

  it('resumes from the last page written after an interruption, repeating and losing nothing', async () => {
    const out = join(dir, 'resumed.ndjson');
    const request = exportRequestOf({ kind: 'records', country: 'SVN', format: 'ndjson' });
    writeFileSync(out, '');
    // Interrupted after two pages: the rows of those pages and the progress are on disk, plus a half-written line.
    await runExport(graphqlUrl, freshProgress(request), {
      maxPages: 2,
      write: (chunk) => writeFileSync(out, chunk, { flag: 'a' }),
      onPage: (progress) => writeFileSync(`${out}.progress.json`, JSON.stringify({ ...progress, bytes: statSync(out).size })),
    });
    writeFileSync(out, '{"type":"Recommen', { flag: 'a' });
    await run('npx', [
      'tsx',
      'scripts/export.ts',
      '--url',
      graphqlUrl,
      '--kind',
      'records',
      '--country',
      'SVN',
      '--format',
      'ndjson',
      '--out',
      out,
      '--resume',
    ]);
    const ids = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).id);
    expect(ids).toEqual(expected);
    const again = await run('npx', [
      'tsx',
      'scripts/export.ts',
      '--url',
      graphqlUrl,
      '--kind',
      'records',
      '--country',
      'SVN',
      '--format',
      'ndjson',
      '--out',
      out,
      '--resume',
    ]).catch((e) => e);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('complete already');
  }, 60_000);

  it('refuses bad arguments with a clear message and exit code 2, never a stack', async () => {
    const bad = await run('npx', ['tsx', 'scripts/export.ts', '--url', graphqlUrl, '--kind', 'everything']).catch((e) => e);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('kind must be one of records, recommendations');
    const refused = await run('npx', ['tsx', 'scripts/export.ts', '--url', graphqlUrl, '--country', 'XXX']).catch((e) => e);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/export: .*XXX/);
    expect(refused.stderr).not.toMatch(/at .*\.ts:\d+/);
  }, 60_000);

  it('GET /export streams the same rows; JSON with the BOM option is valid; a bad argument is a 400 in JSON', async () => {
    const csv = await fetch(`${hub.hub.gateway.origin}/export?kind=records&country=SVN&format=csv&bom=1`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer()); // read as bytes: text() would drop the BOM
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('type,id,')).toBe(true);
    expect(
      parseCsv(text)
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(expected);
    const json = await fetch(`${hub.hub.gateway.origin}/export?kind=decisions&country=SVN&format=json`);
    const decisions = JSON.parse(await json.text()) as { type: string }[];
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.every((d) => d.type === 'Decision')).toBe(true);
    const bad = await fetch(`${hub.hub.gateway.origin}/export?format=xlsx`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      errors: [{ message: 'format must be one of csv, json, ndjson', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });
});
