import type { Fetched } from '../_kit/fetcher.ts';
import type { HttpClient } from '../_kit/http.ts';
import type { AdapterPage } from '../_kit/types.ts';
import { asSourceError, SourceError, SourceInsaneError } from '../_kit/errors.ts';
import { exportUrl, validateUhriConfig, type UhriConfig } from './config.ts';
import { openExport, UHRI_SOURCE } from './fetch.ts';
import { readExportRecords } from './parse.ts';
import { mapUhriRecord, type UhriRecord } from './map.ts';
import { compileSearch, pageWindow, type UhriSearch } from './query.ts';
import { buildIndex, readCurrentManifest, readIndexRecords, UNRESOLVED_KEY, type UhriManifest } from './index-store.ts';
import { LruMap } from '../_kit/lru-map.ts';

export type { UhriRecord } from './map.ts';
export type { UhriSearch } from './query.ts';

export interface UhriDeps {
  http: HttpClient;
}

/** The index a search reads, and how it was obtained. */
export interface UhriIndexState {
  manifest: UhriManifest;
  /** This call (or the build it waited for) downloaded the export. */
  built: boolean;
  /** A rebuild failed and an older index is served; `error` says why. */
  stale: boolean;
  error?: SourceError;
}

export interface UhriAdapter {
  /** Records of the index matching `q`, newest first, rows [offset, offset + limit). */
  search(q: UhriSearch, deps: UhriDeps): Promise<AdapterPage<UhriRecord>>;
  /** The current index, rebuilt first when it is missing or older than refreshMs (e.g. to warm it at start-up). */
  index(deps: UhriDeps): Promise<UhriIndexState>;
  /** Resolves when no build is running (a background refresh included), e.g. before shutting down. */
  whenIdle(): Promise<void>;
}

/**
 * Per index folder, the build in flight and the last failed one. Process-wide on purpose: two adapters over one
 * folder must not download 365 MB twice at once. Other processes keep their own state; the atomic `current`
 * switch keeps them safe from each other's half-written builds.
 */
const slots = new Map<
  string,
  {
    building?: Promise<UhriManifest>;
    failure?: { at: number; error: SourceError };
    /** The current build's manifest as last read, and when: read from disk again at most every MANIFEST_RECHECK_MS. */
    current?: { manifest: UhriManifest; at: number };
  }
>();

/** How long a manifest read is trusted: another process sharing the folder may switch it to a new build meanwhile. */
const MANIFEST_RECHECK_MS = 60_000;

/**
 * The mapped records of the index files read, by folder, build and file (country), so a warm query reads no file and
 * parses no line: at most MEMO_RECORDS records in all, least recently used out (a file larger by itself is streamed
 * each time). A new build has a new id, so its files are never served from an older build's memo.
 */
const MEMO_RECORDS = 50_000;
const files = new LruMap<string, UhriRecord[]>(1_000, MEMO_RECORDS, (rows) => rows.length);

/**
 * UHRI through a local index of its bulk export. The export (~365 MB, ~260k records) is far too big to read
 * per query and UHRI's filtered API is not public, so the adapter streams the export once, files the records
 * by country (one NDJSON file per ISO alpha-3 code), and answers each query from the files of the countries
 * asked. The index is a refreshable cache of the source, not a store of the hub's own: it is rebuilt when
 * older than refreshMs; a failed rebuild leaves the old index in service, marked stale.
 * A query without countries scans every file (a full read of the export's size on disk: seconds, not ms).
 *
 * `now` is the clock the index's age, a failure's and a manifest read's are told by (tests inject theirs).
 * const uhri = createUhriAdapter({ indexDir: '/var/cache/rights-hub/uhri' });
 * const page = await uhri.search({ countries: ['SVN'], from: null, to: null, text: null, themes: [], bodies: ['UPR'], offset: 0, limit: 20 }, { http });
 */
export function createUhriAdapter(config: Partial<UhriConfig> = {}, now: () => number = Date.now): UhriAdapter {
  const cfg = validateUhriConfig(config);
  const url = exportUrl(cfg);
  const slot = slots.get(cfg.indexDir) ?? {};
  slots.set(cfg.indexDir, slot);

  function build(deps: UhriDeps): Promise<UhriManifest> {
    slot.building ??= (async () => {
      const fetchedAt = new Date(now()).toISOString();
      const body = await openExport(cfg, deps.http);
      const manifest = await buildIndex(cfg.indexDir, readExportRecords(body, url), { sourceUrl: url, fetchedAt });
      slot.current = { manifest, at: now() };
      return manifest;
    })().finally(() => {
      slot.building = undefined;
    });
    return slot.building;
  }

  /** Builds, remembering a failure so that no query starts another 365 MB download before retryFailedMs. */
  async function rebuild(deps: UhriDeps): Promise<UhriManifest> {
    try {
      const manifest = await build(deps);
      slot.failure = undefined;
      return manifest;
    } catch (err) {
      const error = buildError(err);
      slot.failure = { at: now(), error };
      throw error;
    }
  }

  /**
   * The index to read. An old index is served at once while a fresh one builds in the background (a query
   * never waits for the download); only a first build is waited for. After a failed build, the old index is
   * served marked stale, or the failure is repeated, until retryFailedMs has passed.
   */
  async function currentManifest(): Promise<UhriManifest | undefined> {
    if (slot.current && now() - slot.current.at < MANIFEST_RECHECK_MS) return slot.current.manifest;
    const manifest = await readCurrentManifest(cfg.indexDir);
    slot.current = manifest && { manifest, at: now() };
    return manifest;
  }

  /** The mapped records of one index file, from the memo or read (and kept) now. */
  async function fileRecords(manifest: UhriManifest, key: string): Promise<UhriRecord[]> {
    const memoKey = `${cfg.indexDir}\n${manifest.buildId}\n${key}`;
    const kept = files.get(memoKey);
    if (kept) return kept;
    const rows: UhriRecord[] = [];
    for await (const raw of readIndexRecords(cfg.indexDir, manifest, [key])) rows.push(mapUhriRecord(raw));
    files.set(memoKey, rows);
    return rows;
  }

  async function index(deps: UhriDeps): Promise<UhriIndexState> {
    const current = await currentManifest();
    const at = now();
    if (current && at - Date.parse(current.fetchedAt) < cfg.refreshMs) return { manifest: current, built: false, stale: false };
    const recentFailure = slot.failure && at - slot.failure.at < cfg.retryFailedMs ? slot.failure.error : undefined;
    if (recentFailure) {
      if (current) return { manifest: current, built: false, stale: true, error: recentFailure };
      throw recentFailure;
    }
    if (current) {
      if (!slot.building) rebuild(deps).catch(() => undefined); // the failure is kept in slot.failure
      return { manifest: current, built: false, stale: false };
    }
    return { manifest: await rebuild(deps), built: true, stale: false };
  }

  async function search(q: UhriSearch, deps: UhriDeps): Promise<AdapterPage<UhriRecord>> {
    const started = Date.now();
    const state = await index(deps);
    const keys =
      q.countries.length > 0
        ? q.countries.map((c) => c.trim().toUpperCase()).filter((c) => /^[A-Z]{3}$/.test(c))
        : Object.keys(state.manifest.perCountry);
    const matches = compileSearch(q);
    const window = pageWindow(q.offset + q.limit);
    let total = 0;
    const seen = new Set<string>(); // a record naming several of the countries asked is in each of their files: once
    for (const key of [...new Set(keys)].filter((k) => k in state.manifest.perCountry)) {
      for (const record of await fileRecords(state.manifest, key)) {
        if (keys.length > 1) {
          if (seen.has(record.annotationId)) continue;
          seen.add(record.annotationId);
        }
        if (!matches(record)) continue;
        total++;
        window.add(record);
      }
    }
    return {
      rows: window.rows().slice(q.offset),
      total,
      fetched: [indexFetched(url, state, Date.now() - started, cfg.refreshMs)],
      warnings: indexWarnings(state, q.countries.length === 0),
    };
  }

  const whenIdle = async () => {
    await slot.building?.catch(() => undefined);
  };
  return { search, index, whenIdle };
}

/** A build failure as a SourceError; a file-system error keeps its code but not its path (statuses reach clients). */
function buildError(err: unknown): SourceError {
  const fsError = err as NodeJS.ErrnoException;
  if (!(err instanceof SourceError) && fsError?.syscall)
    return new SourceInsaneError(`${UHRI_SOURCE}: the local index could not be written (${fsError.code ?? fsError.syscall})`, UHRI_SOURCE, {
      cause: err,
    });
  return asSourceError(err, UHRI_SOURCE);
}

/** The index as the Fetched evidence of a page: the export URL, when it was downloaded, whether it is stale. */
function indexFetched(url: string, state: UhriIndexState, latencyMs: number, refreshMs: number): Fetched {
  return {
    url,
    body: '',
    contentType: 'application/json',
    fetchedAt: state.manifest.fetchedAt,
    freshUntil: Date.parse(state.manifest.fetchedAt) + refreshMs,
    fromCache: !state.built,
    stale: state.stale,
    staleBecause: state.error,
    latencyMs,
  };
}

function indexWarnings(state: UhriIndexState, allCountries: boolean): string[] {
  const warnings: string[] = [];
  if (state.stale)
    warnings.push(`UHRI index of ${state.manifest.fetchedAt} served: refreshing it failed (${state.error?.code}: ${state.error?.message})`);
  if (allCountries && state.manifest.unresolvedNames.length > 0)
    warnings.push(`UHRI country names outside ISO 3166, kept in ${UNRESOLVED_KEY}: ${state.manifest.unresolvedNames.join(', ')}`);
  return warnings;
}
