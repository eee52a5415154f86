import type { ListKind, RecordFilter, SourceStatus, System } from '../../schema/types.ts';
import { MAX_FIRST, badInput } from '../../schema/filter.ts';
import { SYSTEMS } from '../../schema/systems.ts';
import {
  activeSystems,
  believedPart,
  partsOf,
  statusesOf,
  systemFailed,
  type PageState,
  type PartResult,
  type RegistryTrust,
} from './page.ts';

/**
 * A question: a one-shot cross-system query (sameMatter, visitForecast) built on the lists' machinery. Its `id` is a
 * signed token carrying its arguments, so the registry stores nothing between its two passes; each of its parts is one
 * list's part per system (the same hidden part entities and signed scopes as a page's, window 0..MAX_FIRST), resolved
 * by the systems in parallel and handed back to the registry through @requires. Nothing is stored.
 */
export interface QuestionPart {
  /** The hidden field of the question's type that holds these parts, e.g. decisionParts. */
  field: string;
  kind: ListKind;
  filter: RecordFilter;
  /** Where in each system's list the window of MAX_FIRST records starts (default 0: the newest). */
  offset?: number;
}

/** The state of a list's page of MAX_FIRST records from the part's offset: what a question's part asks of each system. */
function firstPageOf(part: QuestionPart): PageState {
  const offsets = Object.fromEntries(SYSTEMS.map((s) => [s.system, part.offset ?? 0]));
  return { kind: part.kind, filter: part.filter, first: MAX_FIRST, offsets, excluded: [] };
}

export function encodeQuestion(question: string, args: object, trust: RegistryTrust): string {
  return trust.tokens.sign('question', { version: 1, question, args });
}

/** The arguments a question id carries (signed by this registry, for this question), or BAD_USER_INPUT. */
export function decodeQuestion<T>(question: string, id: string, trust: RegistryTrust): T {
  const raw = trust.tokens.open('question', id) as { version?: number; question?: string; args?: T } | undefined;
  if (!raw || raw.version !== 1 || raw.question !== question || typeof raw.args !== 'object' || raw.args === null)
    throw badInput('id', `not a ${question} id made by this hub`);
  return raw.args;
}

/** The part stubs of one of a question's lists, one per system the filter allows. */
export function questionStubs(part: QuestionPart, trust: RegistryTrust) {
  return partsOf(firstPageOf(part), trust);
}

/** What the systems answered for one of a question's lists: their records (those of failed systems left out) and statuses. */
export interface CollectedList<T> {
  items: T[];
  statuses: SourceStatus[];
  /** Each answering system's total for the list's filter (null where a source does not say). */
  totals: Partial<Record<System, number | null>>;
}

export function collectList<T>(part: QuestionPart, answered: PartResult[] | undefined, trust: RegistryTrust): CollectedList<T> {
  const state = firstPageOf(part);
  const parts = activeSystems(state).map((entry, i) => ({ entry, part: believedPart(entry, answered?.[i] ?? {}, trust) }));
  return {
    items: parts.flatMap(({ part: p }) => (systemFailed(p) ? [] : (p.items ?? []))) as T[],
    statuses: parts.flatMap(({ entry, part: p }) => statusesOf(entry, p, [])),
    totals: Object.fromEntries(
      parts.filter(({ part: p }) => !systemFailed(p)).map(({ entry, part: p }) => [entry.system, p.total ?? null]),
    ),
  };
}

/**
 * One status per system and source across a question's lists (a source asked for two lists answers for both: failed
 * if either failed, its warnings once), each source's count being the records it contributed to the answer.
 */
export function questionSources(lists: CollectedList<unknown>[], answer: readonly object[]): SourceStatus[] {
  const merged = new Map<string, SourceStatus>();
  for (const status of lists.flatMap((l) => l.statuses)) {
    const key = `${status.system}\u0000${status.source}`;
    const seen = merged.get(key);
    if (!seen) {
      merged.set(key, { ...status, warnings: [...status.warnings] });
      continue;
    }
    merged.set(key, {
      ...seen,
      ok: seen.ok && status.ok,
      code: seen.code ?? status.code,
      message: seen.message ?? status.message,
      total: seen.total === null || status.total === null ? null : Math.max(seen.total, status.total),
      fromCache: seen.fromCache && status.fromCache,
      stale: seen.stale || status.stale,
      latencyMs: Math.max(seen.latencyMs ?? 0, status.latencyMs ?? 0),
      warnings: [...new Set([...seen.warnings, ...status.warnings])],
    });
  }
  const bySource = (source: string) =>
    answer.filter((r) => (r as { provenance?: { source?: string } }).provenance?.source === source).length;
  const systemOrder = (s: SourceStatus) => SYSTEMS.findIndex((entry) => entry.system === s.system);
  // Sorted by system in merge order (stable: within a system, the order its lists were asked in).
  return [...merged.values()].sort((a, b) => systemOrder(a) - systemOrder(b)).map((s) => ({ ...s, count: bySource(s.source) }));
}
