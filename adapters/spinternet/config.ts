import { requireBaseUrl, requirePositiveInt } from '../_kit/config.ts';

/** The hub's name for the special procedures' site (its source, replay mount and fixtures folder). */
export const SOURCE = 'spinternet';

/** How the hub reads the Special Procedures' country-visit pages (spinternet.ohchr.org). */
export interface SpinternetConfig {
  /** Site root, e.g. https://spinternet.ohchr.org, or the loopback replay server's mount. */
  baseUrl: string;
  /** How long the visits page may be served from cache, in milliseconds. Default 6 h. */
  ttlMs: number;
}

export const SPINTERNET_DEFAULTS: SpinternetConfig = { baseUrl: 'https://spinternet.ohchr.org', ttlMs: 6 * 3600_000 };

/** validateSpinternetConfig({ baseUrl: 'http://127.0.0.1:4900/spinternet/' }).baseUrl === 'http://127.0.0.1:4900/spinternet' */
export function validateSpinternetConfig(config: Partial<SpinternetConfig> = {}): SpinternetConfig {
  const cfg = { ...SPINTERNET_DEFAULTS, ...config };
  return {
    baseUrl: requireBaseUrl('adapters.spinternet.baseUrl', cfg.baseUrl),
    ttlMs: requirePositiveInt('adapters.spinternet.ttlMs', cfg.ttlMs),
  };
}
