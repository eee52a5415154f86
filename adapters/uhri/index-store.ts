import { createReadStream } from 'node:fs';
import { appendFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { randomBytes } from 'node:crypto';
import { isoFromName } from '../../schema/reference/countries.ts';
import { SourceInsaneError } from '../_kit/errors.ts';
import { UHRI_SOURCE } from './fetch.ts';
import { parseIndexLine, type UhriExportRecord } from './parse.ts';

/** The file key of records whose country names (all or some) are not ISO 3166 names, or that name none. */
export const UNRESOLVED_KEY = '_unresolved';

/** What one build of the index holds: manifest.json in the build's folder. */
export interface UhriManifest {
  buildId: string;
  sourceUrl: string;
  /** When the export download began (ISO 8601): the age of everything in this build. */
  fetchedAt: string;
  /** Export records indexed (a record naming several countries is counted once). */
  recordCount: number;
  /** Export elements that were not records with an AnnotationId. */
  skipped: number;
  /** Records per ISO alpha-3 code, plus UNRESOLVED_KEY. */
  perCountry: Record<string, number>;
  /** Country names of the export that isoFromName does not know, sorted. */
  unresolvedNames: string[];
}

/** Lines buffered before they are appended to their files, in characters. */
const FLUSH_CHARS = 4_000_000;
const CURRENT = 'current';
/** Build folder names: fetch time to the second, then random hex, e.g. 20250324101500-9f2c01ab. */
const BUILD_ID = /^\d{14}-[0-9a-f]{8}$/;

/**
 * The index files a record belongs in: one per resolved country, plus UNRESOLVED_KEY when a name does not resolve.
 * countryKeysOf({ Countries: ['Peru'] }) → { keys: ['PER'], unresolved: [] };
 * countryKeysOf({ Countries: ['Kosovo*'] }) → { keys: ['_unresolved'], unresolved: ['Kosovo*'] }
 */
export function countryKeysOf(record: Pick<UhriExportRecord, 'Countries'>): { keys: string[]; unresolved: string[] } {
  const names = (Array.isArray(record.Countries) ? record.Countries : []).filter(
    (n): n is string => typeof n === 'string' && n.trim() !== '',
  );
  const keys = new Set<string>();
  const unresolved: string[] = [];
  for (const name of names) {
    const code = isoFromName(name.replace(/^\s*-\s+/, ''));
    if (code) keys.add(code);
    else unresolved.push(name.trim());
  }
  if (unresolved.length > 0 || keys.size === 0) keys.add(UNRESOLVED_KEY);
  return { keys: [...keys], unresolved };
}

/**
 * Writes a new build from the export's records into indexDir/<build-id>/ (one NDJSON file per country and a
 * manifest), then switches indexDir/current to it with one rename, so readers see the old build or the new one,
 * never half of one. A failure, or an export without a single record, removes the partial build and leaves
 * `current` as it was. Keeps the previous build (a reader may still be scanning it) and deletes older ones.
 */
export async function buildIndex(
  indexDir: string,
  records: AsyncIterable<UhriExportRecord | null>,
  meta: { sourceUrl: string; fetchedAt: string },
): Promise<UhriManifest> {
  const buildId = `${meta.fetchedAt.replace(/[^0-9]/g, '').slice(0, 14)}-${randomBytes(4).toString('hex')}`;
  const dir = join(indexDir, buildId);
  await mkdir(dir, { recursive: true });
  try {
    const manifest = await writeBuild(dir, records, { ...meta, buildId });
    if (manifest.recordCount === 0)
      throw new SourceInsaneError(
        `${UHRI_SOURCE}: the export at ${meta.sourceUrl} held no records; the previous index is kept`,
        UHRI_SOURCE,
        { url: meta.sourceUrl },
      );
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 1));
    const previous = await currentBuildId(indexDir);
    const pointer = join(indexDir, `${CURRENT}.${buildId}.tmp`);
    await writeFile(pointer, buildId);
    await rename(pointer, join(indexDir, CURRENT));
    await pruneBuilds(indexDir, [buildId, previous]);
    return manifest;
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
}

/** The manifest of the build `current` points at, or undefined when there is no index yet. */
export async function readCurrentManifest(indexDir: string): Promise<UhriManifest | undefined> {
  const buildId = await currentBuildId(indexDir);
  if (!buildId) return undefined;
  try {
    return JSON.parse(await readFile(join(indexDir, buildId, 'manifest.json'), 'utf8')) as UhriManifest;
  } catch {
    return undefined;
  }
}

/**
 * Streams the export records of the given file keys (ISO alpha-3 codes or UNRESOLVED_KEY) line by line,
 * each record once even when it names several of those countries. Keys the build has no file for are skipped.
 */
export async function* readIndexRecords(indexDir: string, manifest: UhriManifest, keys: string[]): AsyncGenerator<UhriExportRecord> {
  const wanted = [...new Set(keys)].filter((k) => k in manifest.perCountry);
  const seen = new Set<string>();
  for (const key of wanted) {
    const lines = createInterface({
      input: createReadStream(join(indexDir, manifest.buildId, `${key}.ndjson`), 'utf8'),
      crlfDelay: Infinity,
    });
    for await (const line of lines) {
      if (!line) continue;
      const record = parseIndexLine(line);
      if (wanted.length > 1 && countryKeysOf(record).keys.length > 1) {
        if (seen.has(record.AnnotationId)) continue;
        seen.add(record.AnnotationId);
      }
      yield record;
    }
  }
}

async function writeBuild(
  dir: string,
  records: AsyncIterable<UhriExportRecord | null>,
  meta: { sourceUrl: string; fetchedAt: string; buildId: string },
): Promise<UhriManifest> {
  const perCountry: Record<string, number> = {};
  const unresolvedNames = new Set<string>();
  const pending = new Map<string, string[]>();
  let pendingChars = 0;
  let recordCount = 0;
  let skipped = 0;

  const flush = async () => {
    for (const [key, lines] of pending) await appendFile(join(dir, `${key}.ndjson`), lines.join(''));
    pending.clear();
    pendingChars = 0;
  };

  for await (const record of records) {
    if (!record) {
      skipped++;
      continue;
    }
    recordCount++;
    const line = `${JSON.stringify(record)}\n`;
    const { keys, unresolved } = countryKeysOf(record);
    unresolved.forEach((n) => unresolvedNames.add(n));
    for (const key of keys) {
      perCountry[key] = (perCountry[key] ?? 0) + 1;
      const lines = pending.get(key);
      if (lines) lines.push(line);
      else pending.set(key, [line]);
      pendingChars += line.length;
    }
    if (pendingChars >= FLUSH_CHARS) await flush();
  }
  await flush();
  return { ...meta, recordCount, skipped, perCountry, unresolvedNames: [...unresolvedNames].sort() };
}

async function currentBuildId(indexDir: string): Promise<string | undefined> {
  try {
    return (await readFile(join(indexDir, CURRENT), 'utf8')).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A build folder younger than this may be another process's build in progress: never pruned. */
const PRUNE_GRACE_MS = 3_600_000;

/**
 * Deletes build folders other than `keep` that are older than PRUNE_GRACE_MS (only folders named like a
 * build: indexDir may hold other things, and other processes may be writing their own build next to ours).
 */
async function pruneBuilds(indexDir: string, keep: (string | undefined)[]): Promise<void> {
  for (const entry of await readdir(indexDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || !BUILD_ID.test(entry.name) || keep.includes(entry.name)) continue;
    const path = join(indexDir, entry.name);
    const age = Date.now() - (await stat(path).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    if (age > PRUNE_GRACE_MS) await rm(path, { recursive: true, force: true });
  }
}
