import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkSubgraph } from '../../subgraphs/_kit/conformance.ts';
import type { Database } from '../../subgraphs/_kit/database.ts';
import { createMechanismSubgraph, serveMechanismSubgraph } from '../../subgraphs/_kit/mechanism-subgraph.ts';
import { createSourceRuntime, type SourceRuntime } from '../../subgraphs/_shared/runtime.ts';
import type { ServedSubgraph } from '../../subgraphs/_shared/serve.ts';
import { openCptDatabase } from '../../subgraphs/council-of-europe/cpt-database/database.ts';
import { createCptSubgraph } from '../../subgraphs/council-of-europe/cpt-database/source.ts';
import { cptVisitsReader } from '../../subgraphs/council-of-europe/cpt-database/visits.ts';
import { testDatabases } from '../support/databases.ts';

const SCOPE_KEY = 'a-test-scope-key-of-at-least-32-characters';
const run = promisify(execFile);

describe.each(testDatabases())('the CPT’s own subgraph (the kit) on the %s, and the conformance check', (_name, options) => {
  let db: Database;
  let schema: string | undefined;
  let runtime: SourceRuntime;
  const served: ServedSubgraph[] = [];
  let cpt: ServedSubgraph;
  beforeAll(async () => {
    const opts = options();
    schema = opts.schema;
    db = await openCptDatabase(opts);
    runtime = createSourceRuntime({ scopeKey: SCOPE_KEY });
    cpt = await serveMechanismSubgraph(
      createCptSubgraph(async () => db, { runtime }),
      { port: 0 },
    );
    served.push(cpt);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(served.map((s) => s.close()));
    await runtime?.close();
    if (schema) await db.exec(`DROP SCHEMA ${schema} CASCADE`);
    await db?.close();
  });
  const failed = (results: { check: string; ok: boolean }[]) => results.filter((r) => !r.ok).map((r) => r.check);

  it('passes every check: federation, contract shapes, every @key, paging order and stability, per-source status', async () => {
    const results = await checkSubgraph(cpt.url, { scopeKey: SCOPE_KEY });
    expect(failed(results)).toEqual([]);
    expect(results.map((r) => r.check)).toEqual([
      'federation: _service',
      'federation: @link',
      'contract: part types',
      'contract: record shapes',
      'federation: every @key resolvable',
      'paging: visits newest first',
      'paging: visits stable',
      'status: a failure is a per-source status',
    ]);
  });

  it('fails, naming the check, a subgraph whose reader returns its rows unsorted', async () => {
    const sorted = cptVisitsReader(async () => db);
    const broken = createMechanismSubgraph({
      mechanism: 'coe-cpt',
      source: 'cpt-database',
      runtime,
      readers: {
        visits: async (q, ctx) => {
          const page = await sorted(q, ctx);
          return { ...page, rows: [...page.rows].reverse() };
        },
      },
    });
    const at = await serveMechanismSubgraph(broken, { port: 0 });
    served.push(at);
    const results = await checkSubgraph(at.url, { scopeKey: SCOPE_KEY });
    // Its records carry their levels, so the slice reads them whole and cuts the windows itself: stable, but unsorted.
    expect(failed(results)).toEqual(['paging: visits newest first']);
    expect(results.find((r) => !r.ok)!.detail).toMatch(/^cpt-database:\S+ comes before cpt-database:\S+$/);
  });

  it('fails, naming the source and its status, a subgraph whose database is down (which answers with that status, not an error)', async () => {
    const down = createMechanismSubgraph({
      mechanism: 'coe-cpt',
      runtime,
      readers: {
        visits: async () => {
          throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
        },
      },
    });
    const at = await serveMechanismSubgraph(down, { port: 0 });
    served.push(at);
    const results = await checkSubgraph(at.url, { scopeKey: SCOPE_KEY });
    expect(failed(results)).toEqual(['sources: visits']);
    expect(results.find((r) => !r.ok)!.detail).toBe(
      "coe-cpt-database RH_SOURCE_UNREACHABLE: coe-cpt-database: the mechanism's database could not be read",
    );
  });
});

describe('npm run subgraph:check against what is no Federation subgraph', () => {
  // A GraphQL server without Federation: it knows no _service.
  let plain: Server;
  let url: string;
  beforeAll(async () => {
    plain = createServer((_req, res) =>
      res
        .setHeader('content-type', 'application/json')
        .end(JSON.stringify({ errors: [{ message: 'Cannot query field "_service" on type "Query".' }] })),
    );
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => plain.close(() => resolve())));

  it('prints FAIL naming the check and exits 1', async () => {
    const failure = await run('npx', ['tsx', 'scripts/subgraph-check.ts', url], { env: { ...process.env, RH_SCOPE_KEY: SCOPE_KEY } }).catch(
      (e) => e,
    );
    expect(failure.code).toBe(1);
    expect(failure.stdout).toMatch(/^FAIL {2}federation: _service: no _service \{ sdl \}/m);
  }, 60_000);

  it('exits 2 without the hub’s key', async () => {
    const failure = await run('npx', ['tsx', 'scripts/subgraph-check.ts', url], { env: { ...process.env, RH_SCOPE_KEY: '' } }).catch(
      (e) => e,
    );
    expect(failure.code).toBe(2);
  }, 60_000);
});
