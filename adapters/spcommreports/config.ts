import { requireBaseUrl, requirePositiveInt } from '../_kit/config.ts';

/** The hub's name for the special procedures' communications (its source, replay mount and fixtures folder). */
export const SOURCE = 'spcommreports';

/** How the hub reads the special procedures' communications listing (spcommreports.ohchr.org, "Communications sent"). */
export interface SpcommreportsConfig {
  /** Site root, e.g. https://spcommreports.ohchr.org, or the loopback replay server's mount. */
  baseUrl: string;
  /** How long a listing page may be served from cache, in milliseconds. Default 6 h. */
  ttlMs: number;
  /** Listing pages read at most for one query (a guard against a pager that never ends). Default 30; the listing held 20 in July 2026. */
  maxPages: number;
  /** Listing pages requested at once (the client still holds each host to its own limit). Default 4. */
  pagesAtOnce: number;
}

export const SPCOMMREPORTS_DEFAULTS: SpcommreportsConfig = {
  baseUrl: 'https://spcommreports.ohchr.org',
  ttlMs: 6 * 3600_000,
  maxPages: 30,
  pagesAtOnce: 4,
};

/**
 * Defaults filled in and checked at start-up: validateSpcommreportsConfig({ maxPages: 0 }) throws
 * "adapters.spcommreports.maxPages must be a positive integer (pages); got 0".
 */
export function validateSpcommreportsConfig(config: Partial<SpcommreportsConfig> = {}): SpcommreportsConfig {
  const cfg = { ...SPCOMMREPORTS_DEFAULTS, ...config };
  return {
    baseUrl: requireBaseUrl('adapters.spcommreports.baseUrl', cfg.baseUrl),
    ttlMs: requirePositiveInt('adapters.spcommreports.ttlMs', cfg.ttlMs),
    maxPages: requirePositiveInt('adapters.spcommreports.maxPages', cfg.maxPages, 'pages'),
    pagesAtOnce: requirePositiveInt('adapters.spcommreports.pagesAtOnce', cfg.pagesAtOnce, 'pages'),
  };
}
