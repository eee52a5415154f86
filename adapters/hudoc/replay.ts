import { readFileSync } from 'node:fs';
import type { ReplayHandler, ReplayResponse } from '../_kit/replay-types.ts';

/** One recorded HUDOC `columns` object. */
export type HudocReplayRecord = Record<string, string | number | boolean | null>;

export interface HudocReplayOptions {
  /** Column records the JSON query API searches (test/fixtures/hudoc-echr/records.json). */
  records?: readonly HudocReplayRecord[];
  /** Recorded RSS feed served as-is at /app/transform/rss (test/fixtures/hudoc-rss/<site>.xml). */
  rssFile?: string | URL;
  /** Hits one query can page through. Default 10_000, HUDOC's cap. */
  maxHits?: number;
  /** The site this mount plays: `contentsitename:<it>` matches every record (records do not carry the column). Default 'ECHR'. */
  contentSiteName?: string;
}

type Predicate = (r: HudocReplayRecord) => boolean;

const TOKEN = /\s*(\(|\)|"[^"]*"|>=|<=|[:=<>]|[^\s()":=<>]+)/y;

/** 'kpdate>="2020-01-01T00:00:00.0Z"' → ['kpdate', '>=', '"2020-01-01T00:00:00.0Z"'] */
function tokenize(query: string): string[] {
  const tokens: string[] = [];
  let end = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(query); m; m = TOKEN.exec(query)) {
    tokens.push(m[1]);
    end = TOKEN.lastIndex;
  }
  if (query.slice(end).trim()) throw new Error(`cannot read the query from ${JSON.stringify(query.slice(end))}`);
  return tokens;
}

/** A date column or bound as epoch ms ('2023-06-01T00:00:00' and '2023-06-01T00:00:00.0Z' alike), else undefined. */
function dateMs(value: string): number | undefined {
  const m = value.match(/^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2}))?/);
  return m ? Date.parse(`${m[1]}T${m[2] ?? '00:00:00'}Z`) : undefined;
}

function compare(a: string, b: string): number {
  const [da, db] = [dateMs(a), dateMs(b)];
  if (da !== undefined && db !== undefined) return da - db;
  if (/^-?\d+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** field:value and field=value match the whole value or one of its ';' parts, ignoring case (respondent "X;Y"). */
function atom(field: string, op: string, raw: string, site: string): Predicate {
  const value = raw.replace(/^"|"$/g, '');
  return (r) => {
    const cell = field.toLowerCase() === 'contentsitename' ? site : r[field.toLowerCase()];
    if (cell === null || cell === undefined || cell === '') return false;
    const text = String(cell);
    if (op === ':' || op === '=') return [text, ...text.split(';')].some((v) => v.trim().toLowerCase() === value.toLowerCase());
    const c = compare(text, value);
    return op === '>=' ? c >= 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c < 0;
  };
}

/**
 * The subset of HUDOC's query language that clients send: AND, OR, NOT, parentheses and field clauses
 * (`contentsitename:ECHR`, `doctype=PR`, `respondent="SVN"`, `kpdate>="…"`, `kpdate<"…"`). Free text is refused.
 */
export function parseHudocQuery(query: string, contentSiteName = 'ECHR'): Predicate {
  const tokens = tokenize(query);
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string) => {
    const t = tokens[i++];
    if (t === undefined || (expected !== undefined && t !== expected))
      throw new Error(`expected ${expected ?? 'more'} at token ${i} of ${JSON.stringify(query)}`);
    return t;
  };
  const primary = (): Predicate => {
    if (peek() === '(') {
      take('(');
      const inner = or();
      take(')');
      return inner;
    }
    const field = take();
    const op = take();
    if (![':', '=', '>=', '<=', '>', '<'].includes(op))
      throw new Error(`free text ${JSON.stringify(field)} is not supported by the replay`);
    return atom(field, op, take(), contentSiteName);
  };
  const unary = (): Predicate => {
    if (peek() === 'NOT') {
      take();
      const inner = unary();
      return (r) => !inner(r);
    }
    return primary();
  };
  const and = (): Predicate => {
    const parts = [unary()];
    while (peek() === 'AND') {
      take();
      parts.push(unary());
    }
    return (r) => parts.every((p) => p(r));
  };
  const or = (): Predicate => {
    const parts = [and()];
    while (peek() === 'OR') {
      take();
      parts.push(and());
    }
    return (r) => parts.some((p) => p(r));
  };
  const predicate = or();
  if (i < tokens.length) throw new Error(`unexpected ${JSON.stringify(tokens[i])} in ${JSON.stringify(query)}`);
  return predicate;
}

/** 'kpdate Descending,itemid Ascending' → a comparator; absent values sort last; '' keeps the recorded order. */
function sorter(sort: string): (a: HudocReplayRecord, b: HudocReplayRecord) => number {
  const keys = sort
    .split(',')
    .map((s) => s.trim().split(/\s+/))
    .filter(([field]) => field);
  return (a, b) => {
    for (const [field, dir = 'Ascending'] of keys) {
      const [va, vb] = [a[field], b[field]].map((v) => (v === null || v === undefined || v === '' ? null : String(v)));
      if (va === vb) continue;
      if (va === null) return 1;
      if (vb === null) return -1;
      const c = compare(va, vb);
      if (c !== 0) return /^desc/i.test(dir) ? -c : c;
    }
    return 0;
  };
}

const json = (status: number, body: unknown): ReplayResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

/**
 * Emulates a HUDOC sub-site over recorded records: `/app/query/results` filters, sorts and pages them like HUDOC
 * and `/app/transform/rss` answers the recorded feed's bytes. The cap is enforced as HUDOC's documented hard limit:
 * `resultcount` always counts every match, but only the first `maxHits` of them can be paged through; a `start`
 * at or past the cap answers an empty `results` list (so a client must split by date, as with the real site).
 * `select` returns the listed columns a record has (absent columns stay absent); an unreadable query answers 400.
 */
export function hudocReplay(options: HudocReplayOptions): ReplayHandler {
  const records = options.records ?? [];
  const maxHits = options.maxHits ?? 10_000;
  const rss = options.rssFile ? readFileSync(options.rssFile) : undefined;
  return (req) => {
    if (req.path === '/app/transform/rss' && rss)
      return { status: 200, headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body: rss };
    if (req.path !== '/app/query/results') return undefined;
    let matches: Predicate;
    try {
      matches = parseHudocQuery(req.query.get('query') ?? '', options.contentSiteName);
    } catch (err) {
      return json(400, { message: (err as Error).message });
    }
    const hits = records.filter(matches).sort(sorter(req.query.get('sort') ?? ''));
    const start = Math.max(0, Number(req.query.get('start') ?? 0) || 0);
    const length = Math.max(0, Number(req.query.get('length') ?? 20) || 0);
    const select = (req.query.get('select') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const columns = (r: HudocReplayRecord) =>
      select.length === 0 ? r : Object.fromEntries(select.filter((f) => f in r).map((f) => [f, r[f]]));
    const served = hits.slice(0, maxHits).slice(start, start + length);
    return json(200, { resultcount: hits.length, results: served.map((r) => ({ columns: columns(r) })) });
  };
}
