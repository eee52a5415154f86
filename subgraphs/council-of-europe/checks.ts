import { HUDOC_SITES } from '../../adapters/hudoc/index.ts';
import { hudocQueryUrl, hudocRssUrl } from '../../adapters/hudoc/fetch.ts';
import { parseHudocResults } from '../../adapters/hudoc/parse.ts';
import { parseHudocRss } from '../../adapters/hudoc/rss.ts';
import { textCheck, type SourceCheck } from '../_shared/source-check.ts';

/** Live drift checks of the Council of Europe's sources: HUDOC's JSON API (ECtHR) and the RSS feeds (CPT, ESC). */
export function coeChecks(): SourceCheck[] {
  const echr = hudocQueryUrl(HUDOC_SITES.echr, { countries: ['SVN'], from: null, to: null }, 0, 20);
  return [
    textCheck('hudoc-echr', 'EUROPEAN', echr, (body) => parseHudocResults(body, 'hudoc-echr', echr).rows.length),
    ...(['cpt', 'esc'] as const).map((name) => {
      const site = HUDOC_SITES[name];
      const url = hudocRssUrl(site);
      return textCheck(`hudoc-${name}`, 'EUROPEAN', url, (body) => parseHudocRss(body, site.idKey, `hudoc-${name}`, url).items.length);
    }),
  ];
}
