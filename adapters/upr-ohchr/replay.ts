import { readFileSync } from 'node:fs';
import { RECORDED_THEMATIC_LISTS } from './config.ts';
import type { ReplayHandler } from '../_kit/replay-types.ts';

/** The recorded list's text (test/fixtures/upr-ohchr/<symbol with _>-thematic-list.txt), byte for byte. */
export const thematicListText = (symbol: string): Buffer =>
  readFileSync(new URL(`../../test/fixtures/upr-ohchr/${symbol.replace(/\//g, '_')}-thematic-list.txt`, import.meta.url));

/**
 * OHCHR's UPR thematic lists on loopback: GET <path> of a recorded list (RECORDED_THEMATIC_LISTS) answers its text.
 * Mounted as 'upr-ohchr': startReplayServer({ 'upr-ohchr': uprOhchrReplay() }).
 */
export function uprOhchrReplay(): ReplayHandler {
  const byPath = new Map(RECORDED_THEMATIC_LISTS.map((d) => [d.path, thematicListText(d.symbol)]));
  return (req) => {
    const body = req.method === 'GET' ? byPath.get(req.path) : undefined;
    return body && { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body };
  };
}
