import type { HubRecord, ListKind, Recommendation, RecordFilter, ThemeRef } from '../../schema/types.ts';
import { sortDateOf } from '../../schema/merge.ts';
import { inDateRange } from '../../schema/order.ts';
import { derivedThemes } from '../../schema/reference/derived-themes.ts';
import { documentOf, matchesText, parseTextQuery, stemLanguagesOf, type TextQuery } from '../../schema/text-query.ts';
import type { ContractSource } from './contract-source.ts';

/**
 * The filters the system slice applies itself to the records a source returns, for what the source cannot:
 * free text (hub matching: schema/text-query.ts), themes (own or derived), visit status, decision kind, and
 * `undated` EXCLUDE / ONLY. The source is then asked without them, so it drops nothing it cannot judge.
 */
export interface LocalPlan {
  /** The filter the source itself is asked with. */
  asked: RecordFilter;
  /** The predicate the slice applies to what it returns; null when the source applies every filter itself. */
  keep: ((record: HubRecord) => boolean) | null;
  /** What the slice applies, for the status: 'text', 'themes', 'status', 'kind', 'undated'. */
  applied: string[];
}

export function localPlan(source: ContractSource, list: ListKind, filter: RecordFilter): LocalPlan {
  const tests: ((r: HubRecord) => boolean)[] = [];
  const applied: string[] = [];
  const asked: RecordFilter = { ...filter };
  if (filter.text !== null && !source.canFilterBy.text) {
    const query = parseTextQuery(filter.text);
    tests.push((r) => recordMatchesText(query, r));
    applied.push('text');
    asked.text = null;
  }
  if (filter.themes.length > 0 && !source.canFilterBy.themes) {
    const wanted = new Set(filter.themes);
    tests.push((r) => themesOf(r).some((t) => t.code !== null && wanted.has(t.code)));
    applied.push('themes');
    asked.themes = [];
  }
  if (list === 'visits' && filter.status.length > 0) {
    tests.push((r) => 'status' in r && r.status !== null && filter.status.includes(r.status));
    applied.push('status');
  }
  if (list === 'decisions' && filter.kind.length > 0) {
    tests.push((r) => 'kind' in r && r.kind !== null && filter.kind.includes(r.kind));
    applied.push('kind');
  }
  // A source that filters dates in its own query can only drop, never add, undated rows; EXCLUDE and ONLY are checked here too.
  if (filter.undated !== 'INCLUDE') {
    tests.push((r) => inDateRange(sortDateOf(r), filter.from, filter.to, filter.undated));
    applied.push('undated');
  }
  return { asked, keep: tests.length > 0 ? (r) => tests.every((t) => t(r)) : null, applied };
}

/** A record's themes: its source's own, or those derived from its mandate and articles (set by withThemes). */
function themesOf(record: HubRecord): ThemeRef[] {
  return record.themes ?? [];
}

/**
 * The record with its themes settled: the source's own marked derived: false, and for a source without UHRI themes
 * the derived ones (schema/reference/derived-themes.ts) added, marked derived: true.
 */
export function withThemes<T extends HubRecord>(record: T, source: ContractSource): T {
  const own = (record.themes ?? []).map((t) => ({ ...t, derived: false, derivedFrom: null }));
  if (source.canFilterBy.themes) return { ...record, themes: own };
  const ownCodes = new Set(own.map((t) => t.code));
  const derived = derivedThemes(derivationInput(record)).filter((t) => !ownCodes.has(t.code));
  return { ...record, themes: [...own, ...derived] };
}

function derivationInput(r: HubRecord): Parameters<typeof derivedThemes>[0] {
  if ('mechanisms' in r) return { mechanismIds: r.mechanisms.map((m) => m.id), mandateTitles: r.mandateLabels };
  return {
    mechanismIds: [r.mechanism.id],
    articles: 'articles' in r ? r.articles : [],
    mandateTitles: 'mandateLabels' in r ? r.mandateLabels : [],
  };
}

/** Whether a record's searchable text (its words, not its ids or links) matches, in its languages. */
export function recordMatchesText(query: TextQuery, record: HubRecord): boolean {
  return matchesText(query, documentOf(searchableText(record), stemLanguagesOf(languagesOf(record))));
}

/** The fields a recommendation is searched by, so a source that searches before mapping (UHRI's index) matches the same words. */
export type RecommendationText = Pick<
  Recommendation,
  'text' | 'annotationType' | 'mechanismLabel' | 'affectedPersons' | 'document' | 'followUp' | 'mechanism'
>;

export function recommendationMatchesText(query: TextQuery, r: RecommendationText): boolean {
  return matchesText(query, documentOf(recommendationText(r), stemLanguagesOf([r.document?.language])));
}

function recommendationText(r: RecommendationText): string {
  return joined([r.text, r.annotationType, r.mechanismLabel, ...r.affectedPersons, r.document?.title, r.followUp?.label, r.mechanism.name]);
}

const joined = (parts: (string | null | undefined)[]) => parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' \n ');

/**
 * The words a record is searched by: what it says (text, title, summary, labels, findings, document titles) and the
 * name of its mechanism (so "torture" finds the CPT's visits), not its ids, codes, dates or links.
 */
export function searchableText(r: HubRecord): string {
  if ('text' in r) return recommendationText(r);
  const mechanisms = 'mechanisms' in r ? r.mechanisms : [r.mechanism];
  const titles = (docs: readonly ({ title: string | null } | null)[]) => docs.map((d) => d?.title);
  let parts: (string | null | undefined)[];
  if ('title' in r)
    parts = [r.title, r.kindLabel, r.conclusion, ...r.violations, ...r.nonViolations, r.caseStatusLabel, r.compliance?.label];
  else if ('communicationType' in r) parts = [r.code, r.summary, r.typeLabel, ...r.addressees, ...r.mandateLabels, ...titles(r.documents)];
  else if ('reviewStatus' in r) parts = [r.mechanismLabel, r.statusLabel, r.reviewOf, r.place, ...titles(r.documents)];
  else parts = [...r.mandateLabels, r.statusLabel, r.typeLabel, r.sourceDates, ...titles([r.report, ...r.documents])];
  return joined([...parts, ...mechanisms.map((m) => m.name)]);
}

/** The languages a record says it is in; none known means it is matched in every language the hub stems. */
function languagesOf(r: HubRecord): (string | null)[] {
  if ('languages' in r) return r.languages;
  if ('text' in r) return [r.document?.language ?? null];
  if ('report' in r) return [r.report?.language ?? null, ...r.documents.map((d) => d.language)];
  return r.documents.map((d) => d.language);
}
