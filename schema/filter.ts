import { GraphQLError } from 'graphql';
import type { DecisionKind, RecordFilter, System, UndatedRecords, VisitStatus } from './types.ts';
import { parseTextQuery, TextQueryError } from './text-query.ts';
import { countryByCode } from './reference/countries.ts';
import { MECHANISMS, mechanismById } from './reference/mechanisms.ts';
import { isThemeCode } from './reference/themes.ts';

/** The most records one page may ask for. */
export const MAX_FIRST = 100;

/** Query.recommendationMatrix reads this many windows of MAX_FIRST recommendations per system (all in parallel): 300 a system. */
export const MATRIX_WINDOWS = 3;

/**
 * How deep a query may page into one system. A system with several sources reads each from the start to
 * offset + first, so without a bound one hand-made cursor could make a page read a whole source.
 */
export const MAX_OFFSET = 5_000;

/** The longest free text a filter may hold. */
export const MAX_TEXT = 200;

/** isIntegerIn(5, 1, MAX_FIRST) === true; isIntegerIn(2.5, 0, 9) === false */
export function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

export interface RecordFilterInput {
  countries?: string[] | null;
  systems?: System[] | null;
  mechanisms?: string[] | null;
  themes?: string[] | null;
  from?: string | null;
  to?: string | null;
  text?: string | null;
  articles?: string[] | null;
  importance?: number[] | null;
  since?: string | null;
  status?: VisitStatus[] | null;
  kind?: DecisionKind[] | null;
  undated?: UndatedRecords | null;
}

const VISIT_STATUSES: readonly VisitStatus[] = ['REQUESTED', 'ACCEPTED', 'SCHEDULED', 'ONGOING', 'COMPLETED', 'CANCELLED', 'POSTPONED'];
const DECISION_KINDS: readonly DecisionKind[] = [
  'JUDGMENT',
  'DECISION',
  'VIEWS',
  'ADVISORY_OPINION',
  'PRECAUTIONARY_MEASURE',
  'PROVISIONAL_MEASURE',
  'ADMISSIBILITY',
  'INADMISSIBILITY',
  'FRIENDLY_SETTLEMENT',
  'MERITS',
  'CONCLUSIONS',
  'COMMUNICATED_CASE',
  'OTHER',
];
const UNDATED: readonly UndatedRecords[] = ['INCLUDE', 'EXCLUDE', 'ONLY'];

/** Values of an enum list (GraphQL checks them at the gateway; a direct caller of the registry may not). */
function enumList<T extends string>(argument: string, values: readonly T[] | null | undefined, allowed: readonly T[]): T[] {
  return uniqueSorted(
    (values ?? []).map((value, i) => {
      if (!allowed.includes(value)) throw badInput(`${argument}[${i}]`, `expected one of ${allowed.join(', ')}; got "${value}"`);
      return value;
    }),
  );
}

/** A client mistake: names the argument and the allowed form. Nothing has been fetched when it is thrown. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid value for "${argument}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', rightsHub: { argument } },
  });
}

/** The most characters of a client's value an error message repeats. */
const ECHO_MAX = 40;

/**
 * A client's value as an error message quotes it, cut to a short prefix: echoed('SVN') === '"SVN"';
 * a 900 KB value becomes its first 40 characters, then '…' and its length.
 */
export function echoed(value: unknown): string {
  const text = String(value);
  return text.length <= ECHO_MAX ? `"${text}"` : `"${text.slice(0, ECHO_MAX)}…" (${text.length} characters)`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** An article as HUDOC writes it: 6, 6-1, P1-1, 35-3-a. */
const ARTICLE = /^P?\d{1,3}(-[0-9a-z]{1,3}){0,3}$/i;

/** A YYYY-MM-DD calendar date, or BAD_USER_INPUT naming the argument; null stays null. */
export function checkDate(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!DAY.test(value) || Number.isNaN(Date.parse(value)) || new Date(value).toISOString().slice(0, 10) !== value)
    throw badInput(argument, `expected a calendar date as YYYY-MM-DD (e.g. 2020-01-01); got ${echoed(value)}`);
  return value;
}

/**
 * The canonical filter: codes upper-cased and resolved to alpha-3, lists sorted and de-duplicated, so the
 * same question always makes the same page id (and cache keys). Throws badInput on the first bad value.
 */
export function canonicalFilter(input: RecordFilterInput | null | undefined, argument = 'filter'): RecordFilter {
  const f = input ?? {};
  const countries = (f.countries ?? []).map((code, i) => {
    const country = countryByCode(code);
    if (!country)
      throw badInput(
        `${argument}.countries[${i}]`,
        `unknown country code ${echoed(code)}; use ISO 3166 alpha-3 (SVN) or alpha-2 (SI), see Query.countries`,
      );
    return country.alpha3;
  });
  const mechanisms = (f.mechanisms ?? []).map((id, i) => {
    if (!mechanismById(id))
      throw badInput(
        `${argument}.mechanisms[${i}]`,
        `unknown mechanism ${echoed(id)}; known ids include ${MECHANISMS.slice(0, 4)
          .map((m) => m.id)
          .join(', ')} (see Query.mechanisms)`,
      );
    return id;
  });
  const themes = (f.themes ?? []).map((code, i) => {
    const upper = code.trim().toUpperCase();
    if (!isThemeCode(upper))
      throw badInput(`${argument}.themes[${i}]`, `unknown UHRI theme code ${echoed(code)}; use a code A1–H1 from Query.themes`);
    return upper;
  });
  const from = checkDate(`${argument}.from`, f.from);
  const to = checkDate(`${argument}.to`, f.to);
  if (from && to && from > to)
    throw badInput(`${argument}.from`, `from (${from}) is after to (${to}); the range is inclusive and must run forwards`);
  const articles = (f.articles ?? []).map((article, i) => {
    const trimmed = article.trim();
    if (!ARTICLE.test(trimmed))
      throw badInput(
        `${argument}.articles[${i}]`,
        `expected an article as the source writes it, e.g. "6", "6-1", "P1-1", "35-3-a"; got ${echoed(article)}`,
      );
    return trimmed;
  });
  const importance = (f.importance ?? []).map((level, i) => {
    if (!Number.isInteger(level) || level < 1 || level > 4)
      throw badInput(`${argument}.importance[${i}]`, `HUDOC importance is 1 (key case), 2, 3 or 4; got ${level}`);
    return level;
  });
  const since = checkInstant(`${argument}.since`, f.since);
  const text = f.text?.trim() || null;
  if (text && text.length > MAX_TEXT) throw badInput(`${argument}.text`, `free text is limited to ${MAX_TEXT} characters`);
  if (text) checkTextQuery(`${argument}.text`, text);
  const undated = f.undated ?? 'INCLUDE';
  if (!UNDATED.includes(undated)) throw badInput(`${argument}.undated`, `expected INCLUDE, EXCLUDE or ONLY; got "${undated}"`);
  return {
    countries: uniqueSorted(countries),
    systems: uniqueSorted(f.systems ?? []),
    mechanisms: uniqueSorted(mechanisms),
    themes: uniqueSorted(themes),
    from,
    to,
    text,
    articles: uniqueSorted(articles),
    importance: [...new Set(importance)].sort(),
    since,
    status: enumList(`${argument}.status`, f.status, VISIT_STATUSES),
    kind: enumList(`${argument}.kind`, f.kind, DECISION_KINDS),
    undated,
  };
}

/** Free text the hub can parse (quotes and parentheses closed, operators with operands). */
function checkTextQuery(argument: string, text: string): void {
  try {
    parseTextQuery(text);
  } catch (err) {
    if (err instanceof TextQueryError) throw badInput(argument, `${err.message}; write words, "a phrase", AND, OR, NOT, (groups)`);
    throw err;
  }
}

/** A day or an ISO 8601 instant, as a UTC instant: '2025-05-01' → '2025-05-01T00:00:00.000Z'. */
function checkInstant(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (DAY.test(value)) return `${checkDate(argument, value)}T00:00:00.000Z`;
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(at))
    throw badInput(
      argument,
      `expected a day (2025-05-01) or an ISO 8601 instant with its offset (2025-05-01T08:00:00Z); got ${echoed(value)}`,
    );
  return new Date(at).toISOString();
}

/** first must be 1..MAX_FIRST. */
export function checkFirst(first: number | null | undefined, argument = 'first'): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > MAX_FIRST) throw badInput(argument, `must be an integer from 1 to ${MAX_FIRST}; got ${n}`);
  return n;
}

function uniqueSorted<T extends string>(values: T[]): T[] {
  return [...new Set(values)].sort();
}
