import { randomBytes } from 'node:crypto';
import type { DatabaseOptions } from '../../subgraphs/_kit/database.ts';

/** The PostgreSQL server the database tests use (this machine's, trust auth for postgres); HUB_TEST_POSTGRES_URL overrides it. */
export const TEST_POSTGRES_URL = process.env.HUB_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The two databases every database test runs against: the embedded PostgreSQL (PGlite) and the real server, the latter
 * in a schema of its own per run (so migrations that ran before, or another run, change nothing here).
 */
export function testDatabases(): [string, () => DatabaseOptions][] {
  return [
    ['embedded PGlite', () => ({})],
    ['PostgreSQL server', () => ({ url: TEST_POSTGRES_URL, schema: `rh_test_${randomBytes(6).toString('hex')}` })],
  ];
}
