import { readFileSync } from 'node:fs';
import type { ReplayHandler } from '../_kit/replay-types.ts';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/spinternet/${name}`, import.meta.url));

/**
 * The Special Procedures' pages on loopback: GET /ViewCountryVisits.aspx?visitType=all&Lang=en answers the reconstructed
 * country-visits page, GET /StandingInvitations.aspx?Lang=en the reconstructed standing-invitations page.
 * Mounted as 'spinternet': startReplayServer({ spinternet: spinternetReplay() }).
 */
export function spinternetReplay(): ReplayHandler {
  const pages: { path: string; matches: (query: URLSearchParams) => boolean; body: Buffer }[] = [
    { path: '/viewcountryvisits.aspx', matches: (q) => q.get('visitType') === 'all', body: fixture('country-visits.html') },
    { path: '/standinginvitations.aspx', matches: () => true, body: fixture('standing-invitations.html') },
  ];
  return (req) => {
    const page = req.method === 'GET' ? pages.find((p) => req.path.toLowerCase() === p.path && p.matches(req.query)) : undefined;
    return page && { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page.body };
  };
}
