import { createHash } from 'node:crypto';
import type { RecordFilter, RecordKind, SourceStatus, System } from '../../schema/types.ts';
import { SYSTEMS, partTypeName, type SystemEntry } from '../../schema/systems.ts';
import { encodeScope } from '../../schema/scope.ts';
import type { TokenSigner } from '../../schema/signed-token.ts';
import { mergeNewestFirst } from '../../schema/merge.ts';
import { mechanismById } from '../../schema/reference/mechanisms.ts';
import { MAX_FIRST, MAX_OFFSET, badInput, isIntegerIn } from '../../schema/filter.ts';
import { statusOf } from '../../schema/status.ts';

// Page, part, slice, window, scope, cursor: see the glossary in ./README.md.

/**
 * What the registry trusts and signs with: the key shared with the system subgraphs, and each system's
 * sources, the only ones whose statuses it believes from that system's subgraph.
 */
export interface RegistryTrust {
  tokens: TokenSigner;
  sourcesOf: Readonly<Record<System, readonly string[]>>;
}

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
  items?: ({ id: string; provenance?: { system?: string; source: string } } & object)[] | null;
  total?: number | null;
  sources?: SourceStatus[] | null;
}

/** A page id's fields as they travel (signed: the registry made it). */
interface PageIdPayload {
  version: 2;
  kind: RecordKind;
  filter: RecordFilter;
  first: number;
  offsets: PageState['offsets'];
  excluded: System[];
}
/** A cursor's fields as they travel (signed): which question it belongs to, and where each system is in it. */
interface CursorPayload {
  version: 2;
  question: string;
  offsets: PageState['offsets'];
  excluded: System[];
}

export function encodePageId(state: PageState, trust: RegistryTrust): string {
  const payload: PageIdPayload = {
    version: 2,
    kind: state.kind,
    filter: state.filter,
    first: state.first,
    offsets: state.offsets,
    excluded: state.excluded,
  };
  return trust.tokens.sign('page', payload);
}

export function decodePageId(id: string, trust: RegistryTrust): PageState {
  const raw = trust.tokens.open('page', id) as Partial<PageIdPayload> | undefined;
  if (
    !raw ||
    raw.version !== 2 ||
    !raw.kind ||
    !raw.filter ||
    !isIntegerIn(raw.first, 1, MAX_FIRST) ||
    !isPagingState(raw.offsets, raw.excluded)
  )
    throw badInput('id', 'not a page id made by this hub');
  return { kind: raw.kind, filter: raw.filter, first: raw.first, offsets: raw.offsets, excluded: raw.excluded! };
}

/** Identifies the question a cursor belongs to, so a cursor cannot be replayed against another filter. */
function questionHash(kind: RecordKind, filter: RecordFilter): string {
  return createHash('sha256')
    .update(JSON.stringify([kind, filter]))
    .digest('base64url')
    .slice(0, 12);
}

const KNOWN_SYSTEMS = new Set<string>(SYSTEMS.map((s) => s.system));

/** Offsets and exclusions of known systems within the paging bounds (checked again after the signature: cheap, and a second lock). */
function isPagingState(offsets: unknown, excluded: unknown): offsets is PageState['offsets'] {
  return (
    typeof offsets === 'object' &&
    offsets !== null &&
    Array.isArray(excluded) &&
    Object.entries(offsets).every(([system, offset]) => KNOWN_SYSTEMS.has(system) && isIntegerIn(offset, 0, MAX_OFFSET)) &&
    excluded.every((system) => KNOWN_SYSTEMS.has(system))
  );
}

/** The state of the page that `after` points to (or the first page). */
export function pageStateFor(
  kind: RecordKind,
  filter: RecordFilter,
  first: number,
  after: string | null | undefined,
  trust: RegistryTrust,
): PageState {
  if (!after) return { kind, filter, first, offsets: {}, excluded: [] };
  const raw = trust.tokens.open('cursor', after) as Partial<CursorPayload> | undefined;
  if (!raw || raw.version !== 2 || typeof raw.question !== 'string' || !isPagingState(raw.offsets, raw.excluded))
    throw badInput('after', 'not a cursor made by this hub; pass the endCursor of a previous page, or omit it for the first page');
  if (raw.question !== questionHash(kind, filter))
    throw badInput('after', 'this cursor belongs to another query (list or filter); pass the endCursor of the same query');
  return { kind, filter, first, offsets: raw.offsets!, excluded: raw.excluded! };
}

/** The systems a page asks, in merge order: those the filter allows, minus those excluded by earlier failures. */
export function activeSystems(state: PageState): SystemEntry[] {
  const bySystem = state.filter.systems;
  const byMechanism = state.filter.mechanisms.map((id) => mechanismById(id)?.system);
  return SYSTEMS.filter(
    (s) =>
      (bySystem.length === 0 || bySystem.includes(s.system)) &&
      (byMechanism.length === 0 || byMechanism.includes(s.system)) &&
      !state.excluded.includes(s.system),
  );
}

/** The part stubs of a page, one per active system, always in the same order (the merge matches them by position). */
export function partsOf(state: PageState, trust: RegistryTrust): { __typename: string; scope: string }[] {
  return activeSystems(state).map((entry) => ({
    __typename: partTypeName(entry, state.kind),
    scope: encodeScope(
      { system: entry.system, kind: state.kind, filter: state.filter, offset: state.offsets[entry.system] ?? 0, limit: state.first },
      trust.tokens,
    ),
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
export function systemFailed(part: PartResult): boolean {
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
 * What the registry believes of a system's part: statuses of that system's own sources (and of its subgraph,
 * which speaks for the whole system) and records of that system. A subgraph hosted elsewhere (RH_<NAME>_URL)
 * could otherwise report for another system's sources; what it says of them is dropped, with a warning.
 */
export function believedPart(entry: SystemEntry, part: PartResult, trust: RegistryTrust): PartResult {
  if (!part.sources) return part;
  const own = new Set([...(trust.sourcesOf[entry.system] ?? []), entry.subgraph]);
  const isOwn = (s: SourceStatus) => s.system === entry.system && own.has(s.source);
  const foreignSources = part.sources.filter((s) => !isOwn(s));
  const items = part.items?.filter((item) => !item.provenance?.system || item.provenance.system === entry.system);
  const foreignItems = (part.items?.length ?? 0) - (items?.length ?? 0);
  if (foreignSources.length === 0 && foreignItems === 0) return part;
  const named = [...new Set(foreignSources.map((s) => `${s.system} ${s.source.slice(0, 40)}`))];
  const what = [
    ...named.slice(0, 5),
    ...(named.length > 5 ? ['…'] : []),
    ...(foreignItems > 0 ? [`${foreignItems} records of other systems`] : []),
  ];
  const warning = `The ${entry.label} subgraph reported for what is not the ${entry.label} system's (${what.join(', ')}); the hub ignored it.`;
  return { ...part, items, sources: [...part.sources.filter(isOwn), statusOf(entry.system, entry.subgraph, { warnings: [warning] })] };
}

/**
 * The page itself: merges the systems' parts newest first, keeps `first`, and works out the next offsets.
 * A system that failed is left out of later pages (recorded in the cursor), so its return mid-way cannot
 * break the order; the client sees why in `sources`.
 */
export function assemblePage(state: PageState, answered: PartResult[], trust: RegistryTrust): AssembledPage {
  const systems = activeSystems(state);
  const parts = systems.map((entry, i) => believedPart(entry, answered[i] ?? {}, trust));
  const lists = parts.map((part) => (systemFailed(part) ? [] : (part.items ?? [])));
  const { items, taken } = mergeNewestFirst(lists, state.first);

  const nextOffsets: PageState['offsets'] = { ...state.offsets };
  const failed: System[] = [];
  const sources: SourceStatus[] = [];
  let hasNextPage = false;
  let totalCount: number | null = 0;
  systems.forEach((entry, i) => {
    const part = parts[i];
    const offset = state.offsets[entry.system] ?? 0;
    nextOffsets[entry.system] = offset + taken[i];
    if (systemDegraded(part)) failed.push(entry.system);
    else if (hasMore(part, lists[i].length, offset + taken[i], taken[i], state.first)) hasNextPage = true;
    totalCount = totalCount === null || part.total == null ? null : totalCount + part.total;
    sources.push(...statusesOf(entry, part, items));
  });
  for (const system of state.excluded) sources.push(excludedStatus(system));

  const excluded = [...state.excluded, ...failed];
  const cursor: CursorPayload = { version: 2, question: questionHash(state.kind, state.filter), offsets: nextOffsets, excluded };
  // A system left out after an earlier failure counts in neither totalCount nor here (its status says why).
  const totalUnknownFrom = [...new Set(sources.filter((s) => s.total === null && s.code !== 'RH_SOURCE_EXCLUDED').map((s) => s.source))];
  return {
    nodes: items,
    endCursor: hasNextPage ? trust.tokens.sign('cursor', cursor) : null,
    hasNextPage,
    totalCount,
    totalUnknownFrom,
    sources,
  };
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
export function statusesOf(entry: SystemEntry, part: PartResult, pageItems: object[]): SourceStatus[] {
  if (!part.sources) return [unreachableStatus(entry)];
  return part.sources.map((s) => ({
    ...s,
    count: pageItems.filter((item) => (item as { provenance?: { source?: string } }).provenance?.source === s.source).length,
  }));
}

function unreachableStatus(entry: SystemEntry): SourceStatus {
  return statusOf(entry.system, entry.subgraph, {
    ok: false,
    code: 'RH_SUBGRAPH_UNREACHABLE',
    message: `The ${entry.label} subgraph did not answer; its records are missing from this page and from the following pages of this query.`,
  });
}

function excludedStatus(system: System): SourceStatus {
  return statusOf(system, SYSTEMS.find((s) => s.system === system)?.subgraph ?? system, {
    ok: false,
    code: 'RH_SOURCE_EXCLUDED',
    message:
      'This system failed on an earlier page of this query and is left out to keep the order; run the query again without `after` to include it.',
  });
}
