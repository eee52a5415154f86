import { readFileSync } from 'node:fs';
import { hudocReplay, type HudocReplayRecord } from '../hudoc.ts';
import type { ReplaySystem } from './types.ts';

const fixture = (path: string) => new URL(`../../test/fixtures/${path}`, import.meta.url);

/** The Council of Europe's recorded sources: HUDOC's JSON query API (emulated over recorded records) and RSS feeds. */
export const coeReplay: ReplaySystem = {
  mounts: (options) => ({
    'hudoc-echr': hudocReplay({
      records: JSON.parse(readFileSync(fixture('hudoc-echr/records.json'), 'utf8')) as HudocReplayRecord[],
      rssFile: fixture('hudoc-rss/echr.xml'), maxHits: options.hudocMaxHits,
    }),
    'hudoc-cpt': hudocReplay({ rssFile: fixture('hudoc-rss/cpt.xml'), contentSiteName: 'CPT' }),
    'hudoc-esc': hudocReplay({ rssFile: fixture('hudoc-rss/esc.xml'), contentSiteName: 'ESC' }),
  }),
  environment: (server) => ({
    RH_HUDOC_ECHR_URL: server.baseUrl('hudoc-echr'),
    RH_HUDOC_CPT_URL: server.baseUrl('hudoc-cpt'),
    RH_HUDOC_ESC_URL: server.baseUrl('hudoc-esc'),
  }),
};
