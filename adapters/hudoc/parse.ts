import { SourceParseError } from '../_kit/errors.ts';
import { parseSourceJson } from '../_kit/body-shape.ts';

/** One value of a HUDOC column: live HUDOC sends strings ("1"), re-saved records numbers (1), and nulls. */
export type HudocValue = string | number | boolean | null;

/** One search hit's `columns` object, in HUDOC's own column names. */
export type HudocColumns = Record<string, HudocValue>;

/** A parsed `/app/query/results` answer. */
export interface HudocResults {
  resultcount: number;
  rows: HudocColumns[];
}

function isScalar(value: unknown): value is HudocValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** The first characters of a body, for error messages: '<!DOCTYPE html><html><head>…' */
function opening(body: string): string {
  const text = body.trim().replace(/\s+/g, ' ');
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

/**
 * `{"resultcount":1,"results":[{"columns":{"itemid":"001-242070","importance":"4"}}]}` →
 * `{ resultcount: 1, rows: [{ itemid: '001-242070', importance: '4' }] }`. An HTML page, broken JSON or another
 * shape throws RH_SOURCE_PARSE naming the URL.
 */
export function parseHudocResults(body: string, source: string, url: string): HudocResults {
  const fail = (why: string) =>
    new SourceParseError(`${source}: ${why} from GET ${url}; the body starts ${opening(body)}`, source, { url });
  const data = parseSourceJson(body, source, url, "HUDOC's JSON {resultcount, results}");
  const envelope = data as { resultcount?: unknown; results?: unknown };
  const count = typeof envelope?.resultcount === 'string' ? Number(envelope.resultcount) : envelope?.resultcount;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || !Array.isArray(envelope.results))
    throw fail('expected {resultcount: <whole number>, results: [...]}');
  const rows = envelope.results.map((hit: unknown, i: number) => {
    const columns = (hit as { columns?: unknown })?.columns;
    if (!columns || typeof columns !== 'object' || Array.isArray(columns)) throw fail(`results[${i}] has no "columns" object`);
    const bad = Object.entries(columns).find(([, v]) => !isScalar(v));
    if (bad) throw fail(`results[${i}].columns.${bad[0]} is not a string, number or null`);
    return columns as HudocColumns;
  });
  return { resultcount: count, rows };
}
