import { readFileSync } from 'node:fs';
import type { ReplayHandler } from '../_kit/replay-types.ts';

const FIXTURE = new URL('../../test/fixtures/african-court/received-cases.html', import.meta.url);

/**
 * The African Court's registry on loopback: GET /cpmt/received-cases (the real path below https://www.african-court.org)
 * answers the reconstructed page, as the site does, as one server-rendered HTML page.
 * Mounted as 'african-court': startReplayServer({ 'african-court': africanCourtReplay() }).
 */
export function africanCourtReplay(fixture: string | URL = FIXTURE): ReplayHandler {
  const page = readFileSync(fixture, 'utf8');
  return (req) =>
    req.method === 'GET' && req.path === '/cpmt/received-cases'
      ? { status: 200, headers: { 'content-type': 'text/html; charset=UTF-8' }, body: page }
      : undefined;
}
