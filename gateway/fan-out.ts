import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FanOutTable } from '../platform/fan-out.ts';

/**
 * The fan-out of the sources' default configuration (platform/fan-out.ts), written beside the supergraph by `npm run
 * compose` from the source declarations: a gateway started on its own prices queries without loading every source's
 * code (about 120 MB of it), as it runs the supergraph without composing it. The whole hub passes its live table.
 */
export const FAN_OUT_PATH = fileURLToPath(new URL('./fan-out.json', import.meta.url));

export function committedFanOut(): FanOutTable {
  return JSON.parse(readFileSync(FAN_OUT_PATH, 'utf8')) as FanOutTable;
}
