import { eachFile, type FixtureParser, type FixtureWalker, type Walk } from '../_kit/fixture-walk.ts';
import { HUDOC_SITES, HUDOC_SOURCES } from './config.ts';
import { readCptFeed } from './cpt.ts';
import { fcnmOpinions } from './fcnm.ts';
import { execCasesOf, execDocumentsOf } from './exec.ts';
import { mapHudocRecords } from './map.ts';
import { parseHudocResults, type HudocColumns } from './parse.ts';
import { parseHudocRss } from './rss.ts';

/** The id key of each HUDOC sub-site's feed (the sub-sites the hub maps, and the others recorded beside them). */
const RSS_ID_KEYS: Record<string, string> = {
  ...Object.fromEntries(Object.values(HUDOC_SITES).map((s) => [s.site, s.idKey])),
  commhr: 'commhridentifier',
  greco: 'grecosectionid',
  ecrml: 'ecrmlsectionid',
};

/** A HUDOC-EXEC results envelope: its stated count and what the adapter makes of its rows. */
const execResults = (json: string, label: string, read: (rows: HudocColumns[]) => unknown) => {
  const { resultcount, rows } = parseHudocResults(json, HUDOC_SOURCES.exec, label);
  return { resultcount, read: read(rows) };
};

/** A folder's files by what they record: the sub-sites' RSS feeds (<site>.xml), ECtHR `columns` records, HUDOC-EXEC envelopes. */
const FOLDERS: Record<string, (file: string) => FixtureParser | null> = {
  'hudoc-rss': (file) => {
    const site = file.replace(/\.xml$/, '');
    const idKey = RSS_ID_KEYS[site];
    if (!idKey) return null;
    return (xml, url) => {
      const feed = parseHudocRss(xml, idKey, `hudoc-${site}`, url);
      if (site === 'cpt') return { feed, cptReports: readCptFeed(feed.items) };
      return site === 'fcnm' ? { feed, fcnmOpinions: fcnmOpinions(feed.items) } : { feed };
    };
  },
  [HUDOC_SOURCES.echr]: () => (json) => mapHudocRecords(JSON.parse(json), HUDOC_SITES.echr),
  [HUDOC_SOURCES.exec]: (file) =>
    file === 'cases.json'
      ? (json, label) => execResults(json, label, execCasesOf)
      : file === 'documents.json'
        ? (json, label) => execResults(json, label, execDocumentsOf)
        : null,
};

export const WALKER: FixtureWalker = {
  walks: (folders) =>
    folders.flatMap((folder): Walk[] => {
      const parserOf = FOLDERS[folder];
      if (!parserOf) throw new Error(`HUDOC fixtures of an unknown kind: ${folder} (known: ${Object.keys(FOLDERS).join(', ')})`);
      return eachFile([folder], parserOf);
    }),
};
