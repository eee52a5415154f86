import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import { parseHudocRss } from '../../adapters/hudoc/rss.ts';
import { isoFromName } from '../../schema/reference/countries.ts';
import type { CountryRef } from '../../schema/types.ts';
import {
  toEcriRecommendations,
  toGretaRecommendations,
  toGrevioRecommendations,
} from '../../subgraphs/council-of-europe/monitoring-to-contract.ts';
import { toCptVisits, toEscDecision } from '../../subgraphs/council-of-europe/to-contract.ts';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

/*
 * Every country name in every recorded feed and fixture must resolve, when it is a State or a part of one. The
 * fixtures are always walked; ../shared/data (the real recordings the fixtures come from) is walked only here, and
 * only when it is present (CI's copy may lack it).
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const SHARED = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const hasShared = existsSync(SHARED);

/**
 * Names in the recordings that are not States nor parts of one, each kept as written with code null: Kosovo (not in
 * ISO 3166), intergovernmental bodies (African Court parties), and the companies and banks the special procedures
 * write to (their communications' "country" field).
 */
const NOT_STATES =
  /^(?:kosovo\b.*|the african union|the pan- ?african parliament|asian development bank.*|international (?:development association|finance corporation.*))$/i;
const COMPANY =
  /\b(?:inc|llc|ltd|s\.?a\.?r?\.?l?|s\.p\.a|corporation|holdings?|bank|energy|oil|gold|capital one|mastercard|visa|google|meta|microsoft|intuit|tullow|aylo|wgcz)\b/i;
const notAState = (name: string) => NOT_STATES.test(name.trim()) || COMPANY.test(name);

/** A value that lists several States ('Cameroon, Ethiopia, Kenya', 'Federal Republic of Nigeria Republic of Cameroon'). */
const partsOf = (value: string) =>
  value
    .split(/\s*[,;]\s*|\s+and\s+|(?<!Federal|United|People's)\s+(?=(?:Federal |United |People's )?(?:Republic|Kingdom) of )/)
    .filter(Boolean);
const resolves = (name: string) => notAState(name) || isoFromName(name) !== undefined;
const unresolved = (names: Iterable<string>) => [...new Set(names)].filter((n) => !resolves(n) && !partsOf(n).every(resolves));

function filesUnder(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : ext.test(f) && !f.endsWith('.expected.json') ? [path] : [];
  });
}

/** Fields that hold States in the recorded JSON: the sources' own ('Countries', 'respondent') and the scrapers' names. */
const STATE_KEYS = new Set([
  'country',
  'countries',
  'Countries',
  'respondent',
  'respondent_state',
  'respondentState',
  'country_reviewed',
  'upr_recommending_country',
  'UprRecommendingCountry',
  'state',
]);

function namesInJson(value: unknown, out: string[] = [], key = ''): string[] {
  if (Array.isArray(value)) value.forEach((v) => namesInJson(v, out, key));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (STATE_KEYS.has(key) && typeof o.label === 'string') out.push(o.label);
    for (const [k, v] of Object.entries(o)) namesInJson(v, out, k);
  } else if (typeof value === 'string' && STATE_KEYS.has(key) && !/^[A-Z]{3}$/.test(value) && value.trim()) out.push(value);
  return out;
}

function namesInCsv(path: string): string[] {
  const [header, ...rows] = readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')));
  const columns = header.map((h, i) => (STATE_KEYS.has(h) ? i : -1)).filter((i) => i >= 0);
  return rows.flatMap((r) => columns.map((i) => r[i] ?? '')).filter((n) => n.trim());
}

const FETCHED: Fetched = {
  url: 'file',
  body: '',
  contentType: 'application/rss+xml',
  fetchedAt: '2025-05-25T00:00:00.000Z',
  fromCache: false,
  stale: false,
  latencyMs: 0,
};

/** The States the Council of Europe mappers read from one HUDOC RSS recording (sub-site from the file name). */
function namesInHudocFeed(path: string): string[] {
  const site = path.match(/(?:hudoc_)?(cpt|esc|ecri|greta|grevio|exec)(?:_rss_[\d-]+)?\.xml$/)?.[1];
  const keys: Record<string, string> = {
    cpt: 'cptsectionid',
    esc: 'escdcidentifier',
    ecri: 'ecriidentifier',
    greta: 'gretaidentifier',
    grevio: 'greviosectionid',
    exec: 'execidentifier',
  };
  if (!site) return [];
  const items = parseHudocRss(readFileSync(path, 'utf8'), keys[site], `hudoc-${site}`, path).items;
  const read: Record<string, () => CountryRef[]> = {
    cpt: () => toCptVisits(items, FETCHED, []).map((v) => v.country),
    esc: () => items.flatMap((i) => toEscDecision(i, FETCHED, []).respondents),
    ecri: () => toEcriRecommendations(items, FETCHED, []).flatMap((r) => r.countries),
    greta: () => toGretaRecommendations(items, FETCHED, []).flatMap((r) => r.countries),
    grevio: () => toGrevioRecommendations(items, FETCHED, []).flatMap((r) => r.countries),
  };
  // The EXEC feed is no longer read (execution comes from HUDOC-EXEC's query API), so it has no mapper here.
  return (read[site]?.() ?? []).filter((c) => c.code === null).map((c) => c.name);
}

describe('every country name in the recordings resolves', () => {
  it('in the HUDOC feeds, as the Council of Europe mappers read them', () => {
    const feeds = [...filesUnder(join(FIXTURES, 'hudoc-rss'), /\.xml$/), ...filesUnder(join(SHARED, 'coe_hudoc_rss'), /\.xml$/)];
    expect(feeds.length).toBeGreaterThan(0);
    expect(unresolved(feeds.flatMap(namesInHudocFeed))).toEqual([]);
  });

  it('in the JSON fixtures', () => {
    const names = filesUnder(FIXTURES, /\.json$/).flatMap((f) => namesInJson(JSON.parse(readFileSync(f, 'utf8'))));
    expect(names.length).toBeGreaterThan(100);
    expect(unresolved(names)).toEqual([]);
  });

  it.skipIf(!hasShared)('in the recorded data of ../shared/data (JSON, JSON lines, CSV)', () => {
    const json = filesUnder(SHARED, /\.json$/).flatMap((f) => namesInJson(JSON.parse(readFileSync(f, 'utf8'))));
    const lines = filesUnder(SHARED, /\.jsonl$/).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter(Boolean)
        .flatMap((l) => namesInJson(JSON.parse(l))),
    );
    const csv = filesUnder(join(SHARED, 'facts'), /\.csv$/).flatMap(namesInCsv);
    expect(unresolved([...json, ...lines, ...csv])).toEqual([]);
  });

  it('fails on a name that is a State the resolver does not know', () => {
    expect(unresolved(['Narnia', 'Kosovo*', 'Google LLC', 'Cameroon, Kenya'])).toEqual(['Narnia']);
  });
});

describe('every State the hub reads from the HTML fixtures resolves', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub();
  }, 30_000);
  afterAll(() => hub.close());

  it('no source warns of a State name or code it could not resolve', async () => {
    const lists = ['visits', 'decisions', 'communications', 'recommendations', 'reviews'];
    const warnings: string[] = [];
    for (const list of lists) {
      const res = await hub.query(`{ ${list}(first: 100) { sources { source warnings } } }`);
      warnings.push(...res.data[list].sources.flatMap((s: { warnings: string[] }) => s.warnings));
    }
    const names = warnings.flatMap((w) => [...w.matchAll(/unknown State (?:name|code) "([^"]+)"/g)].map((m) => m[1]));
    expect(unresolved(names)).toEqual([]);
  }, 30_000);
});
