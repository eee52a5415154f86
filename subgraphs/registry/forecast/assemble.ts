import type { MechanismRef, Review, SourceStatus, Visit, VisitStatus } from '../../../schema/types.ts';
import { MAX_FIRST } from '../../../schema/filter.ts';
import { UHRI_THEMES } from '../../../schema/reference/themes.ts';
import { themesOfMandate } from '../../../schema/reference/mandate-themes.ts';
import type { ForecastQuestion } from './window.ts';

/** A visit still to come: the source says so, or says nothing of its status while its dates are ahead. */
const COMING: ReadonlySet<VisitStatus | null> = new Set<VisitStatus | null>(['REQUESTED', 'ACCEPTED', 'SCHEDULED', 'ONGOING', null]);
const PENDING: ReadonlySet<VisitStatus | null> = new Set<VisitStatus | null>(['REQUESTED', 'ACCEPTED']);

const soonestFirst = (a: { date: string | null; id: string }, b: { date: string | null; id: string }) =>
  (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id);

/** Visits of the window that are still to come, soonest first. */
export function forecastVisits(q: ForecastQuestion, visits: Visit[]): Visit[] {
  return unique(visits)
    .filter((v) => v.startDate !== null && v.startDate >= q.from && v.startDate <= q.to && COMING.has(v.status ?? null))
    .sort((a, b) => soonestFirst({ date: a.startDate, id: a.id }, { date: b.startDate, id: b.id }));
}

/** Requested or accepted visits with no dates, by State, then request date. */
export function pendingRequests(visits: Visit[]): Visit[] {
  return unique(visits)
    .filter((v) => v.startDate === null && v.endDate === null && PENDING.has(v.status ?? null))
    .sort(
      (a, b) =>
        (a.country.code ?? a.country.name).localeCompare(b.country.code ?? b.country.name) ||
        (a.requestedOn ?? '').localeCompare(b.requestedOn ?? '') ||
        a.id.localeCompare(b.id),
    );
}

/** Reviews of the window that the source has not recorded as held, postponed or cancelled, soonest first. */
export function forecastReviews(q: ForecastQuestion, reviews: Review[]): Review[] {
  return unique(reviews)
    .filter(
      (r) => r.date !== null && r.date >= q.from && r.date <= q.to && (r.reviewStatus === 'SCHEDULED' || r.reviewStatus === 'UNKNOWN'),
    )
    .sort(soonestFirst);
}

/**
 * A system whose list of visits is longer than one part reads (MAX_FIRST, newest first, undated last) may hold
 * pending requests the forecast did not see: its status says so rather than the list looking complete.
 */
export function pendingWarnings(statuses: SourceStatus[]): SourceStatus[] {
  return statuses.map((s) =>
    s.total !== null && s.total > MAX_FIRST
      ? {
          ...s,
          warnings: [
            ...s.warnings,
            `${s.source} lists ${s.total} visits; the forecast read its newest ${MAX_FIRST}, so pending requests without dates listed after them are missing: narrow the filter by country`,
          ],
        }
      : s,
  );
}

function unique<T extends { id: string }>(records: T[]): T[] {
  const seen = new Set<string>();
  return records.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

export interface JointVisitOpportunity {
  country: Visit['country'];
  reason: 'DUE_WITHIN_WEEKS' | 'PENDING_AT_ONCE';
  from: string | null;
  to: string | null;
  mechanisms: MechanismRef[];
  mandateLabels: string[];
  visits: Visit[];
  sharedThemes: { code: string; label: string }[];
}

/** The mechanism a visit is of: each special-procedures mandate counts as its own (un-sp groups them all). */
function mechanismKey(v: Visit): string {
  return v.mechanism.id === 'un-sp' ? `un-sp:${[...v.mandateLabels].sort().join('|')}` : v.mechanism.id;
}

const DAY_MS = 86_400_000;

/**
 * Joint-visit opportunities: in one State, dated visits of different mechanisms within `jointWithinWeeks` of each
 * other (one's end, or start, to the next's start), and pending requests of different mechanisms at once (with the
 * State's dated visits of the window). Each needs two mechanisms or more.
 */
export function jointOpportunities(q: ForecastQuestion, dated: Visit[], pending: Visit[]): JointVisitOpportunity[] {
  const opportunities: JointVisitOpportunity[] = [];
  const countries = [...new Set([...dated, ...pending].map((v) => v.country.code).filter((c) => c !== null))].sort();
  for (const code of countries) {
    const here = dated.filter((v) => v.country.code === code);
    for (const cluster of clustersWithin(here, q.jointWithinWeeks * 7 * DAY_MS))
      if (distinctMechanisms(cluster) >= 2) opportunities.push(opportunity('DUE_WITHIN_WEEKS', cluster));
    const waiting = pending.filter((v) => v.country.code === code);
    if (waiting.length > 0 && distinctMechanisms([...waiting, ...here]) >= 2)
      opportunities.push(opportunity('PENDING_AT_ONCE', [...here, ...waiting]));
  }
  return opportunities;
}

/** Runs of visits (soonest first) where each starts within `gapMs` of the previous one's end. */
function clustersWithin(visits: Visit[], gapMs: number): Visit[][] {
  const clusters: Visit[][] = [];
  let lastEnd = -Infinity;
  for (const v of visits) {
    const start = Date.parse(v.startDate!);
    if (clusters.length === 0 || start - lastEnd > gapMs) clusters.push([]);
    clusters[clusters.length - 1].push(v);
    lastEnd = Math.max(lastEnd, Date.parse(v.endDate ?? v.startDate!));
  }
  return clusters;
}

function distinctMechanisms(visits: Visit[]): number {
  return new Set(visits.map(mechanismKey)).size;
}

function opportunity(reason: JointVisitOpportunity['reason'], visits: Visit[]): JointVisitOpportunity {
  const days = visits
    .flatMap((v) => [v.startDate, v.endDate])
    .filter((d): d is string => d !== null)
    .sort();
  const mechanisms = [...new Map(visits.map((v) => [v.mechanism.id, v.mechanism])).values()];
  const themesByMechanism = new Map<string, string[]>();
  for (const v of visits)
    themesByMechanism.set(mechanismKey(v), [
      ...new Set([...(themesByMechanism.get(mechanismKey(v)) ?? []), ...themesOfMandate(v.mechanism.id, v.mandateLabels)]),
    ]);
  const counts = new Map<string, number>();
  for (const themes of themesByMechanism.values()) for (const t of themes) counts.set(t, (counts.get(t) ?? 0) + 1);
  const shared = [...counts]
    .filter(([, n]) => n >= 2)
    .map(([code]) => code)
    .sort();
  return {
    country: visits[0].country,
    reason,
    from: days[0] ?? null,
    to: days[days.length - 1] ?? null,
    mechanisms,
    mandateLabels: [...new Set(visits.flatMap((v) => v.mandateLabels))],
    visits,
    sharedThemes: shared.map((code) => ({ code, label: UHRI_THEMES.find((t) => t.code === code)?.title ?? code })),
  };
}
