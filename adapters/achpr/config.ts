import { requireBaseUrl, requirePositiveInt } from '../_kit/config.ts';

/** The hub's names for the Commission's site (its decisions' source, replay mount and fixtures folder) and its missions. */
export const ACHPR_SOURCE = 'achpr';
export const ACHPR_MISSIONS_SOURCE = 'achpr-missions';

/** The African Commission's site (Drupal): its category listings ("Decisions on Communications", "Mission Reports"), paged with ?page=N. */
export interface AchprConfig {
  /** Site root, e.g. https://achpr.au.int. */
  baseUrl: string;
  /** How long a listing page may be served from cache, in milliseconds. Default 6 hours. */
  ttlMs: number;
  /** Listing pages read at most (a guard against a pager that never ends). Default 60. */
  maxPages: number;
}

export const ACHPR_DEFAULTS: AchprConfig = { baseUrl: 'https://achpr.au.int', ttlMs: 6 * 3600_000, maxPages: 60 };

/**
 * Defaults filled in and checked at start-up: validateAchprConfig({ maxPages: 0 }) throws "adapters.achpr.maxPages must
 * be a positive integer (pages); got 0".
 */
export function validateAchprConfig(cfg: Partial<AchprConfig>): AchprConfig {
  const full = { ...ACHPR_DEFAULTS, ...cfg };
  return {
    baseUrl: requireBaseUrl('adapters.achpr.baseUrl', full.baseUrl),
    ttlMs: requirePositiveInt('adapters.achpr.ttlMs', full.ttlMs),
    maxPages: requirePositiveInt('adapters.achpr.maxPages', full.maxPages, 'pages'),
  };
}
