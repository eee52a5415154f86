import { createHash } from 'node:crypto';
import type { RecordFilter, RecordKind, SourceStatus, System } from '../../schema/types.ts';
import { SYSTEMS, partTypeName, type SystemEntry } from '../../schema/systems.ts';
import { decodeToken, encodeScope, encodeToken } from '../../schema/scope.ts';
import { mergeNewestFirst } from '../../schema/merge.ts';
import { mechanismById } from '../../schema/reference/mechanisms.ts';
import { badInput } from './filter.ts';
import { statusOf } from '../_shared/source-status.ts';

/**
 * Everything a page is, carried in its id so the registry stores nothing: the list, the canonical
 * filter, the page size, each system's offset, and the systems left out because they failed earlier.
 */
export interface PageState {
  kind: RecordKind;
  filter: RecordFilter;
  first: number;
  offsets: Partial<Record<System, number>>;
  excluded: System[];
}

/** A part as it comes back through @requires: {} when its subgraph could not be reached. */
export interface PartResult {
  items?: ({ id: string; provenance?: { source: string } } & object)[] | null;
  total?: number | null;
  sources?: SourceStatus[] | null;
}

export function encodePageId(state: PageState): string {
  return encodeToken({ v: 1, k: state.kind, f: state.filter, n: state.first, o: state.offsets, x: state.excluded });
}

export function decodePageId(id: string): PageState {
  const raw = decodeToken(id) as { v?: number; k?: RecordKind; f?: RecordFilter; n?: number; o?: PageState['offsets']; x?: System[] } | undefined;
  if (!raw || raw.v !== 1 || !raw.k || !raw.f || !raw.n || !raw.o || !raw.x) throw badInput('id', 'not a page id made by this hub');
  return { kind: raw.k, filter: raw.f, first: raw.n, offsets: raw.o, excluded: raw.x };
}

/** Identifies the question a cursor belongs to, so a cursor cannot be replayed against another filter. */
function questionHash(kind: RecordKind, filter: RecordFilter): string {
  return createHash('sha256').update(JSON.stringify([kind, filter])).digest('base64url').slice(0, 12);
}

/**
 * How deep a query may page into one system. A system with several sources reads each from the start to
 * offset + first, so without a bound one hand-made cursor could make a page read a whole source.
 */
export const MAX_OFFSET = 5_000;

const KNOWN_SYSTEMS = new Set<string>(SYSTEMS.map((s) => s.system));

function isCursorState(o: unknown, x: unknown): boolean {
  return typeof o === 'object' && o !== null && Array.isArray(x)
    && Object.entries(o).every(([system, offset]) => KNOWN_SYSTEMS.has(system) && Number.isInteger(offset) && offset >= 0 && offset <= MAX_OFFSET)
    && x.every((system) => KNOWN_SYSTEMS.has(system));
}

/** The state of the page that `after` points to (or the first page). */
export function pageStateFor(kind: RecordKind, filter: RecordFilter, first: number, after: string | null | undefined): PageState {
  if (!after) return { kind, filter, first, offsets: {}, excluded: [] };
  const raw = decodeToken(after) as { q?: string; o?: PageState['offsets']; x?: System[] } | undefined;
  if (!raw || typeof raw.q !== 'string' || !raw.o || !Array.isArray(raw.x) || !isCursorState(raw.o, raw.x))
    throw badInput('after', 'not a cursor made by this hub; pass the endCursor of a previous page, or omit it for the first page');
  if (raw.q !== questionHash(kind, filter))
    throw badInput('after', 'this cursor belongs to another query (list or filter); pass the endCursor of the same query');
  return { kind, filter, first, offsets: raw.o, excluded: raw.x };
}

/** The systems a page asks, in merge order: those the filter allows, minus those excluded by earlier failures. */
export function activeSystems(state: PageState): SystemEntry[] {
  const bySystem = state.filter.systems;
  const byMechanism = state.filter.mechanisms.map((id) => mechanismById(id)?.system);
  return SYSTEMS.filter((s) =>
    (bySystem.length === 0 || bySystem.includes(s.system)) &&
    (byMechanism.length === 0 || byMechanism.includes(s.system)) &&
    !state.excluded.includes(s.system));
}

/** The part stubs of a page, one per active system, always in the same order (the merge matches them by position). */
export function partsOf(state: PageState): { __typename: string; scope: string }[] {
  return activeSystems(state).map((entry) => ({
    __typename: partTypeName(entry, state.kind),
    scope: encodeScope({ kind: state.kind, filter: state.filter, offset: state.offsets[entry.system] ?? 0, limit: state.first }),
  }));
}

export interface AssembledPage {
  nodes: object[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number | null;
  /** The sources (by name) whose total is unknown, which is why totalCount is null; empty when it is exact. */
  totalUnknownFrom: string[];
  sources: SourceStatus[];
}

/** A system answered nothing usable: unreachable ({}), or every one of its sources failed. */
function systemFailed(part: PartResult): boolean {
  if (!part.sources) return true;
  return part.sources.length > 0 && part.sources.every((s) => !s.ok);
}

/**
 * A system with any failed source is left out of the following pages: its offset runs along a merged list
 * that lacks that source, so that source's return mid-way would shift the list under the cursor.
 */
function systemDegraded(part: PartResult): boolean {
  return !part.sources || part.sources.some((s) => !s.ok);
}

/**
 * The page itself: merges the systems' parts newest first, keeps `first`, and works out the next offsets.
 * A system that failed is left out of later pages (recorded in the cursor), so its return mid-way cannot
 * break the order; the client sees why in `sources`.
 */
export function assemblePage(state: PageState, parts: PartResult[]): AssembledPage {
  const systems = activeSystems(state);
  const lists = systems.map((_, i) => (systemFailed(parts[i] ?? {}) ? [] : parts[i]?.items ?? []));
  const { items, taken } = mergeNewestFirst(lists, state.first);

  const nextOffsets: PageState['offsets'] = { ...state.offsets };
  const failed: System[] = [];
  const sources: SourceStatus[] = [];
  let hasNextPage = false;
  let totalCount: number | null = 0;
  systems.forEach((entry, i) => {
    const part = parts[i] ?? {};
    const offset = state.offsets[entry.system] ?? 0;
    nextOffsets[entry.system] = offset + taken[i];
    if (systemDegraded(part)) failed.push(entry.system);
    else if (hasMore(part, lists[i].length, offset + taken[i], taken[i], state.first)) hasNextPage = true;
    totalCount = totalCount === null || part.total == null ? null : totalCount + part.total;
    sources.push(...statusesOf(entry, part, items));
  });
  for (const system of state.excluded) sources.push(excludedStatus(system));

  const excluded = [...state.excluded, ...failed];
  const cursor = { q: questionHash(state.kind, state.filter), o: nextOffsets, x: excluded };
  // A system left out after an earlier failure counts in neither totalCount nor here (its status says why).
  const totalUnknownFrom = [...new Set(sources.filter((s) => s.total === null && s.code !== 'RH_SOURCE_EXCLUDED').map((s) => s.source))];
  return { nodes: items, endCursor: hasNextPage ? encodeToken(cursor) : null, hasNextPage, totalCount, totalUnknownFrom, sources };
}

/** Whether a system has records past what this page took: by its total when known, else by a full or unfinished slice. */
function hasMore(part: PartResult, sliceLength: number, consumed: number, taken: number, first: number): boolean {
  // A source may count more than it can serve (HUDOC's resultcount past its cap): an empty slice ends the list.
  if (sliceLength === 0) return false;
  if (consumed >= MAX_OFFSET) return false;
  if (part.total != null) return consumed < part.total;
  return sliceLength > taken || sliceLength >= first;
}

/** A system's statuses, with each source's count recomputed as what it contributed to this page. */
function statusesOf(entry: SystemEntry, part: PartResult, pageItems: object[]): SourceStatus[] {
  if (!part.sources) return [unreachableStatus(entry)];
  return part.sources.map((s) => ({
    ...s,
    count: pageItems.filter((item) => (item as { provenance?: { source?: string } }).provenance?.source === s.source).length,
  }));
}

function unreachableStatus(entry: SystemEntry): SourceStatus {
  return statusOf(entry.system, entry.subgraph, {
    ok: false, code: 'RH_SUBGRAPH_UNREACHABLE',
    message: `The ${entry.label} subgraph did not answer; its records are missing from this page and from the following pages of this query.`,
  });
}

function excludedStatus(system: System): SourceStatus {
  return statusOf(system, SYSTEMS.find((s) => s.system === system)?.subgraph ?? system, {
    ok: false, code: 'RH_SOURCE_EXCLUDED',
    message: 'This system failed on an earlier page of this query and is left out to keep the order; run the query again without `after` to include it.',
  });
}
