import { HUDOC_SITES, execCasesOf, execDocumentsOf, execDocumentsSite, type HudocColumns } from '../../adapters/hudoc/index.ts';
import { hudocQueryUrl, hudocRssUrl, hudocSourceName } from '../../adapters/hudoc/fetch.ts';
import { parseHudocResults } from '../../adapters/hudoc/parse.ts';
import { parseHudocRss } from '../../adapters/hudoc/rss.ts';
import { textCheck, type SourceCheck } from '../_shared/source-check.ts';

/** The sub-sites read through their RSS feed. */
const RSS_SITES = ['cpt', 'esc', 'ecri', 'greta', 'grevio'] as const;

/** Rows of a JSON answer read by `read`; a row it cannot read is a drift problem, named. */
function execCheck(url: string, read: (rows: HudocColumns[]) => { rows: unknown[]; warnings: string[] }): SourceCheck {
  return textCheck('hudoc-exec', 'EUROPEAN', url, (body) => {
    const found = read(parseHudocResults(body, 'hudoc-exec', url).rows);
    if (found.warnings.length > 0) throw new Error(found.warnings.join('; '));
    return found.rows.length;
  });
}

/**
 * Live drift checks of the Council of Europe's sources: HUDOC's JSON API (ECtHR; HUDOC-EXEC's case cards and
 * Committee of Ministers documents, for Türkiye) and every RSS feed the hub reads.
 */
export function coeChecks(): SourceCheck[] {
  const echr = hudocQueryUrl(HUDOC_SITES.echr, { countries: ['SVN'], from: null, to: null }, 0, 20);
  const cards = hudocQueryUrl(HUDOC_SITES.exec, { countries: ['TUR'], from: null, to: null }, 0, 20);
  const documents = hudocQueryUrl(execDocumentsSite(HUDOC_SITES.exec), { countries: ['TUR'], from: null, to: null }, 0, 20);
  return [
    textCheck('hudoc-echr', 'EUROPEAN', echr, (body) => parseHudocResults(body, 'hudoc-echr', echr).rows.length),
    execCheck(cards, execCasesOf),
    execCheck(documents, execDocumentsOf),
    ...RSS_SITES.map((name) => {
      const site = HUDOC_SITES[name];
      const [source, url] = [hudocSourceName(site), hudocRssUrl(site)];
      return textCheck(source, 'EUROPEAN', url, (body) => parseHudocRss(body, site.idKey, source, url).items.length);
    }),
  ];
}
