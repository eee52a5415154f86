import type { HubRecord, ListKind, RecordFilter, RecordKind, RecordOf, Slice, SliceQuery, SourceStatus } from '../../schema/types.ts';
import { LIST_KINDS } from '../../schema/systems.ts';
import { mergeNewestFirst } from '../../schema/merge.ts';
import { asSourceError, SourceTimeoutError } from '../../adapters/_kit/errors.ts';
import type { AdapterPage } from '../../adapters/_kit/types.ts';
import type { ContractSource, OptionalFilter, Reader, SourceContext } from './contract-source.ts';
import { failedStatus, okStatus, skippedStatus } from './source-status.ts';
import { withDateWarnings } from './date-warnings.ts';
import { outsideJurisdiction } from '../../schema/systems.ts';
import { localPlan, withThemes, type LocalPlan } from './local-filters.ts';
import { accessGuard, guardedReader } from './access-guard.ts';
import type { AccessRule } from './access-policy.ts';

export interface SliceOptions {
  /** A source slower than this is reported as timed out; the others' records still come back. Default 25_000 ms. */
  sourceDeadlineMs?: number;
  /** How many records a source is read for a filter the slice applies itself. Default LOCAL_SCAN_LIMIT. */
  localScanLimit?: number;
  /** The owners' access policy for wrapped sources; default subgraphs/_shared/access-policy.ts. */
  accessPolicy?: readonly AccessRule[];
}

/**
 * How many records the slice reads from one source to apply a filter the source cannot (text, themes, status,
 * kind): the source's whole list where it holds no more, else its newest this many (its total is then unknown).
 */
export const LOCAL_SCAN_LIMIT = 2_000;

/**
 * One system's answer to one part of a page: asks each of its sources that has this list and can honour
 * the filter, in parallel, merges them newest first, and returns records [offset, offset + limit) with one
 * status per source. A filter a source cannot apply itself (localPlan) is applied here to what it returns.
 * A source's failure is caught here and reported in its status, never thrown.
 */
export async function readSystemSlice<K extends ListKind>(
  kind: K,
  sources: readonly ContractSource[],
  query: SliceQuery,
  ctx: SourceContext,
  options: SliceOptions = {},
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
  const answers = await Promise.all(
    asked.map(async ({ source, reader }) => {
      const plan = localPlan(source, kind, filter);
      const scan = options.localScanLimit ?? LOCAL_SCAN_LIMIT;
      // Access first: nothing below (filters, counts, paging, warnings) ever sees what the caller may not.
      const guard = accessGuard(source, kind, ctx.access, options.accessPolicy);
      const read = guardedReader((w: typeof window) => reader({ ...filterFor(source, plan.asked), ...w }, ctx), guard, scan);
      const answer = await readOne(
        source,
        plan.keep ? () => readFiltered(source, read, plan, window, filter, scan) : async () => withThemesOf(await read(window), source),
        options,
      );
      if (answer.status.ok) answer.status.warnings = [...answer.status.warnings, ...guard.warnings()];
      // A source that searched the text itself says so, and how.
      if (filter.text !== null && source.canFilterBy.text && answer.status.ok)
        answer.status.warnings = [
          ...answer.status.warnings,
          `${source.name}: text searched by the source itself (${source.textSearch ?? 'its own search'})`,
        ];
      return answer;
    }),
  );

  // Sources read outside the fetcher (UHRI's index) are noted here, by the copies their pages were read from.
  for (const fetched of answers.flatMap((a) => a.page?.fetched ?? [])) ctx.freshness?.fed(fetched);
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
  kind: K,
  sources: readonly ContractSource[],
  query: SliceQuery,
  ctx: SourceContext,
  options: SliceOptions = {},
): Promise<Slice<RecordOf[K]>> {
  if (kind !== 'records') return readSystemSlice(kind as ListKind, sources, query, ctx, options) as Promise<Slice<RecordOf[K]>>;
  const window = { ...query, offset: 0, limit: query.offset + query.limit };
  const slices: Slice<HubRecord>[] = await Promise.all(LIST_KINDS.map((list) => readSystemSlice(list, sources, window, ctx, options)));
  const totals = slices.map((s) => s.total);
  return {
    items: sliceMerged(
      slices.map((s) => s.items),
      query,
    ).items as RecordOf[K][],
    total: totals.includes(null) ? null : totals.reduce<number>((sum, t) => sum + (t ?? 0), 0),
    sources: slices.flatMap((s) => s.sources),
  };
}

function sliceMerged<T extends { id: string }>(pages: T[][], query: SliceQuery): { items: T[] } {
  return { items: mergeNewestFirst(pages, query.offset + query.limit).items.slice(query.offset) };
}

function withThemesOf<T extends HubRecord>(page: AdapterPage<T>, source: ContractSource): AdapterPage<T> {
  return { ...page, rows: page.rows.map((r) => withThemes(r, source)) };
}

/**
 * A source read without the filters it cannot apply, from its start, and filtered here: its window of the matches,
 * their exact count when the whole list was read, and a warning saying what was matched by the hub in how many records.
 */
async function readFiltered<T extends HubRecord>(
  source: ContractSource,
  read: (w: { offset: number; limit: number }) => Promise<AdapterPage<T>>,
  plan: LocalPlan,
  window: { offset: number; limit: number },
  filter: RecordFilter,
  scanLimit: number,
): Promise<AdapterPage<T>> {
  const page = await read({ offset: 0, limit: scanLimit });
  const kept = page.rows.map((r) => withThemes(r, source)).filter(plan.keep!);
  const whole = page.total !== null && page.rows.length >= page.total;
  const scope = whole
    ? `all ${page.rows.length} records`
    : `the newest ${page.rows.length} of ${page.total ?? 'an unknown number of'} records`;
  const what = plan.applied.map((f) => (f === 'text' ? `text "${filter.text}" (stemmed word match)` : f)).join(', ');
  return {
    ...page,
    rows: kept.slice(window.offset, window.offset + window.limit),
    total: whole ? kept.length : null,
    warnings: [...page.warnings, `${source.name}: ${what} applied by the hub to ${scope} it returned: ${kept.length} matched`],
  };
}

/**
 * `since` for a source without a cheaper path of its own: its records from that day on (from = the later of the two).
 * An undated record cannot be shown to be new, so `since` leaves undated records out unless ONLY them is asked.
 */
function filterFor(source: ContractSource, filter: RecordFilter): RecordFilter {
  if (!filter.since || source.canFilterBy.since) return filter;
  const day = filter.since.slice(0, 10);
  return { ...filter, from: filter.from && filter.from > day ? filter.from : day, undated: filter.undated === 'ONLY' ? 'ONLY' : 'EXCLUDE' };
}

/**
 * Filters only some sources hold the data for: when one is set, a source that cannot is skipped, and says why;
 * so is a regional source asked only about States outside its system (SystemEntry.jurisdiction, schema/reference/jurisdiction.ts).
 * Text and themes are not among them: the slice applies those itself (localPlan).
 */
const OPTIONAL_FILTERS: [OptionalFilter, (f: RecordFilter) => boolean, string][] = [
  ['articles', (f) => f.articles.length > 0, 'it cannot filter by article'],
  ['importance', (f) => f.importance.length > 0, 'its records have no HUDOC importance'],
];

function reasonToSkip(source: ContractSource, { filter }: SliceQuery): string | undefined {
  if (filter.mechanisms.length > 0 && !filter.mechanisms.some((m) => source.mechanisms.includes(m)))
    return `${source.name} was not asked: it holds none of the mechanisms ${filter.mechanisms.join(', ')}`;
  const outside = outsideJurisdiction(source.system, filter.countries);
  if (outside) return `${source.name} was not asked: ${outside}`;
  const unable = OPTIONAL_FILTERS.find(([name, isSet]) => isSet(filter) && !source.canFilterBy[name]);
  return unable && `${source.name} was not asked: ${unable[2]}`;
}

async function readOne<T>(source: ContractSource, read: () => Promise<AdapterPage<T>>, options: SliceOptions) {
  const deadlineMs = options.sourceDeadlineMs ?? 25_000;
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new SourceTimeoutError(`${source.name} gave no answer within ${deadlineMs} ms`, source.name)),
      deadlineMs,
    );
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
