import { HUDOC_SITES } from '../../adapters/hudoc/index.ts';
import { hudocQueryUrl, hudocRssUrl, hudocSourceName } from '../../adapters/hudoc/fetch.ts';
import { parseHudocResults } from '../../adapters/hudoc/parse.ts';
import { parseHudocRss } from '../../adapters/hudoc/rss.ts';
import { textCheck, type SourceCheck } from '../_shared/source-check.ts';

/** The sub-sites read through their RSS feed. */
const RSS_SITES = ['exec', 'cpt', 'esc', 'ecri', 'greta', 'grevio'] as const;

/** Live drift checks of the Council of Europe's sources: HUDOC's JSON API (ECtHR) and every RSS feed the hub reads. */
export function coeChecks(): SourceCheck[] {
  const echr = hudocQueryUrl(HUDOC_SITES.echr, { countries: ['SVN'], from: null, to: null }, 0, 20);
  return [
    textCheck('hudoc-echr', 'EUROPEAN', echr, (body) => parseHudocResults(body, 'hudoc-echr', echr).rows.length),
    ...RSS_SITES.map((name) => {
      const site = HUDOC_SITES[name];
      const [source, url] = [hudocSourceName(site), hudocRssUrl(site)];
      return textCheck(source, 'EUROPEAN', url, (body) => parseHudocRss(body, site.idKey, source, url).items.length);
    }),
  ];
}
