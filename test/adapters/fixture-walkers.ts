import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseListing } from '../../adapters/achpr/parse.ts';
import { parseMissions } from '../../adapters/achpr/missions-parse.ts';
import { parseReceivedCases } from '../../adapters/african-court/parse.ts';
import { readFollowUpText, RECORDED_FOLLOW_UP_DOCUMENTS } from '../../adapters/ccpr-follow-up/index.ts';
import { pdfText } from '../../adapters/ccpr-follow-up/pdf.ts';
import { parseSearchResults } from '../../adapters/corteidh/parse.ts';
import { toAdvisoryOpinions } from '../../adapters/corteidh/advisory.ts';
import { parseSupervisionListing } from '../../adapters/corteidh/supervision.ts';
import { readCptFeed } from '../../adapters/hudoc/cpt.ts';
import { HUDOC_SITES } from '../../adapters/hudoc/config.ts';
import { execCasesOf, execDocumentsOf } from '../../adapters/hudoc/exec.ts';
import { mapHudocRecords } from '../../adapters/hudoc/map.ts';
import { parseHudocResults } from '../../adapters/hudoc/parse.ts';
import { parseHudocRss } from '../../adapters/hudoc/rss.ts';
import { parseOasListing } from '../../adapters/iachr/parse.ts';
import { parseListingPage } from '../../adapters/spcommreports/parse.ts';
import { toSpCommunicationRecord } from '../../adapters/spcommreports/map.ts';
import { listingUrl, SPCOMMREPORTS_DEFAULTS } from '../../adapters/spcommreports/index.ts';
import { parseStandingInvitationsPage, parseVisitsPage } from '../../adapters/spinternet/parse.ts';
import { formFields, parseDownloadPage, parseResultsPage } from '../../adapters/tbinternet/parse.ts';
import { parseSessionDetails, parseSessionsList } from '../../adapters/tbinternet/sessions-parse.ts';
import { readExportRecords } from '../../adapters/uhri/parse.ts';
import { mapUhriRecord } from '../../adapters/uhri/map.ts';
import { readThematicList } from '../../adapters/upr-ohchr/index.ts';
import { thesaurusValues } from '../../adapters/uwazi/map.ts';
import { parseUwaziSearch, parseUwaziTemplates, parseUwaziThesauri } from '../../adapters/uwazi/parse.ts';
import { fixtureStem, followUpPdfPath } from '../../adapters/ccpr-follow-up/replay.ts';
import { FIXTURES_DIR, fixtureLabel, fixturesUnder } from '../support/expected-output.ts';

/*
 * Every fixture's walk to its expected output, one walker per adapter (juriscraper's habit): a walk names the fixture
 * files it reads, the expected file it is compared with, and how the adapter reads them. expected-outputs.test.ts runs
 * every walk, and fails when a file under test/fixtures is neither read by a walk, nor an expected output, nor an
 * independent parse below, so that no fixture goes unchecked.
 */

export interface Walk {
  /** The fixture files read (absolute paths). */
  inputs: string[];
  /** The expected output they are compared with (absolute path). */
  expected: string;
  /** What the adapter makes of them (or the error it throws). */
  output: () => unknown;
}

export interface Walker {
  adapter: string;
  walks: () => Walk[];
}

/**
 * Parses recorded from other scrapers of the same pages, kept as independent checks of what a reader gets right (not
 * the adapter's output, which is in the expected files): the tests named read them through these paths.
 */
export const INDEPENDENT_PARSES = {
  /** The 15 rows a real scraper read from the African Court's page on 2026-05-21 (test/adapters/african-court.test.ts). */
  africanCourt: join(FIXTURES_DIR, 'african-court/parsed-sample.json'),
  /** RolandCCPR/un-hr-recommendations-tracker's parse of the UZB and BGR reports (test/adapters/ccpr-follow-up.test.ts). */
  ccprFollowUp: join(FIXTURES_DIR, 'ccpr-follow-up/hrc_all_parsed_subset_UZB_BGR.json'),
};

const text = (file: string) => readFileSync(file, 'utf8');

type Parser = (text: string, label: string) => unknown;

/** One walk per fixture file of a folder, each to `<file>.expected.json`, read by the parser its name calls for. */
function eachFile(folder: string, parserOf: (file: string) => Parser | null, name?: RegExp): Walk[] {
  return fixturesUnder(folder, name).map((file) => {
    const parse = parserOf(basename(file));
    if (!parse) throw new Error(`no parser is named for the fixture ${fixtureLabel(file)}`);
    return { inputs: [file], expected: `${file}.expected.json`, output: () => parse(text(file), `fixture:${fixtureLabel(file)}`) };
  });
}

/** The id key of each HUDOC sub-site's feed (the sub-sites the hub maps, and the others recorded beside them). */
const RSS_ID_KEYS: Record<string, string> = {
  ...Object.fromEntries(Object.values(HUDOC_SITES).map((s) => [s.site, s.idKey])),
  commhr: 'commhridentifier',
  greco: 'grecosectionid',
  ecrml: 'ecrmlsectionid',
  fcnm: 'fcnmsectionid',
};

const hudocRows = (json: string, label: string) => parseHudocResults(json, 'hudoc-exec', label).rows;

/**
 * A Uwazi instance's three dumps (`<prefix>templates.json`, `<prefix>entities.json`, `<prefix>thesauri.json`, as the
 * replay serves them), read together as the adapter reads the instance's endpoints, to `<prefix>uwazi.expected.json`.
 * A dump absent from the folder is left out (the development dump has no thesauri).
 */
function uwaziInstance(folder: string, prefix = ''): Walk {
  const path = (name: string) => join(FIXTURES_DIR, folder, `${prefix}${name}.json`);
  const dumps = ['templates', 'entities', 'thesauri'].filter((name) => existsSync(path(name)));
  const rowsOf = (name: string) => JSON.parse(text(path(name))) as unknown[];
  const read = {
    templates: () => parseUwaziTemplates(JSON.stringify({ rows: rowsOf('templates') }), folder, path('templates')),
    entities: () => {
      const rows = rowsOf('entities');
      return parseUwaziSearch(JSON.stringify({ rows, totalRows: rows.length }), folder, path('entities'));
    },
    thesauri: () =>
      parseUwaziThesauri(JSON.stringify({ rows: rowsOf('thesauri') }), folder, path('thesauri')).map((t) => ({
        ...t,
        flattened: thesaurusValues(t),
      })),
  } as Record<string, () => unknown>;
  return {
    inputs: dumps.map(path),
    expected: join(FIXTURES_DIR, folder, `${prefix}uwazi.expected.json`),
    output: () => Object.fromEntries(dumps.map((name) => [name, read[name]()])),
  };
}

export const WALKERS: Walker[] = [
  {
    adapter: 'achpr',
    walks: () => eachFile('achpr', (f) => (f.startsWith('missions') ? parseMissions : f.startsWith('decisions') ? parseListing : null)),
  },
  { adapter: 'african-court', walks: () => eachFile('african-court', () => parseReceivedCases, /\.html$/) },
  {
    adapter: 'ccpr-follow-up',
    walks: () =>
      RECORDED_FOLLOW_UP_DOCUMENTS.flatMap(({ symbol }) => {
        const txt = join(FIXTURES_DIR, 'ccpr-follow-up', `${fixtureStem(symbol)}.txt`);
        const expected = join(dirname(txt), `${fixtureStem(symbol)}.expected.json`);
        const pdf = followUpPdfPath(symbol);
        // The text (pdftotext of the real PDF) and the reconstructed PDF (read with PDF.js) read to the same document.
        return [
          { inputs: [txt], expected, output: () => readFollowUpText(text(txt)) },
          { inputs: [pdf], expected, output: async () => readFollowUpText(await pdfText(readFileSync(pdf), 'ccpr-follow-up', symbol)) },
        ];
      }),
  },
  {
    adapter: 'corteidh',
    walks: () =>
      eachFile('corteidh', (f) => {
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
      }),
  },
  {
    adapter: 'hudoc',
    walks: () => [
      ...eachFile('hudoc-rss', (f) => {
        const site = f.replace(/\.xml$/, '');
        const idKey = RSS_ID_KEYS[site];
        if (!idKey) return null;
        return (xml, url) => {
          const feed = parseHudocRss(xml, idKey, `hudoc-${site}`, url);
          return site === 'cpt' ? { feed, cptReports: readCptFeed(feed.items) } : { feed };
        };
      }),
      ...eachFile('hudoc-echr', () => (json) => mapHudocRecords(JSON.parse(json), HUDOC_SITES.echr)),
      ...eachFile('hudoc-exec', (f) =>
        f === 'cases.json'
          ? (json, label) => execCasesOf(hudocRows(json, label))
          : f === 'documents.json'
            ? (json, label) => execDocumentsOf(hudocRows(json, label))
            : null,
      ),
    ],
  },
  { adapter: 'iachr', walks: () => eachFile('iachr', () => parseOasListing) },
  {
    adapter: 'spcommreports',
    walks: () => {
      // Every page of the listing, in page order, parsed and mapped into one list of records.
      const pages = fixturesUnder('spcommreports', /^communication-sent-page-\d+\.html$/).sort((a, b) => pageNumber(a) - pageNumber(b));
      const output = () =>
        pages
          .flatMap((file) => parseListingPage(text(file), listingUrl(SPCOMMREPORTS_DEFAULTS, pageNumber(file))).rows)
          .map((r) => toSpCommunicationRecord(r, SPCOMMREPORTS_DEFAULTS.baseUrl));
      return [{ inputs: pages, expected: join(FIXTURES_DIR, 'spcommreports/communication-sent.expected.json'), output }];
    },
  },
  {
    adapter: 'spinternet',
    walks: () =>
      eachFile('spinternet', (f) =>
        f.startsWith('country-visits') ? parseVisitsPage : f.startsWith('standing') ? parseStandingInvitationsPage : null,
      ),
  },
  {
    adapter: 'tbinternet',
    walks: () =>
      eachFile('tbinternet', (f) => {
        if (f === 'search-form.html') return formFields;
        if (f.startsWith('results-')) return parseResultsPage;
        if (f.startsWith('list-')) return parseSessionsList;
        if (f.startsWith('details-')) return parseSessionDetails;
        return /^[A-Z]+_|^no-files/.test(f) ? (html) => parseDownloadPage(html, 'https://tbinternet.ohchr.org') : null;
      }),
  },
  {
    adapter: 'uhri',
    walks: () => {
      const file = join(FIXTURES_DIR, 'uhri/export-full-en.json');
      const output = async () => {
        const records = [];
        for await (const r of readExportRecords(createReadStream(file))) records.push(r);
        return records.map((r) => (r === null ? null : mapUhriRecord(r)));
      };
      return [{ inputs: [file], expected: join(FIXTURES_DIR, 'uhri/export-full-en.expected.json'), output }];
    },
  },
  { adapter: 'upr-ohchr', walks: () => eachFile('upr-ohchr', () => (list) => readThematicList(list)) },
  {
    adapter: 'uwazi',
    walks: () => [uwaziInstance('uwazi', 'dev-'), uwaziInstance('ihrda'), uwaziInstance('summa'), uwaziInstance('upr-info')],
  },
];

/** communication-sent-page-3.html → 3. */
function pageNumber(file: string): number {
  return Number(/-page-(\d+)\.html$/.exec(file)![1]);
}
