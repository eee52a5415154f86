import ical, { ICalEventStatus } from 'ical-generator';
import { walkList, type ExportFilter, type GraphqlApi } from '../export/walk.ts';

/**
 * The calendars as iCalendar (RFC 5545, built with ical-generator): every dated visit of every system, and (for
 * calendar.ics) every review session with dates. All-day events, UIDs from the record ids (stable across polls),
 * DTSTAMP the time the hub read the record, the record's URL, and its status.
 */

interface CalendarNode {
  id: string;
  mechanism: { acronym: string; name: string };
  country: { code: string | null; name: string };
  provenance: { sourceUrl: string | null; fetchedAt: string };
}
interface VisitNode extends CalendarNode {
  startDate: string | null;
  endDate: string | null;
  status: string | null;
  statusLabel: string | null;
  mandateLabels: string[];
  sourceDates: string | null;
  report: { url: string | null } | null;
}
interface ReviewNode extends CalendarNode {
  sessionStart: string | null;
  sessionEnd: string | null;
  date: string | null;
  session: string | null;
  reviewStatus: string;
  statusLabel: string | null;
  documents: { url: string | null }[];
}

const COMMON = 'id mechanism { acronym name } country { code name } provenance { sourceUrl fetchedAt }';
const PAGE = 'totalCount endCursor hasNextPage sources { system source ok code message }';
const VISITS = `query CalendarVisits($filter: RecordFilter, $first: Int, $after: String) { visits(filter: $filter, first: $first, after: $after) {
  ${PAGE} nodes { ${COMMON} startDate endDate status statusLabel mandateLabels sourceDates report { url } } } }`;
const REVIEWS = `query CalendarReviews($filter: RecordFilter, $first: Int, $after: String) { reviews(filter: $filter, first: $first, after: $after) {
  ${PAGE} nodes { ${COMMON} sessionStart sessionEnd date session reviewStatus statusLabel documents { url } } } }`;

/** A feed reads at most this many pages of 100 of each list: a calendar is not a crawler. */
export const FEED_MAX_PAGES = 10;

/** Every node of a list, at most FEED_MAX_PAGES pages. */
async function readAll<T>(api: GraphqlApi, list: string, query: string, filter: ExportFilter): Promise<T[]> {
  const nodes: T[] = [];
  for await (const page of walkList<T>(api, list, query, filter, { maxPages: FEED_MAX_PAGES })) nodes.push(...page.nodes);
  return nodes;
}

const VISIT_STATUS: Record<string, ICalEventStatus> = {
  REQUESTED: ICalEventStatus.TENTATIVE,
  ACCEPTED: ICalEventStatus.TENTATIVE,
  POSTPONED: ICalEventStatus.TENTATIVE,
  SCHEDULED: ICalEventStatus.CONFIRMED,
  ONGOING: ICalEventStatus.CONFIRMED,
  COMPLETED: ICalEventStatus.CONFIRMED,
  CANCELLED: ICalEventStatus.CANCELLED,
};
const REVIEW_STATUS: Record<string, ICalEventStatus> = {
  SCHEDULED: ICalEventStatus.CONFIRMED,
  COMPLETED: ICalEventStatus.CONFIRMED,
  POSTPONED: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
};

/** YYYY-MM-DD → a Date at UTC midnight (an all-day event's day); anything else → null. */
function day(value: string | null | undefined): Date | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** All-day DTEND is exclusive: the day after the last day. */
const dayAfter = (date: Date) => new Date(date.getTime() + 86_400_000);

export interface Calendar {
  body: string;
  lastModified: Date | null;
  events: number;
}

/** The iCalendar of the visits (and, with `withReviews`, the review sessions) the filter selects. */
export async function buildCalendar(
  api: GraphqlApi,
  filter: ExportFilter,
  options: { name: string; withReviews: boolean },
): Promise<Calendar> {
  const [visits, reviews] = await Promise.all([
    readAll<VisitNode>(api, 'visits', VISITS, filter),
    options.withReviews ? readAll<ReviewNode>(api, 'reviews', REVIEWS, filter) : Promise.resolve([]),
  ]);
  const calendar = ical({ name: options.name, prodId: { company: 'Rights Hub', product: 'rights-hub', language: 'EN' } });
  let lastModified: Date | null = null;
  const add = (
    node: CalendarNode,
    start: Date,
    end: Date,
    fields: { summary: string; description: string; url: string | null; status: ICalEventStatus | undefined },
  ) => {
    const stamp = new Date(node.provenance.fetchedAt);
    if (!lastModified || stamp > lastModified) lastModified = stamp;
    calendar.createEvent({
      id: `${node.id}@rights-hub`,
      start,
      end: dayAfter(end),
      allDay: true,
      stamp,
      summary: fields.summary,
      description: fields.description,
      ...(fields.url && { url: fields.url }),
      ...(fields.status && { status: fields.status }),
      location: node.country.name,
    });
  };
  for (const v of visits) {
    const start = day(v.startDate);
    if (!start) continue; // a calendar holds dated visits only; undated requests are in visitForecast
    add(v, start, day(v.endDate) ?? start, {
      summary: `${v.mechanism.acronym} visit to ${v.country.name}${v.mandateLabels.length ? ` (${v.mandateLabels.join('; ')})` : ''}`,
      description: [v.statusLabel ?? v.status, v.sourceDates].filter(Boolean).join(' · '),
      url: v.report?.url ?? v.provenance.sourceUrl,
      status: v.status ? VISIT_STATUS[v.status] : undefined,
    });
  }
  for (const r of reviews) {
    const start = day(r.sessionStart) ?? day(r.date);
    if (!start) continue;
    add(r, start, day(r.sessionEnd) ?? start, {
      summary: `${r.mechanism.acronym}${r.session ? ` session ${r.session}` : ''}: review of ${r.country.name}`,
      description: [r.statusLabel ?? r.reviewStatus, r.date && `dialogue ${r.date}`].filter(Boolean).join(' · '),
      url: r.documents[0]?.url ?? r.provenance.sourceUrl,
      status: REVIEW_STATUS[r.reviewStatus],
    });
  }
  return { body: calendar.toString(), lastModified, events: calendar.events().length };
}
