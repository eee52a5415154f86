import { requireBaseUrl, requirePositiveInt } from '../_kit/config.ts';
import { InvalidConfigError } from '../_kit/errors.ts';

/** The hub's name for the IACHR's pages on oas.org (its replay mount and fixtures folder; its lists are IACHR_SOURCES). */
export const IACHR_SOURCE = 'iachr';

/** One yearly listing on oas.org (`<path>?Year=YYYY`): its path and the first year it has. */
export interface OasYearListing {
  path: string;
  firstYear: number;
}

/** The IACHR's decisions on petitions and cases, one yearly listing each (keys are the listing's own kind). */
export type IachrDecisionListing = 'merits' | 'admissibility' | 'inadmissibility' | 'friendly';

/** Where the IACHR's pages are and how long their answers are kept. */
export interface IachrConfig {
  /** oas.org, or the replay server's mount. */
  baseUrl: string;
  decisions: Record<IachrDecisionListing, OasYearListing>;
  precautionary: OasYearListing;
  /** The rapporteurships' "Country Visits" pages (one visit may be listed on several). */
  visitPages: readonly string[];
  /** How long an answer may be served from cache, in milliseconds. Default 6 hours. */
  ttlMs: number;
  /**
   * Years of yearly listings one query reads, newest first within its range; older years of the range are left unread,
   * and the answer says how far back it reached (its total unknown). Default 10: a decade of the Commission's recent
   * practice in at most 40 decision pages (four listings) and 10 precautionary ones for a cold query, where reading
   * back to 2000 took about 90; a range of up to 10 years (2014–2017, say) is still read whole. The demo (latestYear
   * 2024) thus shows 2015–2024 for a query without dates, and its 2014 listings to a query that asks for that year.
   */
  maxYears: number;
  /**
   * The newest listing year there is: a range open at its end (or ending later) stops here. null (the default): the
   * current year (UTC) when the query runs. The replay pins it to the recordings' newest year, so the demo and the
   * tests read the same years whatever the date.
   */
  latestYear: number | null;
}

export const IACHR_DEFAULTS: IachrConfig = {
  baseUrl: 'https://www.oas.org',
  decisions: {
    merits: { path: '/en/iachr/decisions/pc/merits.asp', firstYear: 2014 },
    admissibility: { path: '/en/iachr/decisions/pc/admissibilities.asp', firstYear: 2006 },
    inadmissibility: { path: '/en/iachr/decisions/pc/inadmissibilities.asp', firstYear: 2014 },
    friendly: { path: '/en/iachr/decisions/pc/friendly.asp', firstYear: 2000 },
  },
  precautionary: { path: '/en/iachr/decisions/mc/precautionary.asp', firstYear: 2010 },
  visitPages: [
    '/en/iachr/jsForm/?File=/en/IACHR/r/DM/VisitaPaises.asp',
    '/en/iachr/jsForm/?File=/en/IACHR/r/DPPL/VisitaPaises.asp',
    '/en/iachr/jsForm/?File=/en/IACHR/r/DPI/VisitaPaises.asp',
  ],
  ttlMs: 6 * 3600_000,
  maxYears: 10,
  latestYear: null,
};

/**
 * Checks the config at start-up, naming the key and the value received.
 * validateIachrConfig({ ...IACHR_DEFAULTS, visitPages: ['VisitaPaises.asp'] }) throws
 * 'adapters.iachr.visitPages[0] must be a path starting with "/"; got "VisitaPaises.asp"'.
 */
export function validateIachrConfig(cfg: IachrConfig): IachrConfig {
  const baseUrl = requireBaseUrl('adapters.iachr.baseUrl', cfg.baseUrl);
  const listings = Object.entries({ ...cfg.decisions, precautionary: cfg.precautionary });
  for (const [name, listing] of listings) {
    requirePath(`adapters.iachr.${name}.path`, listing.path);
    requirePositiveInt(`adapters.iachr.${name}.firstYear`, listing.firstYear, 'year');
  }
  cfg.visitPages.forEach((p, i) => requirePath(`adapters.iachr.visitPages[${i}]`, p));
  requirePositiveInt('adapters.iachr.ttlMs', cfg.ttlMs);
  requirePositiveInt('adapters.iachr.maxYears', cfg.maxYears, 'years');
  if (cfg.latestYear !== null) requirePositiveInt('adapters.iachr.latestYear', cfg.latestYear, 'year');
  return { ...cfg, baseUrl };
}

function requirePath(name: string, value: unknown): void {
  if (typeof value !== 'string' || !value.startsWith('/'))
    throw new InvalidConfigError(`${name} must be a path starting with "/"; got ${JSON.stringify(value)}`);
}
