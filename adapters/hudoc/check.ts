import { textCheck, type SourceCheck } from '../_kit/source-check.ts';
import { execDocumentsSite, type HudocSiteConfig } from './config.ts';
import { execCasesOf, execDocumentsOf } from './exec.ts';
import { hudocQueryUrl, hudocRssUrl } from './fetch.ts';
import { parseHudocResults, type HudocColumns } from './parse.ts';
import { parseHudocRss } from './rss.ts';

/** The live drift check of a sub-site read through its RSS feed alone: the feed, parsed into items. */
export function hudocRssCheck(site: HudocSiteConfig, source: string): SourceCheck {
  const url = hudocRssUrl(site);
  return textCheck(source, 'EUROPEAN', url, (body) => parseHudocRss(body, site.idKey, source, url).items.length);
}

/** The live drift check of the ECtHR's judgments and decisions: the first 20 rows of the JSON API's answer for Slovenia. */
export function hudocEchrCheck(site: HudocSiteConfig, source: string): SourceCheck {
  const url = hudocQueryUrl(site, { countries: ['SVN'], from: null, to: null }, 0, 20);
  return textCheck(source, 'EUROPEAN', url, (body) => parseHudocResults(body, source, url).rows.length);
}

/** The live drift checks of HUDOC-EXEC: its case cards and the Committee of Ministers' documents, the first 20 of each for Türkiye. */
export function hudocExecChecks(site: HudocSiteConfig, source: string): SourceCheck[] {
  const filter = { countries: ['TUR'], from: null, to: null };
  return [
    execCheck(hudocQueryUrl(site, filter, 0, 20), source, execCasesOf),
    execCheck(hudocQueryUrl(execDocumentsSite(site), filter, 0, 20), source, execDocumentsOf),
  ];
}

/** Rows of a JSON answer read by `read`; a row it cannot read is a drift problem, named. */
function execCheck(url: string, source: string, read: (rows: HudocColumns[]) => { rows: unknown[]; warnings: string[] }): SourceCheck {
  return textCheck(source, 'EUROPEAN', url, (body) => {
    const found = read(parseHudocResults(body, source, url).rows);
    if (found.warnings.length > 0) throw new Error(found.warnings.join('; '));
    return found.rows.length;
  });
}
