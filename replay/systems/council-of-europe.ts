import { readFileSync } from 'node:fs';
import { hudocReplay, type HudocReplayRecord } from '../hudoc.ts';
import type { ReplaySystem } from './types.ts';

const fixture = (path: string) => new URL(`../../test/fixtures/${path}`, import.meta.url);

/** The sub-sites replayed from their recorded RSS feed alone (test/fixtures/hudoc-rss/<site>.xml). */
const RSS_SITES = ['cpt', 'esc', 'ecri', 'greta', 'grevio'] as const;

/** The `columns` of a HUDOC results envelope stored as a fixture (test/fixtures/hudoc-exec/*.json). */
const envelopeRows = (path: string): HudocReplayRecord[] =>
  (JSON.parse(readFileSync(fixture(path), 'utf8')) as { results: { columns: HudocReplayRecord }[] }).results.map((r) => r.columns);

/** The Council of Europe's recorded sources: HUDOC's JSON query API (emulated over recorded records) and RSS feeds. */
export const coeReplay: ReplaySystem = {
  mounts: (options) => ({
    'hudoc-echr': hudocReplay({
      records: JSON.parse(readFileSync(fixture('hudoc-echr/records.json'), 'utf8')) as HudocReplayRecord[],
      rssFile: fixture('hudoc-rss/echr.xml'), maxHits: options.hudocMaxHits,
    }),
    // HUDOC-EXEC: its case cards and Committee of Ministers documents, searched through the JSON API.
    'hudoc-exec': hudocReplay({
      records: [...envelopeRows('hudoc-exec/cases.json'), ...envelopeRows('hudoc-exec/documents.json')], contentSiteName: 'EXEC',
    }),
    ...Object.fromEntries(RSS_SITES.map((site) =>
      [`hudoc-${site}`, hudocReplay({ rssFile: fixture(`hudoc-rss/${site}.xml`), contentSiteName: site.toUpperCase() })])),
  }),
  environment: (server) => ({
    RH_HUDOC_ECHR_URL: server.baseUrl('hudoc-echr'),
    RH_HUDOC_EXEC_URL: server.baseUrl('hudoc-exec'),
    ...Object.fromEntries(RSS_SITES.map((site) => [`RH_HUDOC_${site.toUpperCase()}_URL`, server.baseUrl(`hudoc-${site}`)])),
  }),
};
