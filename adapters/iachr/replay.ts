import { existsSync, readFileSync } from 'node:fs';
import type { ReplayHandler } from '../_kit/replay-types.ts';

/** The yearly listings the replay knows, by path, with the fixture prefix of their recorded years. */
export interface IachrReplayOptions {
  /** Folder of the fixtures (test/fixtures/iachr/). */
  dir: URL;
  /** Listing path → fixture prefix: '/en/iachr/decisions/pc/merits.asp' → 'merits' (merits-2015.html). */
  listings: Record<string, string>;
  /** Rapporteurship code in `File=/en/IACHR/r/<code>/VisitaPaises.asp` → fixture (visits-DM.html). */
  visitCodes: readonly string[];
}

const HTML = { 'content-type': 'text/html; charset=iso-8859-1' };

/**
 * oas.org's IACHR pages over recorded (reconstructed) pages, as bytes in iso-8859-1: a yearly listing answers its
 * recorded year, or the empty listing for a year nothing was recorded for; the rapporteurships' visit pages answer
 * theirs (`/en/iachr/jsForm/?File=/en/IACHR/r/DPI/VisitaPaises.asp`).
 */
export function iachrReplay(options: IachrReplayOptions): ReplayHandler {
  const file = (name: string) => new URL(name, options.dir);
  const empty = readFileSync(file('listing-empty.html'));
  return (req) => {
    const prefix = options.listings[req.path];
    if (prefix) {
      const year = req.query.get('Year') ?? '';
      const recorded = file(`${prefix}-${year}.html`);
      return { status: 200, headers: HTML, body: /^\d{4}$/.test(year) && existsSync(recorded) ? readFileSync(recorded) : empty };
    }
    const code = req.query.get('File')?.match(/^\/en\/IACHR\/r\/(\w+)\/VisitaPaises\.asp$/i)?.[1];
    if (req.path === '/en/iachr/jsForm/' && code && options.visitCodes.includes(code))
      return { status: 200, headers: HTML, body: readFileSync(file(`visits-${code}.html`)) };
    return undefined;
  };
}
