import { readFileSync } from 'node:fs';
import type { ReplayHandler } from './types.ts';

const page = (n: number) => readFileSync(new URL(`../test/fixtures/achpr/decisions-page-${n}.html`, import.meta.url), 'utf8');

/**
 * The African Commission's decisions listing on loopback: GET /en/category/decisions-communications?page=N (the real
 * path below https://achpr.au.int) answers the reconstructed pages 0 and 1; any later page answers the listing with no
 * decision, as a pager past its end does. Mounted as 'achpr': startReplayServer({ achpr: achprReplay() }).
 */
export function achprReplay(): ReplayHandler {
  const pages = [page(0), page(1)];
  const empty = page(2);
  return (req) => {
    if (req.method !== 'GET' || req.path !== '/en/category/decisions-communications') return undefined;
    const n = Number(req.query.get('page') ?? 0);
    if (!Number.isInteger(n) || n < 0) return { status: 404, body: 'Page not found' };
    return { status: 200, headers: { 'content-type': 'text/html; charset=UTF-8' }, body: pages[n] ?? empty };
  };
}
