import { dayMonthYear } from './map.ts';
import type { TbSessionRow, TbSessionStateRow } from './sessions-parse.ts';

/** A treaty-body session as SessionsList.aspx lists it; null where the list leaves a cell empty. */
export interface TbSession {
  /** CAT, CCPR, CEDAW, CRC, … (the list's Treaty parameter). */
  treaty: string;
  sessionId: string;
  /** '49'; null where the list gives no number. */
  number: string | null;
  /** YYYY-MM-DD, or null when empty or unreadable. */
  start: string | null;
  end: string | null;
  place: string | null;
}

/** One State's review at one session, the page's wording kept. */
export interface TbReviewRecord {
  session: TbSession;
  country: string;
  /** As the page writes them, e.g. '25-26 April'; null when it gives none. */
  dialogueDates: string | null;
  /** The dialogue's first day (YYYY-MM-DD) where its wording and the session's dates tell it, else null. */
  dialogueStart: string | null;
  reviewOf: string | null;
  statusLabel: string | null;
  documents: { symbol: string; title: string; href: string }[];
}

/**
 * toTbSession('CAT', { session: '46', startDate: '', endDate: '03 Jun 2011', place: 'Geneva', sessionId: '9110' }) → {
 * number: '46', start: null, end: '2011-06-03', … }
 */
export function toTbSession(treaty: string, row: TbSessionRow): TbSession {
  return {
    treaty,
    sessionId: row.sessionId,
    number: row.session || null,
    start: dayMonthYear(row.startDate) ?? null,
    end: dayMonthYear(row.endDate) ?? null,
    place: row.place || null,
  };
}

/** A State row of a session's page as a review of that session. */
export function toTbReviewRecord(session: TbSession, row: TbSessionStateRow): TbReviewRecord {
  return {
    session,
    country: row.country,
    dialogueDates: row.dialogue || null,
    dialogueStart: dialogueStart(row.dialogue, session),
    reviewOf: row.report || null,
    statusLabel: row.status || null,
    documents: row.documents,
  };
}

/**
 * The first day of a dialogue written without its year, the year taken from the session's dates; null unless that day
 * falls within the session (a day outside it is not guessed at).
 * dialogueStart('30 April-1 May', { start: '2019-04-23', end: '2019-05-17' }) === '2019-04-30'; dialogueStart('14-15 Sep', …2015…) === '2015-09-14'
 */
export function dialogueStart(text: string, session: Pick<TbSession, 'start' | 'end'>): string | null {
  const m = text.trim().match(/^(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+([A-Za-z]+)/);
  if (!m) return null;
  const years = [...new Set([session.start, session.end].flatMap((d) => (d ? [d.slice(0, 4)] : [])))];
  return (
    years
      .map((y) => dayMonthYear(`${m[1]} ${m[2]} ${y}`))
      .find((d): d is string => d !== undefined && (!session.start || d >= session.start) && (!session.end || d <= session.end)) ?? null
  );
}

/** A date range to read the calendar for (YYYY-MM-DD, inclusive; null = open). */
export interface TbDateRange {
  from: string | null;
  to: string | null;
}

/** Which sessions of one treaty body to read: the newest `max` of those the range can hold, whether that was all, and the oldest day reached. */
export interface TbSessionChoice {
  read: TbSession[];
  complete: boolean;
  /** The first day (start, else end) of the oldest dated session read; null when none read has a date. */
  readBackTo: string | null;
}

/**
 * The sessions whose pages a query needs, newest first (by first day, else last day; a session without dates next to
 * the next-numbered one that has them, see placeOf): with a range, only those that overlap it (a session without dates cannot be placed in one); at most `max`.
 * sessionsToRead(catSessions, { from: '2011-01-01', to: '2011-12-31' }, 6) → { read: [47, 46], complete: true, readBackTo: '2011-06-03' }
 */
export function sessionsToRead(sessions: readonly TbSession[], range: TbDateRange, max: number): TbSessionChoice {
  const candidates = sessions.filter((s) => (!range.from && !range.to) || overlaps(s, range)).sort(newestSessionFirst(sessions));
  const read = candidates.slice(0, max);
  const dated = read.flatMap((s) => s.start ?? s.end ?? []);
  return { read, complete: candidates.length <= max, readBackTo: dated.at(-1) ?? null };
}

function overlaps(s: TbSession, { from, to }: TbDateRange): boolean {
  const first = s.start ?? s.end;
  const last = s.end ?? s.start;
  return first !== null && last !== null && (!to || first <= to) && (!from || last >= from);
}

/**
 * Where a session stands in time: its first day, else its last, else (a session the list gives no dates) the day of
 * the next-numbered session that has one, so that it sorts just after it (CAT 58 and 57 after 59); null when neither.
 */
function placeOf(s: TbSession, all: readonly TbSession[]): string | null {
  const own = s.start ?? s.end;
  if (own || s.number === null) return own;
  const later = all
    .filter((o) => o.number !== null && Number(o.number) > Number(s.number) && (o.start ?? o.end))
    .sort((a, b) => Number(a.number) - Number(b.number))[0];
  return later ? (later.start ?? later.end) : null;
}

/** Newest first by place in time (placeOf, worked out once per session), then by number; sessions that cannot be placed last. */
function newestSessionFirst(all: readonly TbSession[]): (a: TbSession, b: TbSession) => number {
  const places = new Map(all.map((s) => [s, placeOf(s, all)]));
  return (a, b) => {
    const [da, db] = [places.get(a) ?? null, places.get(b) ?? null];
    if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? 1 : -1;
    return Number(b.number ?? 0) - Number(a.number ?? 0);
  };
}
