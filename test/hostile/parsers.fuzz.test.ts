import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { SourceError } from '../../adapters/_kit/errors.ts';
import { decodeBody } from '../../adapters/_kit/http.ts';
import { HUDOC_SITES } from '../../adapters/hudoc/config.ts';
import { parseHudocResults } from '../../adapters/hudoc/parse.ts';
import { mapHudocRecords } from '../../adapters/hudoc/map.ts';
import { parseHudocRss } from '../../adapters/hudoc/rss.ts';
import { groupSections, monitoringItemOf } from '../../adapters/hudoc/items.ts';
import { execCasesOf, execDocumentsOf } from '../../adapters/hudoc/exec.ts';
import { parseSupervisionListing } from '../../adapters/corteidh/supervision.ts';
import { toAdvisoryOpinions } from '../../adapters/corteidh/advisory.ts';
import { parseListingPage } from '../../adapters/spcommreports/parse.ts';
import { toSpCommunicationRecord } from '../../adapters/spcommreports/map.ts';
import { formFields, parseDownloadPage, parseResultsPage } from '../../adapters/tbinternet/parse.ts';
import { toTbRecord } from '../../adapters/tbinternet/map.ts';
import { parseSessionDetails, parseSessionsList } from '../../adapters/tbinternet/sessions-parse.ts';
import { dialogueStart, toTbReviewRecord, toTbSession } from '../../adapters/tbinternet/sessions-map.ts';
import { parseStandingInvitationsPage, parseVisitsPage } from '../../adapters/spinternet/parse.ts';
import { toSpStandingInvitationRecord, toSpVisitRecord } from '../../adapters/spinternet/map.ts';
import { parseSearchResults } from '../../adapters/corteidh/parse.ts';
import { toJudgments } from '../../adapters/corteidh/map.ts';
import { checkOasListing } from '../../adapters/iachr/parse.ts';
import { toDecisionRecord, toPrecautionaryRecord, toVisitRecord } from '../../adapters/iachr/map.ts';
import { parseListing } from '../../adapters/achpr/parse.ts';
import { mapListingLink } from '../../adapters/achpr/map.ts';
import { parseMissions } from '../../adapters/achpr/missions-parse.ts';
import { mapMission } from '../../adapters/achpr/missions-map.ts';
import { parseReceivedCases } from '../../adapters/african-court/parse.ts';
import { mapReceivedCase } from '../../adapters/african-court/map.ts';
import { parseUwaziSearch, parseUwaziTemplates, parseUwaziThesauri } from '../../adapters/uwazi/parse.ts';
import { metadataDate } from '../../adapters/uwazi/map.ts';
import { parseIndexLine } from '../../adapters/uhri/parse.ts';
import { mapUhriRecord } from '../../adapters/uhri/map.ts';
import { readThematicList } from '../../adapters/upr-ohchr/parse.ts';

/**
 * Every parser of adapters/*, with its mapper, on mutations of its real fixtures (cut short, spliced with markup, digits
 * changed so that days and months become impossible, parts deleted or repeated): only the kit's typed source errors may
 * escape (never RH_INTERNAL: a TypeError, a SyntaxError), no output may carry a day the calendar does not have, and no
 * input may take more than a bounded multiple of the fixture's own parse time. Fixed seed, bounded runs: deterministic.
 */

const SEED = 20_261_202;
const RUNS = 120;
/** A mutated input may take this many times the unmutated fixture's parse time (with a floor for timer, GC and a loaded machine's noise). */
const TIME_FACTOR = 25;
const TIME_FLOOR_MS = 250;
const URL = 'http://127.0.0.1:4900/fixture';

const fixture = (path: string) => new globalThis.URL(`../fixtures/${path}`, import.meta.url);
const text = (path: string) => readFileSync(fixture(path), 'utf8');
const latin1 = (path: string) => decodeBody(readFileSync(fixture(path)), 'text/html; charset=iso-8859-1');
const all = (dir: string, read: (path: string) => string = text) =>
  readdirSync(fixture(dir))
    .filter((f) => !f.startsWith('.') && !f.endsWith('.expected.json') && f !== 'README.md')
    .map((f) => read(`${dir}/${f}`));

interface Target {
  name: string;
  inputs: string[];
  parse: (input: string) => unknown;
}

const TARGETS: Target[] = [
  {
    name: 'hudoc JSON query results',
    inputs: [
      JSON.stringify({
        resultcount: 77,
        results: (JSON.parse(text('hudoc-echr/records.json')) as unknown[]).map((columns) => ({ columns })),
      }),
    ],
    parse: (body) => mapHudocRecords(parseHudocResults(body, 'hudoc-echr', URL).rows, HUDOC_SITES.echr),
  },
  // Each feed with its sub-site's id key (test/adapters/hudoc.test.ts lists them).
  ...Object.entries({
    echr: 'itemid',
    exec: 'execidentifier',
    cpt: 'cptsectionid',
    esc: 'escdcidentifier',
    ecri: 'ecriidentifier',
    greta: 'gretaidentifier',
    grevio: 'greviosectionid',
    commhr: 'commhridentifier',
    greco: 'grecosectionid',
    ecrml: 'ecrmlsectionid',
    fcnm: 'fcnmsectionid',
  }).map(([site, idKey]): Target => ({
    name: `hudoc RSS feed (${site})`,
    inputs: [text(`hudoc-rss/${site}.xml`)],
    parse: (xml) => {
      const feed = parseHudocRss(xml, idKey, `hudoc-${site}`, URL);
      return { feed, items: feed.items.map(monitoringItemOf), sections: groupSections(feed.items) };
    },
  })),
  {
    name: 'hudoc-exec JSON query results (cases and documents)',
    inputs: [text('hudoc-exec/cases.json'), text('hudoc-exec/documents.json')],
    parse: (body) => {
      const { rows } = parseHudocResults(body, 'hudoc-exec', URL);
      return /"execidentifier"/.test(body.slice(0, 500)) ? execCasesOf(rows) : execDocumentsOf(rows);
    },
  },
  {
    name: 'tbinternet search results and form',
    inputs: ['results-1.html', 'results-2.html', 'results-3.html', 'search-form.html'].map((f) => text(`tbinternet/${f}`)),
    parse: (html) => (/rgMasterTable/.test(html) ? parseResultsPage(html, URL).rows.map(toTbRecord) : formFields(html)),
  },
  {
    name: 'tbinternet Download.aspx',
    inputs: all('tbinternet/download'),
    parse: (html) => parseDownloadPage(html, 'https://tbinternet.ohchr.org'),
  },
  {
    name: 'tbinternet sessions lists',
    inputs: ['CAT', 'CCPR', 'CEDAW', 'CRC'].map((treaty) => text(`tbinternet/sessions/list-${treaty}.html`)),
    parse: (html) => parseSessionsList(html, URL).map((row) => toTbSession('CAT', row)),
  },
  {
    name: 'tbinternet session pages',
    inputs: readdirSync(fixture('tbinternet/sessions'))
      .filter((f) => f.startsWith('details-') && f.endsWith('.html'))
      .map((f) => text(`tbinternet/sessions/${f}`)),
    parse: (html) => {
      const session = toTbSession('CAT', {
        session: '80',
        startDate: '08 Jul 2024',
        endDate: '26 Jul 2024',
        place: 'Geneva',
        sessionId: '1',
      });
      return parseSessionDetails(html, URL).map((row) => {
        const review = toTbReviewRecord(session, row);
        return { review, start: review.dialogueDates && dialogueStart(review.dialogueDates, session) };
      });
    },
  },
  {
    name: 'spinternet visits and standing invitations',
    inputs: [text('spinternet/country-visits.html'), text('spinternet/standing-invitations.html')],
    parse: (html) =>
      /StandingInvitation|standing invitation/i.test(html.slice(0, 3_000))
        ? parseStandingInvitationsPage(html, URL).map(toSpStandingInvitationRecord)
        : parseVisitsPage(html, URL).map(toSpVisitRecord),
  },
  {
    name: 'corteidh advisory opinions',
    inputs: [text('corteidh/jurisprudencia-OC-es.html')],
    parse: (html) => toAdvisoryOpinions(parseSearchResults(html, 'corteidh-advisory', URL), 'corteidh-advisory', []),
  },
  {
    name: 'corteidh supervision of compliance',
    inputs: [text('corteidh/casos_en_supervision_por_pais-es.html')],
    parse: (html) => parseSupervisionListing(html, 'corteidh-supervision', URL, new Date('2026-07-15T00:00:00Z')),
  },
  {
    name: 'spcommreports listing',
    inputs: [1, 2, 3, 4, 5].map((n) => text(`spcommreports/communication-sent-page-${n}.html`)),
    parse: (html) => parseListingPage(html, URL).rows.map((row) => toSpCommunicationRecord(row, 'https://spcommreports.ohchr.org')),
  },
  {
    name: 'corteidh search service',
    inputs: [text('corteidh/jurisprudencia-CC-es.html')],
    parse: (html) => toJudgments(parseSearchResults(html, 'corteidh', URL), 'corteidh', []),
  },
  {
    name: 'iachr listings on oas.org',
    inputs: all('iachr', latin1),
    parse: (html) =>
      checkOasListing(html, 'iachr', URL).map((e) => [toDecisionRecord(e, 2015), toPrecautionaryRecord(e), toVisitRecord(e, URL)]),
  },
  {
    name: 'achpr listings',
    inputs: all('achpr'),
    parse: (html) => ({
      decisions: parseListing(html).map((l) => mapListingLink(l, 'https://achpr.au.int')),
      missions: parseMissions(html).map((m) => mapMission(m, 'https://achpr.au.int')),
    }),
  },
  {
    name: 'african-court registry',
    inputs: [text('african-court/received-cases.html')],
    parse: (html) => parseReceivedCases(html, URL).map(mapReceivedCase),
  },
  {
    name: 'uwazi search, templates and thesauri',
    // The recorded arrays in the envelope the API wraps them in ({ rows }, as test/adapters/uwazi.test.ts does).
    inputs: ['ihrda', 'summa', 'upr-info'].flatMap((db) =>
      ['entities', 'templates', 'thesauri'].map((file) => JSON.stringify({ rows: JSON.parse(text(`${db}/${file}.json`)), totalRows: 1 })),
    ),
    parse: (body) => {
      if (/"sharedId"/.test(body)) {
        const { rows } = parseUwaziSearch(body, 'uwazi', URL);
        return rows.map((e) => Object.keys(e.metadata).map((key) => metadataDate(e, key)));
      }
      return /"properties"/.test(body) ? parseUwaziTemplates(body, 'uwazi', URL) : parseUwaziThesauri(body, 'uwazi', URL);
    },
  },
  {
    name: 'uhri index lines',
    inputs: (JSON.parse(text('uhri/export-full-en.json')) as unknown[]).slice(0, 40).map((r) => JSON.stringify(r)),
    parse: (line) => mapUhriRecord(parseIndexLine(line)),
  },
  { name: 'upr-ohchr thematic list', inputs: [text('upr-ohchr/A_HRC_59_15-thematic-list.txt')], parse: readThematicList },
];

/** Markup, JSON and date pieces spliced into inputs. */
const SPLICES = [
  '<',
  '>',
  '</table>',
  '<tr>',
  '<td>',
  '</li>',
  "<li style='float:none'>",
  '"',
  '{',
  '[',
  ']',
  '}',
  '\\',
  '&#99999999;',
  '&bogus;',
  ']]>',
  '<!--',
  '\u0000',
  'ñ',
  '’',
  'Sat, 31 Nov 2024',
  'Thu, 30 Feb 2023 00:00:00 GMT',
  '2016-05-83',
  '2011-42-27',
  '31 Nov 2024',
  '30/02/2023',
  'February 30, 2021',
  '31 de septiembre de 2020',
  '<a href="http://[::1">x</a>',
  '<a href="https://a b">',
  'null',
  '1e309',
];

type Mutation =
  | { kind: 'cut'; at: number }
  | { kind: 'splice'; at: number; piece: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number }
  | { kind: 'digits'; nth: number; value: number }
  | { kind: 'day'; nth: number; value: number };

/**
 * The day and month digits of dates as the sources write them: 2016-05-13 (month, day), 13/05/2016, '13 May 2016',
 * 'Sat, 13 May 2016', '13 de mayo de 2016', 'May 13, 2016', 'May 13 to 20, 2016'.
 */
const DAY_OR_MONTH =
  /(?<=\b\d{4}-)\d{2}|(?<=\b\d{4}-\d{2}-)\d{2}|\b\d{1,2}(?=\/\d{1,2}\/\d{4})|(?<=\b\d{1,2}\/)\d{1,2}(?=\/\d{4})|\b\d{1,2}(?=\s+(?:de\s+)?[A-Za-z]{3,}\.?\s+(?:de\s+)?\d{4})|(?<=\b[A-Z][a-z]+ )\d{1,2}\b(?=,? |\s*(?:-|–|to))/g;

const at = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at }),
  fc.record({ kind: fc.constant('splice' as const), at, piece: fc.oneof(fc.constantFrom(...SPLICES), fc.string({ maxLength: 12 })) }),
  fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at, length: fc.integer({ min: 1, max: 400 }) }),
  // A run of digits replaced: days and months become 00, 31, 42, 83…
  fc.record({
    kind: fc.constant('digits' as const),
    nth: fc.nat(400),
    value: fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99_999 })),
  }),
  // A date's day or month made impossible (or only possible in some months): 00, 13, 29–32, 42, 83.
  fc.record({ kind: fc.constant('day' as const), nth: fc.nat(400), value: fc.constantFrom(0, 13, 29, 30, 31, 32, 42, 83) }),
);

function mutate(input: string, m: Mutation): string {
  const i = m.kind === 'digits' || m.kind === 'day' ? 0 : Math.floor(m.at * input.length);
  switch (m.kind) {
    case 'cut':
      return input.slice(0, i);
    case 'splice':
      return input.slice(0, i) + m.piece + input.slice(i);
    case 'delete':
      return input.slice(0, i) + input.slice(i + m.length);
    case 'repeat':
      return input.slice(0, i + m.length) + input.slice(i, i + m.length) + input.slice(i + m.length);
    case 'day': {
      const days = [...input.matchAll(DAY_OR_MONTH)];
      if (days.length === 0) return input;
      const day = days[m.nth % days.length];
      return input.slice(0, day.index) + String(m.value).padStart(2, '0') + input.slice(day.index + day[0].length);
    }
    case 'digits': {
      const runs = [...input.matchAll(/\d+/g)];
      if (runs.length === 0) return input;
      const run = runs[m.nth % runs.length];
      const value = String(m.value).padStart(run[0].length >= 2 && m.value < 10 ? 2 : 1, '0');
      return input.slice(0, run.index) + value + input.slice(run.index + run[0].length);
    }
  }
}

/** Fields that keep the source's wording, where any text may stand. */
const WORDING = /source|text|label|title|wording|written|description|summary|raw|link|url|href|symbol|number|id$/i;

/** The test's own oracle, independent of the kit's: a YYYY-MM-DD that the calendar has (its UTC date reads back the same). */
function isRealDay(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  const at = new Date(Date.UTC(y, m - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d && y >= 1900 && y <= 2100;
}

/** Every "YYYY-MM-DD…" value outside wording fields that is no real day, as 'path: value'. */
function impossibleDays(value: unknown, path = ''): string[] {
  if (typeof value === 'string')
    return /^\d{4}-\d{2}-\d{2}/.test(value) && !WORDING.test(path.split('.').at(-1) ?? '') && !isRealDay(value)
      ? [`${path}: ${value}`]
      : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => impossibleDays(v, `${path}.${i}`));
  if (value instanceof Map) return [...value.entries()].flatMap(([k, v]) => impossibleDays(v, `${path}.${String(k)}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => impossibleDays(v, path ? `${path}.${k}` : k));
  return [];
}

function timed(parse: () => unknown): { ms: number; output?: unknown; error?: unknown } {
  const started = performance.now();
  try {
    const output = parse();
    return { ms: performance.now() - started, output };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

/** The slowest of the fixtures' own parse times (the median of five runs each), in ms. */
function baselineMs(target: Target): number {
  return Math.max(
    ...target.inputs.map((input) => {
      const runs = Array.from({ length: 5 }, () => timed(() => target.parse(input)).ms).sort((a, b) => a - b);
      return runs[2];
    }),
  );
}

describe('every parser on mutations of its real fixtures', () => {
  for (const target of TARGETS) {
    it(`${target.name}: only typed source errors, no impossible day, bounded time`, () => {
      for (const input of target.inputs) {
        const clean = timed(() => target.parse(input));
        expect(clean.error, `${target.name} must read its own fixture`).toBeUndefined();
        expect(impossibleDays(clean.output)).toEqual([]);
      }
      const limitMs = Math.max(TIME_FLOOR_MS, TIME_FACTOR * baselineMs(target));
      fc.assert(
        fc.property(fc.nat(target.inputs.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
          const input = mutations.reduce(mutate, target.inputs[which]);
          const run = timed(() => target.parse(input));
          if (run.error !== undefined) {
            expect(run.error).toBeInstanceOf(SourceError);
            expect((run.error as SourceError).code).not.toBe('RH_INTERNAL');
          } else {
            expect(impossibleDays(run.output)).toEqual([]);
          }
          // A slow run is timed twice more and its fastest kept: the input's own cost, not a GC pause or a busy core.
          const ms = run.ms <= limitMs ? run.ms : Math.min(run.ms, ...[1, 2].map(() => timed(() => target.parse(input)).ms));
          expect(ms).toBeLessThanOrEqual(limitMs);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    });
  }
});
