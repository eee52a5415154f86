import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReplayHandler } from '../_kit/replay-types.ts';

const FIXTURE = fileURLToPath(new URL('../../test/fixtures/uhri/export-full-en.json', import.meta.url));

/**
 * UHRI's bulk export on loopback: answers GET /uhri/export-results/export-full-en.json (the real path below
 * https://dataex.ohchr.org) with the reconstructed export, streamed as the real one would be.
 * Mounted as 'uhri': startReplayServer({ uhri: uhriReplay() }) and baseUrl = server.baseUrl('uhri').
 */
export function uhriReplay(fixturePath: string = FIXTURE): ReplayHandler {
  return (req) =>
    req.method === 'GET' && req.path === '/uhri/export-results/export-full-en.json'
      ? { status: 200, headers: { 'content-type': 'application/json' }, body: createReadStream(fixturePath) }
      : undefined;
}
