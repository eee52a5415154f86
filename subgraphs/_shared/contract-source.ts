import type { Communication, Recommendation, Review, Visit, Decision, System, UndatedRecords } from '../../schema/types.ts';
import type { AdapterPage, AdapterQuery } from '../../adapters/_kit/types.ts';
import type { SourceFetcher } from '../../adapters/_kit/fetcher.ts';
import type { HttpClient } from '../../adapters/_kit/http.ts';
import type { Caller } from '../../access/caller.ts';

/** Who asks this request, as the subgraph verified it, and the ids of the restricted records it was shown (for the audit line). */
export interface RequestAccess {
  caller: Caller;
  shown: Set<string>;
}
import type { AnswerFreshness } from './answer-freshness.ts';

/** What a source reader gets per request: the cached, per-request fetcher and the raw client (for streams). */
export interface SourceContext {
  fetcher: SourceFetcher;
  http: HttpClient;
  /**
   * The verified caller (absent: anonymous). The system slice enforces access on every source's rows; a reader over a
   * mechanism's own database may also use it to leave restricted rows out of its query.
   */
  access?: RequestAccess;
  /** Where the copies the answer was read from are noted, for its cache hint (absent: not noted). */
  freshness?: AnswerFreshness;
}

/**
 * What one adapter query asks in contract terms: the adapter query plus the UHRI theme codes (A1–H1) and
 * mechanism ids to keep, articles and HUDOC importance. A reader is only asked with a filter it declared it can apply.
 */
export interface ContractQuery extends AdapterQuery {
  themes: string[];
  mechanisms: string[];
  articles: string[];
  importance: number[];
  /** Set only for a source that declared canFilterBy.since; others get `from` moved up instead. */
  since: string | null;
  /** What from/to do with undated rows (RecordFilter.undated, INCLUDE unless asked); absent (a reader called directly) means EXCLUDE. */
  undated?: UndatedRecords;
}

/** The filters a source may or may not be able to apply itself. */
const OPTIONAL_FILTERS = ['themes', 'text', 'articles', 'importance', 'since'] as const;
export type OptionalFilter = (typeof OPTIONAL_FILTERS)[number];

/** A source's canFilterBy: the filters named, and no other: filtersApplied('text') → { themes: false, text: true, articles: false, … } */
export function filtersApplied(...applied: OptionalFilter[]): Record<OptionalFilter, boolean> {
  return Object.fromEntries(OPTIONAL_FILTERS.map((f) => [f, applied.includes(f)])) as Record<OptionalFilter, boolean>;
}

export type Reader<T> = (q: ContractQuery, ctx: SourceContext) => Promise<AdapterPage<T>>;

/**
 * One source, seen from its system's subgraph: the readers it has, already mapped to the contract,
 * each returning rows newest first (date desc, then id) so the hub can merge and page across systems.
 */
export interface ContractSource {
  /** The hub's name for the source: uhri, hudoc-echr, hudoc-cpt, hudoc-esc. */
  name: string;
  system: System;
  /** Mechanism ids whose records this source can return (for the mechanisms filter). */
  mechanisms: readonly string[];
  /**
   * Filters the readers can apply themselves; a source is skipped (and says so) when asked for one it cannot,
   * except `since`: a source that cannot answer it its own way is asked with `from` moved up to that day.
   */
  canFilterBy: Record<OptionalFilter, boolean>;
  /** With canFilterBy.text: how the source searches, as sources[].warnings tells the client (e.g. "Uwazi's full-text search"). */
  textSearch?: string;
  /** Its records carry their owner's level (`access`, e.g. a column of a mechanism's database): the slice filters them before paging. */
  recordsCarryAccess?: boolean;
  recommendations?: Reader<Recommendation>;
  visits?: Reader<Visit>;
  decisions?: Reader<Decision>;
  communications?: Reader<Communication>;
  reviews?: Reader<Review>;
}
