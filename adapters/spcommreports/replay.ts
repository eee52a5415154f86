import { readFileSync } from 'node:fs';
import type { ReplayHandler } from '../_kit/replay-types.ts';

/** The reconstructed listing's pages, 10 communications each (the 42 real ones of the July 2026 capture). */
const PAGES = [1, 2, 3, 4, 5].map((n) =>
  readFileSync(new URL(`../../test/fixtures/spcommreports/communication-sent-page-${n}.html`, import.meta.url)),
);

/**
 * The special procedures' communications site on loopback: GET /LatestReports/CommunicationSent answers page 1 of the
 * reconstructed "Communications sent" listing, ?page=N page N. A page past the last answers the last again (what the
 * live site answers there is not recorded; the adapter stops at a page with nothing new either way). Mounted as
 * 'spcommreports': startReplayServer({ spcommreports: spcommreportsReplay() }).
 */
export function spcommreportsReplay(): ReplayHandler {
  return (req) => {
    if (req.method !== 'GET' || req.path.toLowerCase() !== '/latestreports/communicationsent') return undefined;
    const n = Number(req.query.get('page') ?? 1);
    if (!Number.isInteger(n) || n < 1) return { status: 500, body: 'The page number is not valid.' };
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: PAGES[Math.min(n, PAGES.length) - 1] };
  };
}
