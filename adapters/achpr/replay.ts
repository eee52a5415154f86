import { readFileSync } from 'node:fs';
import type { ReplayHandler } from '../_kit/replay-types.ts';

const page = (name: string, n: number) =>
  readFileSync(new URL(`../../test/fixtures/achpr/${name}-page-${n}.html`, import.meta.url), 'utf8');

/** The reconstructed pages of each category listing, by path: pages 0 and 1 hold entries, page 2 none (the pager's end). */
const LISTINGS: Record<string, string> = {
  '/en/category/decisions-communications': 'decisions',
  '/en/category/mission-reports': 'missions',
};

/**
 * The African Commission's site on loopback: GET /en/category/decisions-communications?page=N and
 * /en/category/mission-reports?page=N (the paths below https://achpr.au.int) answer the reconstructed pages 0 and 1;
 * any later page answers the listing with no entry, as a pager past its end does. Mounted as 'achpr':
 * startReplayServer({ achpr: achprReplay() }).
 */
export function achprReplay(): ReplayHandler {
  const pages = new Map(Object.entries(LISTINGS).map(([path, name]) => [path, [page(name, 0), page(name, 1), page(name, 2)]]));
  return (req) => {
    const listing = pages.get(req.path);
    if (req.method !== 'GET' || !listing) return undefined;
    const n = Number(req.query.get('page') ?? 0);
    if (!Number.isInteger(n) || n < 0) return { status: 404, body: 'Page not found' };
    return { status: 200, headers: { 'content-type': 'text/html; charset=UTF-8' }, body: listing[n] ?? listing[2] };
  };
}
