import { requireBaseUrl, requirePositiveInt } from '../_kit/config.ts';
import { InvalidConfigError } from '../_kit/errors.ts';

/** One UPR review's thematic list of recommendations, and the review it belongs to. */
export interface ThematicListDocument {
  /** The Working Group report whose recommendations the list sorts by theme: A/HRC/59/15. */
  symbol: string;
  /** The State under review, ISO alpha-3. */
  state: string;
  /** Where the list is, below baseUrl. */
  path: string;
  session: string;
  cycle: string;
  /** The report's date (its "Distr.: General" line), the recommendations' date: YYYY-MM-DD. */
  issuedOn: string | null;
}

/** How the hub reads OHCHR's UPR thematic lists of recommendations. */
export interface UprOhchrConfig {
  /** Where the lists are served: OHCHR's site, or the replay. */
  baseUrl: string;
  /** OHCHR has no listing of the lists the hub could read (none was recorded), so they are named here. */
  documents: ThematicListDocument[];
  /** How long a list may be served from cache. Default 7 days: an issued list does not change. */
  ttlMs: number;
}

/**
 * The list whose text was recorded (test/fixtures/upr-ohchr/, see its README for what is real): Slovenia, 4th cycle,
 * Working Group session 48, report A/HRC/59/15 of 24 March 2025. Its path on OHCHR's site was not recorded: arranged.
 */
export const RECORDED_THEMATIC_LISTS: ThematicListDocument[] = [
  { symbol: 'A/HRC/59/15', state: 'SVN', path: '/thematic-lists/A_HRC_59_15.txt', session: '48', cycle: '4', issuedOn: '2025-03-24' },
];

export const UPR_OHCHR_DEFAULTS: UprOhchrConfig = {
  baseUrl: 'https://www.ohchr.org',
  documents: RECORDED_THEMATIC_LISTS,
  ttlMs: 7 * 24 * 3600_000,
};

/** A Human Rights Council document symbol: A/HRC/59/15 (the Working Group reports are A/HRC/<session>/<n>). */
const REPORT_SYMBOL = /^A\/HRC\/\d{1,3}\/\d{1,4}$/;
const ISO3 = /^[A-Z]{3}$/;

/**
 * Defaults filled in and every setting checked:
 * validateUprOhchrConfig({ baseUrl: 'http://127.0.0.1:4900/upr-ohchr' }).documents[0].symbol === 'A/HRC/59/15';
 * validateUprOhchrConfig({ documents: [{ symbol: 'A/HRC/WG.6/48/SVN/1', … }] }) throws (a national report, not the Working Group's).
 */
export function validateUprOhchrConfig(config: Partial<UprOhchrConfig> = {}): UprOhchrConfig {
  const cfg = { ...UPR_OHCHR_DEFAULTS, ...config };
  const bad = cfg.documents.filter((d) => !REPORT_SYMBOL.test(d.symbol) || !ISO3.test(d.state) || !d.path.startsWith('/'));
  if (cfg.documents.length === 0 || bad.length > 0)
    throw new InvalidConfigError(
      `adapters.uprOhchr.documents must name Working Group reports such as A/HRC/59/15, each with its State (ISO alpha-3) and the list's path; got ${bad.length > 0 ? bad.map((d) => d.symbol).join(', ') : 'none'}`,
    );
  return {
    baseUrl: requireBaseUrl('adapters.uprOhchr.baseUrl', cfg.baseUrl),
    documents: cfg.documents,
    ttlMs: requirePositiveInt('adapters.uprOhchr.ttlMs', cfg.ttlMs),
  };
}
