import { describe, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseListing } from '../../adapters/achpr/parse.ts';
import { parseMissions } from '../../adapters/achpr/missions-parse.ts';
import { parseReceivedCases } from '../../adapters/african-court/parse.ts';
import { parseSearchResults } from '../../adapters/corteidh/parse.ts';
import { toAdvisoryOpinions } from '../../adapters/corteidh/advisory.ts';
import { parseSupervisionListing } from '../../adapters/corteidh/supervision.ts';
import { readCptFeed } from '../../adapters/hudoc/cpt.ts';
import { HUDOC_SITES } from '../../adapters/hudoc/config.ts';
import { mapHudocRecords } from '../../adapters/hudoc/map.ts';
import { parseHudocRss } from '../../adapters/hudoc/rss.ts';
import { parseOasListing } from '../../adapters/iachr/parse.ts';
import { parseStandingInvitationsPage, parseVisitsPage } from '../../adapters/spinternet/parse.ts';
import { formFields, parseDownloadPage, parseResultsPage } from '../../adapters/tbinternet/parse.ts';
import { parseSessionDetails, parseSessionsList } from '../../adapters/tbinternet/sessions-parse.ts';
import { expectExpectedOutput, fixtureLabel, fixturesUnder, outcomeOf } from '../support/expected-output.ts';

/**
 * Every fixture of the adapters that read HTML or HUDOC's feeds, parsed in full and compared with its
 * `<fixture>.expected.json` (test/support/expected-output.ts): any change in what a parser reads fails here.
 */
type Parser = (text: string, label: string) => unknown;

function walk(folder: string, parserOf: (file: string) => Parser | null, name?: RegExp) {
  for (const file of fixturesUnder(folder, name)) {
    const parse = parserOf(basename(file));
    if (!parse) throw new Error(`no parser is named for the fixture ${fixtureLabel(file)}`);
    expectExpectedOutput(
      file,
      outcomeOf(() => parse(readFileSync(file, 'utf8'), `fixture:${fixtureLabel(file)}`)),
    );
  }
}

/** The id key of each HUDOC sub-site's feed (the sub-sites the hub maps, and the others recorded beside them). */
const RSS_ID_KEYS: Record<string, string> = {
  ...Object.fromEntries(Object.values(HUDOC_SITES).map((s) => [s.site, s.idKey])),
  commhr: 'commhridentifier',
  greco: 'grecosectionid',
  ecrml: 'ecrmlsectionid',
  fcnm: 'fcnmsectionid',
};

describe('each adapter reads its fixtures exactly as reviewed', () => {
  it('achpr', () => walk('achpr', (f) => (f.startsWith('missions') ? parseMissions : f.startsWith('decisions') ? parseListing : null)));

  it('african-court', () => walk('african-court', () => (html, url) => parseReceivedCases(html, url), /\.html$/));

  it('corteidh', () =>
    walk('corteidh', (f) => {
      if (f.startsWith('casos_en_supervision'))
        return (html) =>
          parseSupervisionListing(
            html,
            'corteidh-supervision',
            'https://www.corteidh.or.cr/casos_en_supervision_por_pais.cfm?lang=es',
            new Date('2026-07-15T00:00:00Z'),
          );
      if (f.includes('-OC-'))
        return (html) => {
          const warnings: string[] = [];
          return {
            opinions: toAdvisoryOpinions(parseSearchResults(html, 'corteidh-advisory', 'u'), 'corteidh-advisory', warnings),
            warnings,
          };
        };
      return (html, url) => parseSearchResults(html, 'corteidh', url);
    }));

  it('iachr', () => walk('iachr', () => parseOasListing));

  it('spinternet', () =>
    walk('spinternet', (f) =>
      f.startsWith('country-visits') ? parseVisitsPage : f.startsWith('standing') ? parseStandingInvitationsPage : null,
    ));

  it('tbinternet', () =>
    walk('tbinternet', (f) => {
      if (f === 'search-form.html') return formFields;
      if (f.startsWith('results-')) return parseResultsPage;
      if (f.startsWith('list-')) return parseSessionsList;
      if (f.startsWith('details-')) return parseSessionDetails;
      return /^[A-Z]+_|^no-files/.test(f) ? (html) => parseDownloadPage(html, 'https://tbinternet.ohchr.org') : null;
    }));

  it('hudoc', () => {
    walk('hudoc-rss', (f) => {
      const site = f.replace(/\.xml$/, '');
      const idKey = RSS_ID_KEYS[site];
      if (!idKey) return null;
      return (xml, url) => {
        const feed = parseHudocRss(xml, idKey, `hudoc-${site}`, url);
        return site === 'cpt' ? { feed, cptReports: readCptFeed(feed.items) } : { feed };
      };
    });
    walk('hudoc-echr', () => (json) => mapHudocRecords(JSON.parse(json), HUDOC_SITES.echr));
  });
});
