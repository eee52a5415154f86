import { migrate, openDatabase, type Database, type DatabaseOptions } from '../../_kit/database.ts';
import { seed } from './seed.ts';

export const MIGRATIONS = new URL('./migrations/', import.meta.url);

/**
 * Where the CPT's database is: DATABASE_URL names a PostgreSQL server (RH_CPT_DATABASE_SCHEMA a schema of it to work in);
 * without it, an embedded PostgreSQL (PGlite) in this process, migrated and seeded at first use. RH_CPT_DATABASE=off
 * leaves the CPT's database out (HUDOC-CPT alone).
 */
export function cptDatabaseOptions(env: NodeJS.ProcessEnv): DatabaseOptions | null {
  if (env.RH_CPT_DATABASE === 'off') return null;
  if (!env.DATABASE_URL) return {};
  return env.RH_CPT_DATABASE_SCHEMA ? { url: env.DATABASE_URL, schema: env.RH_CPT_DATABASE_SCHEMA } : { url: env.DATABASE_URL };
}

/** Opens the database, applies the migrations it lacks and seeds it (idempotent). */
export async function openCptDatabase(options: DatabaseOptions): Promise<Database> {
  const db = await openDatabase(options);
  try {
    await migrate(db, MIGRATIONS);
    await seed(db);
    return db;
  } catch (err) {
    await db.close();
    throw err;
  }
}

const opened = new Map<string, Promise<Database>>();

/**
 * The process's one handle on that database, opened at first use (an embedded one costs seconds to start) and shared
 * by every source built with the same options; a failed open is forgotten, so the next query tries again.
 */
export function cptDatabase(options: DatabaseOptions): () => Promise<Database> {
  const key = JSON.stringify([options.url ?? null, options.schema ?? null]);
  return () => {
    let db = opened.get(key);
    if (!db) {
      db = openCptDatabase(options);
      opened.set(key, db);
      db.catch(() => opened.delete(key));
    }
    return db;
  };
}

/** Opens the CPT's database now when `env` has it on (an embedded one takes seconds to start): before the first query waits for it. */
export async function warmCptDatabase(env: NodeJS.ProcessEnv): Promise<void> {
  const options = cptDatabaseOptions(env);
  if (options) await cptDatabase(options)();
}
