import { readFileSync } from 'node:fs';
import type { HudocReplayRecord } from '../../../adapters/hudoc/replay.ts';

/** A file of test/fixtures, for a replay mount. */
export const fixture = (path: string) => new URL(`../../../test/fixtures/${path}`, import.meta.url);

/** The `columns` of a HUDOC results envelope stored as a fixture (test/fixtures/hudoc-exec/*.json). */
export const envelopeRows = (path: string): HudocReplayRecord[] =>
  (JSON.parse(readFileSync(fixture(path), 'utf8')) as { results: { columns: HudocReplayRecord }[] }).results.map((r) => r.columns);
