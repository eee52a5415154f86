import { readFileSync } from 'node:fs';
import type { ReplayHandler } from './types.ts';

const PAGE = new URL('../test/fixtures/spinternet/country-visits.html', import.meta.url);

/**
 * The Special Procedures' country-visits page on loopback: GET /ViewCountryVisits.aspx?visitType=all&Lang=en
 * answers the reconstructed page. Mounted as 'spinternet': startReplayServer({ spinternet: spinternetReplay() }).
 */
export function spinternetReplay(): ReplayHandler {
  const body = readFileSync(PAGE);
  return (req) => req.method === 'GET' && req.path.toLowerCase() === '/viewcountryvisits.aspx' && req.query.get('visitType') === 'all'
    ? { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body }
    : undefined;
}
