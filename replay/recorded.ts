import { readFileSync } from 'node:fs';
import { uhriReplay } from './uhri.ts';
import { hudocReplay, type HudocReplayRecord } from './hudoc.ts';
import type { ReplayHandler } from './types.ts';
import type { ReplayServer } from './server.ts';

const fixture = (path: string) => new URL(`../test/fixtures/${path}`, import.meta.url);

/**
 * Every source the demo and the tests replay, by mount name, each answering its real paths with the
 * recorded responses in test/fixtures (provenance in test/fixtures/README.md).
 */
export function recordedSources(options: { hudocMaxHits?: number } = {}): Record<string, ReplayHandler> {
  const echrRecords = JSON.parse(readFileSync(fixture('hudoc-echr/records.json'), 'utf8')) as HudocReplayRecord[];
  return {
    uhri: uhriReplay(),
    'hudoc-echr': hudocReplay({ records: echrRecords, rssFile: fixture('hudoc-rss/echr.xml'), maxHits: options.hudocMaxHits }),
    'hudoc-cpt': hudocReplay({ rssFile: fixture('hudoc-rss/cpt.xml'), contentSiteName: 'CPT' }),
    'hudoc-esc': hudocReplay({ rssFile: fixture('hudoc-rss/esc.xml'), contentSiteName: 'ESC' }),
  };
}

/** The environment that points every adapter at the replay server (see README: Configuration). */
export function replayEnvironment(server: ReplayServer, uhriIndexDir: string): NodeJS.ProcessEnv {
  return {
    RH_UHRI_URL: server.baseUrl('uhri'),
    RH_UHRI_INDEX_DIR: uhriIndexDir,
    RH_HUDOC_ECHR_URL: server.baseUrl('hudoc-echr'),
    RH_HUDOC_CPT_URL: server.baseUrl('hudoc-cpt'),
    RH_HUDOC_ESC_URL: server.baseUrl('hudoc-esc'),
  };
}
