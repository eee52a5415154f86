import { HUDOC_SITES, type HudocSiteConfig } from '../../../adapters/hudoc/index.ts';
import { hudocSourceName } from '../../../adapters/hudoc/fetch.ts';
import { hudocRssCheck } from '../../../adapters/hudoc/check.ts';
import type { ContractSource } from '../../_shared/contract-source.ts';
import { hudocReplay } from '../../../adapters/hudoc/replay.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { hudocCptSource, hudocEcriSource, hudocEscSource, hudocGretaSource, hudocGrevioSource } from '../hudoc-sources.ts';
import { fixture } from './fixtures.ts';
import { cptDatabaseOptions } from '../cpt-database/database.ts';

/**
 * A HUDOC sub-site read through its RSS feed alone: its live check parses the feed, its replay serves the recorded
 * feed (test/fixtures/hudoc-rss/<site>.xml).
 */
export function feedSource(
  site: HudocSiteConfig,
  build: (site: HudocSiteConfig) => ContractSource,
  readme: { source: string; reads: string },
): SourceDeclaration {
  const name = hudocSourceName(site);
  const declaration: SourceDeclaration = {
    name,
    system: 'EUROPEAN',
    defaultUrl: site.baseUrl,
    sources: (env) => [build({ ...site, baseUrl: baseUrlOf(declaration, env) })],
    checks: () => [hudocRssCheck(site, name)],
    replay: { mount: () => hudocReplay({ rssFile: fixture(`hudoc-rss/${site.site}.xml`), contentSiteName: site.site.toUpperCase() }) },
    fixtures: ['hudoc-rss'],
    readme: { ...readme, adapter: 'hudoc' },
  };
  return declaration;
}

const HUDOC_CPT_FEED = feedSource(HUDOC_SITES.cpt, hudocCptSource, {
  source: 'HUDOC-CPT (RSS)',
  reads: 'CPT visit reports, one record per report section, assembled into visits (read by `cpt-database` while the CPT database is on)',
});
/** While the CPT's own database is on, `cpt-database` reads HUDOC-CPT and merges the two: HUDOC-CPT is then no source of its own. */
export const HUDOC_CPT: SourceDeclaration = {
  ...HUDOC_CPT_FEED,
  sources: (env) => (cptDatabaseOptions(env) ? [] : HUDOC_CPT_FEED.sources(env)),
};
export const HUDOC_ESC: SourceDeclaration = feedSource(HUDOC_SITES.esc, hudocEscSource, {
  source: 'HUDOC-ESC (RSS)',
  reads: 'European Committee of Social Rights decisions and conclusions',
});
export const HUDOC_ECRI: SourceDeclaration = feedSource(HUDOC_SITES.ecri, hudocEcriSource, {
  source: 'HUDOC-ECRI (RSS)',
  reads:
    "ECRI country reports, interim follow-up conclusions (the report's `followUp`) and general policy recommendations → `Recommendation`",
});
export const HUDOC_GRETA: SourceDeclaration = feedSource(HUDOC_SITES.greta, hudocGretaSource, {
  source: 'HUDOC-GRETA (RSS)',
  reads: 'evaluation reports, sections assembled into one `Recommendation` per report',
});
export const HUDOC_GREVIO: SourceDeclaration = feedSource(HUDOC_SITES.grevio, hudocGrevioSource, {
  source: 'HUDOC-GREVIO (RSS)',
  reads: "evaluation reports, sections assembled into one `Recommendation` per report (GREVIO's list of proposals as its document)",
});
