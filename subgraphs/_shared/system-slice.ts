import type { HubRecord, ListKind, RecordFilter, RecordKind, RecordOf, Slice, SliceQuery, SourceStatus } from '../../schema/types.ts';
import { LIST_KINDS } from '../../schema/systems.ts';
import { mergeNewestFirst } from '../../schema/merge.ts';
import { asSourceError, SourceTimeoutError } from '../../adapters/_kit/errors.ts';
import type { AdapterPage } from '../../adapters/_kit/types.ts';
import type { ContractSource, OptionalFilter, Reader, SourceContext } from './contract-source.ts';
import { failedStatus, okStatus, skippedStatus } from './source-status.ts';
import { withDateWarnings } from './date-warnings.ts';

export interface SliceOptions {
  /** A source slower than this is reported as timed out; the others' records still come back. Default 25_000 ms. */
  sourceDeadlineMs?: number;
}

/**
 * One system's answer to one part of a page: asks each of its sources that has this list and can honour
 * the filter, in parallel, merges them newest first, and returns records [offset, offset + limit) with one
 * status per source. A source's failure is caught here and reported in its status, never thrown.
 */
export async function readSystemSlice<K extends ListKind>(
  kind: K, sources: readonly ContractSource[], query: SliceQuery, ctx: SourceContext, options: SliceOptions = {},
): Promise<Slice<RecordOf[K]>> {
  const { filter } = query;
  const statuses: SourceStatus[] = [];
  const asked: { source: ContractSource; reader: Reader<RecordOf[K]> }[] = [];
  for (const source of sources) {
    const reader = source[kind] as Reader<RecordOf[K]> | undefined;
    if (!reader) continue;
    const why = reasonToSkip(source, query);
    if (why) statuses.push(skippedStatus(source.system, source.name, why));
    else asked.push({ source, reader });
  }
  // One source pages itself; several are each read from the start and merged, so the offset is the system's.
  const single = asked.length === 1;
  const window = single ? { offset: query.offset, limit: query.limit } : { offset: 0, limit: query.offset + query.limit };
  const answers = await Promise.all(asked.map(({ source, reader }) =>
    readOne(source, () => reader({ ...filterFor(source, filter), ...window }, ctx), options)));

  const pages = answers.map((a) => a.page?.rows ?? []);
  statuses.push(...answers.map((a) => a.status));
  const merged = single ? { items: pages[0] } : sliceMerged(pages, query);
  const totals = answers.map((a) => a.page?.total ?? null);
  return { items: merged.items, total: totals.includes(null) ? null : totals.reduce<number>((s, t) => s + (t ?? 0), 0), sources: statuses };
}

/**
 * Any list of a system: the three lists as above; `records` reads each of them from the start to
 * offset + limit and merges them newest first, like the hub merges systems.
 */
export async function readSlice<K extends RecordKind>(
  kind: K, sources: readonly ContractSource[], query: SliceQuery, ctx: SourceContext, options: SliceOptions = {},
): Promise<Slice<RecordOf[K]>> {
  if (kind !== 'records') return readSystemSlice(kind as ListKind, sources, query, ctx, options) as Promise<Slice<RecordOf[K]>>;
  const window = { ...query, offset: 0, limit: query.offset + query.limit };
  const slices: Slice<HubRecord>[] = await Promise.all(LIST_KINDS.map((list) => readSystemSlice(list, sources, window, ctx, options)));
  const totals = slices.map((s) => s.total);
  return {
    items: sliceMerged(slices.map((s) => s.items), query).items as RecordOf[K][],
    total: totals.includes(null) ? null : totals.reduce<number>((sum, t) => sum + (t ?? 0), 0),
    sources: slices.flatMap((s) => s.sources),
  };
}

function sliceMerged<T extends { id: string }>(pages: T[][], query: SliceQuery): { items: T[] } {
  return { items: mergeNewestFirst(pages, query.offset + query.limit).items.slice(query.offset) };
}

/** `since` for a source without a cheaper path of its own: its records from that day on (from = the later of the two). */
function filterFor(source: ContractSource, filter: RecordFilter): RecordFilter {
  if (!filter.since || source.canFilterBy.since) return filter;
  const day = filter.since.slice(0, 10);
  return { ...filter, from: filter.from && filter.from > day ? filter.from : day };
}

/** Filters not every source can apply: when one is set, a source that cannot is skipped, and says why. */
const OPTIONAL_FILTERS: [OptionalFilter, (f: RecordFilter) => boolean, string][] = [
  ['themes', (f) => f.themes.length > 0, 'its records carry no UHRI themes, so the theme filter excludes them'],
  ['text', (f) => f.text !== null, 'it cannot search free text'],
  ['articles', (f) => f.articles.length > 0, 'it cannot filter by article'],
  ['importance', (f) => f.importance.length > 0, 'its records have no HUDOC importance'],
];

function reasonToSkip(source: ContractSource, { filter }: SliceQuery): string | undefined {
  if (filter.mechanisms.length > 0 && !filter.mechanisms.some((m) => source.mechanisms.includes(m)))
    return `${source.name} was not asked: it holds none of the mechanisms ${filter.mechanisms.join(', ')}`;
  const unable = OPTIONAL_FILTERS.find(([name, isSet]) => isSet(filter) && !source.canFilterBy[name]);
  return unable && `${source.name} was not asked: ${unable[2]}`;
}

async function readOne<T>(source: ContractSource, read: () => Promise<AdapterPage<T>>, options: SliceOptions) {
  const deadlineMs = options.sourceDeadlineMs ?? 25_000;
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SourceTimeoutError(`${source.name} gave no answer within ${deadlineMs} ms`, source.name)), deadlineMs);
  });
  try {
    const page = withDateWarnings(source.name, await Promise.race([read(), deadline]));
    return { page, status: okStatus(source.system, source.name, page, Date.now() - started) };
  } catch (err) {
    return { page: undefined, status: failedStatus(source.system, source.name, asSourceError(err, source.name), Date.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}
