import { readdirSync, readFileSync } from 'node:fs';

/**
 * A mechanism's own database, seen through one small interface whether it is the embedded PostgreSQL (PGlite,
 * in this process, nothing to install) or a PostgreSQL server (`pg`). Parameters are `$1, $2…` in both.
 */
export interface Database {
  readonly kind: 'embedded' | 'server';
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements in one call, run as one implicit transaction (a migration file). No parameters. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL server (postgres://user@host:port/db); absent: an embedded in-memory PostgreSQL (PGlite). */
  url?: string;
  /** A schema of the server to work in (created if missing), e.g. one per test run; default the server's search_path. */
  schema?: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Opens the database the options name; the drivers load only when used. */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema))
    throw new Error(`schema must be a lower-case SQL identifier, not ${JSON.stringify(options.schema.slice(0, 40))}`);
  return options.url ? openServer(options.url, options.schema) : openEmbedded(options.schema);
}

async function openEmbedded(schema: string | undefined): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create();
  if (schema) await db.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`);
  return {
    kind: 'embedded',
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await db.query<T>(sql, [...params])).rows,
    exec: async (sql) => {
      await db.exec(sql);
    },
    close: () => db.close(),
  };
}

async function openServer(url: string, schema: string | undefined): Promise<Database> {
  const { default: pg } = await import('pg');
  if (schema) {
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await setup.end();
    }
  }
  // allowExitOnIdle: an idle pool never keeps the process alive; dates stay the strings PostgreSQL writes.
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    allowExitOnIdle: true,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  return {
    kind: 'server',
    query: async <T>(sql: string, params: readonly unknown[] = []) => (await pool.query(sql, [...params])).rows as T[],
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

/** A migration file's name: its version, then what it does (001_visits.sql). */
const MIGRATION_FILE = /^(\d{3,})_[a-z0-9_]+\.sql$/;

/**
 * Applies the versioned migration files of `dir` (001_….sql, 002_….sql, in order) that `schema_migrations` does not list
 * yet, each with its row in that table in the same transaction; returns the versions applied now. Run by one process at a time.
 */
export async function migrate(db: Database, dir: URL): Promise<string[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied = new Set((await db.query<{ version: string }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  const files = readdirSync(dir)
    .filter((f) => MIGRATION_FILE.test(f))
    .sort();
  const now: string[] = [];
  for (const file of files) {
    const version = file.replace(/\.sql$/, '');
    if (applied.has(version)) continue;
    const sql = readFileSync(new URL(file, dir), 'utf8');
    await db.exec(`${sql.trim().replace(/;?$/, ';')}\nINSERT INTO schema_migrations (version) VALUES ('${version}');`);
    now.push(version);
  }
  return now;
}
