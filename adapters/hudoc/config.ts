import { requireBaseUrl, requirePositiveInt } from '../_kit/config.ts';
import { InvalidConfigError } from '../_kit/errors.ts';
import { hudocSourceName } from './fetch.ts';

/**
 * How the JSON query API (`/app/query/results`) of one sub-site is searched. Only ECHR's columns are
 * known from real records, so only the echr preset has this part; CPT and ESC are read through RSS.
 */
export interface HudocQueryFields {
  /** The date column that filters, sorts and splits queries into windows, e.g. 'kpdate'. */
  dateField: string;
  /** The column holding the State's ISO alpha-3 code(s), e.g. 'respondent' ("SVN", or "X;Y"). */
  countryField: string;
  /** Columns asked for with `select=`. */
  select: readonly string[];
  /** Clauses always added, in HUDOC's syntax: ECHR leaves out press releases and old Commission documents. */
  fixedClauses: readonly string[];
  /** Lower bound (YYYY-MM-DD) used when a query without `from` has to be split into date windows. */
  earliestDate: string;
  /** The column holding the application numbers ('execappno'), for sites searched by them; ';'-separated in HUDOC. */
  appNumberField?: string;
}

/** One HUDOC sub-site: one engine, its own content site name, RSS library and id key. */
export interface HudocSiteConfig {
  /** The sub-site's short name, e.g. 'echr'; the hub's source name is `hudoc-${site}`. */
  site: string;
  /** Site root, e.g. https://hudoc.echr.coe.int, or the loopback replay server's mount. */
  baseUrl: string;
  /** HUDOC's `contentsitename`, e.g. 'ECHR', 'CPT', 'ESC'. */
  contentSiteName: string;
  /** RSS `library=` value, e.g. 'echreng'. */
  library: string;
  /** The column naming one document, also the key in RSS links: itemid, cptsectionid, escdcidentifier. */
  idKey: string;
  /** JSON query API fields; absent for sub-sites read only through RSS. */
  query?: HudocQueryFields;
  /** HUDOC's cap on hits one query can page through; wider queries are split into date windows. Default 10_000. */
  maxHitsPerQuery: number;
  /** Rows asked per request (`length=`). Default 500. */
  pageSize: number;
  /** How long an answer may be served from cache, in milliseconds. Default 6 hours. */
  ttlMs: number;
}

export const HUDOC_DEFAULTS = { maxHitsPerQuery: 10_000, pageSize: 500, ttlMs: 6 * 3600_000 } as const;

/** ECHR columns the adapter reads (see test/fixtures/hudoc-echr/records.json). */
const ECHR_SELECT = [
  'itemid',
  'docname',
  'appno',
  'respondent',
  'kpdate',
  'judgementdate',
  'conclusion',
  'violation',
  'nonviolation',
  'importance',
  'article',
  'ecli',
  'languageisocode',
  'doctype',
  'doctypebranch',
  'documentcollectionid2',
  'originatingbody',
  'typedescription',
] as const;

/**
 * HUDOC-EXEC's case cards (execution cases): the clause and `select` list of the execution-case search as HUDOC-EXEC's
 * own search sends it (pending leading cases of member States, English cards; see test/fixtures/README.md, hudoc-exec).
 */
const EXEC_PENDING_LEADING_CASES =
  '(execdocumenttype:CEC AND execisclosed:False AND execisprecedent:True AND execlanguage:ENG AND execgroup:MS)';
const EXEC_CASE_SELECT = [
  'execidentifier',
  'exectitle',
  'execappno',
  'execstate',
  'execgroup',
  'execsupervision',
  'execisclosed',
  'execisprecedent',
  'execlanguage',
  'execjudgmentdateastext',
  'execfinaljudgmentdateastext',
  'execfinalresolutiondateastext',
  'execshortstatusexecution',
  'execapstatus',
  'execmastergroupid',
] as const;

/** The Committee of Ministers' documents on a case that can be its latest action: decisions, notes, action plans and reports. */
export const EXEC_ACTION_TYPES = ['CMDEC', 'CMNOT', 'acp', 'acr'] as const;

/** A HUDOC sub-site's root: hudocSiteUrl('fcnm') === 'https://hudoc.fcnm.coe.int'. */
export const hudocSiteUrl = (site: string) => `https://hudoc.${site}.coe.int`;

/**
 * A sub-site's config from its name and id key, with HUDOC's usual values for the rest.
 * defineHudocSite({ site: 'greta', idKey: 'gretaidentifier' }).library === 'gretaeng'
 */
export function defineHudocSite(site: Pick<HudocSiteConfig, 'site' | 'idKey'> & Partial<HudocSiteConfig>): HudocSiteConfig {
  return {
    baseUrl: hudocSiteUrl(site.site),
    contentSiteName: site.site.toUpperCase(),
    library: `${site.site}eng`,
    ...HUDOC_DEFAULTS,
    ...site,
  };
}

/** Presets; other sub-sites (commhr, greco, ecrml, …) are added with defineHudocSite alone. */
export const HUDOC_SITES = {
  echr: defineHudocSite({
    site: 'echr',
    idKey: 'itemid',
    query: {
      dateField: 'kpdate',
      countryField: 'respondent',
      select: ECHR_SELECT,
      fixedClauses: ['(NOT (doctype=PR OR doctype=HFCOMOLD OR doctype=HECOMOLD))'],
      earliestDate: '1959-01-01',
    },
  }),
  cpt: defineHudocSite({ site: 'cpt', idKey: 'cptsectionid' }),
  esc: defineHudocSite({ site: 'esc', idKey: 'escdcidentifier' }),
  exec: defineHudocSite({
    site: 'exec',
    idKey: 'execidentifier',
    query: {
      dateField: 'execjudgmentdate',
      countryField: 'execstate',
      appNumberField: 'execappno',
      select: EXEC_CASE_SELECT,
      fixedClauses: [EXEC_PENDING_LEADING_CASES],
      earliestDate: '1959-01-01',
    },
  }),
  ecri: defineHudocSite({ site: 'ecri', idKey: 'ecriidentifier' }),
  greta: defineHudocSite({ site: 'greta', idKey: 'gretaidentifier' }),
  grevio: defineHudocSite({ site: 'grevio', idKey: 'greviosectionid' }),
  fcnm: defineHudocSite({ site: 'fcnm', idKey: 'fcnmsectionid' }),
} as const satisfies Record<string, HudocSiteConfig>;

/** Each preset's source name, `hudoc-<site>` (hudocSourceName): HUDOC_SOURCES.echr === 'hudoc-echr'. */
export const HUDOC_SOURCES = Object.fromEntries(Object.entries(HUDOC_SITES).map(([key, site]) => [key, hudocSourceName(site)])) as Record<
  keyof typeof HUDOC_SITES,
  string
>;

/**
 * HUDOC-EXEC's documents (not case cards), searched on the same sub-site as its cards: one row per document, keyed by
 * its sharepoint id, dated by execpublisheddate, with the case's application numbers, supervision track and closure.
 * execDocumentsSite(HUDOC_SITES.exec).query.fixedClauses → ['(execdocumenttype:CMDEC OR execdocumenttype:CMNOT OR …)']
 */
export function execDocumentsSite(exec: HudocSiteConfig): HudocSiteConfig {
  return {
    ...exec,
    idKey: 'sharepointid',
    query: {
      dateField: 'execpublisheddate',
      countryField: 'execstate',
      appNumberField: 'execappno',
      select: [
        'sharepointid',
        'execdocumenttype',
        'exectitle',
        'execlanguage',
        'execstate',
        'execappno',
        'execdocumentreference',
        'execpublisheddate',
        'execdocnamefromechr',
        'execsupervision',
        'execisclosed',
      ],
      fixedClauses: [`(${EXEC_ACTION_TYPES.map((t) => `execdocumenttype:${t}`).join(' OR ')})`],
      earliestDate: '1959-01-01',
    },
  };
}

const NAME = /^[A-Za-z0-9_-]+$/;

/**
 * Checks a site config at start-up, naming the key and the value received.
 * validateHudocSiteConfig({ ...HUDOC_SITES.echr, pageSize: 0 }) throws
 * "adapters.hudoc-echr.pageSize must be a positive integer (rows); got 0".
 */
export function validateHudocSiteConfig(cfg: HudocSiteConfig): HudocSiteConfig {
  const at = `adapters.hudoc-${cfg.site}`;
  for (const key of ['site', 'contentSiteName', 'library', 'idKey'] as const)
    if (typeof cfg[key] !== 'string' || !NAME.test(cfg[key]))
      throw new InvalidConfigError(
        `${at}.${key} must be a HUDOC name such as ${JSON.stringify(HUDOC_SITES.echr[key])}; got ${JSON.stringify(cfg[key])}`,
      );
  const baseUrl = requireBaseUrl(`${at}.baseUrl`, cfg.baseUrl);
  requirePositiveInt(`${at}.maxHitsPerQuery`, cfg.maxHitsPerQuery, 'hits');
  requirePositiveInt(`${at}.pageSize`, cfg.pageSize, 'rows');
  requirePositiveInt(`${at}.ttlMs`, cfg.ttlMs);
  if (cfg.pageSize > cfg.maxHitsPerQuery)
    throw new InvalidConfigError(`${at}.pageSize (${cfg.pageSize}) must not exceed maxHitsPerQuery (${cfg.maxHitsPerQuery})`);
  if (cfg.query && !/^\d{4}-\d{2}-\d{2}$/.test(cfg.query.earliestDate))
    throw new InvalidConfigError(`${at}.query.earliestDate must be YYYY-MM-DD; got ${JSON.stringify(cfg.query.earliestDate)}`);
  return { ...cfg, baseUrl };
}
