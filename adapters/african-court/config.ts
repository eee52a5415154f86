import { requireBaseUrl, requirePositiveInt } from '../_kit/config.ts';

/** The hub's name for the African Court's registry (its source, replay mount and fixtures folder). */
export const AFRICAN_COURT_SOURCE = 'african-court';

/** The African Court's case registry (CPMT): one server-rendered page listing every application received. */
export interface AfricanCourtConfig {
  /** Site root, e.g. https://www.african-court.org (the table is at /cpmt/received-cases). */
  baseUrl: string;
  /** How long the page may be served from cache, in milliseconds. Default 6 hours. */
  ttlMs: number;
}

export const AFRICAN_COURT_DEFAULTS: AfricanCourtConfig = { baseUrl: 'https://www.african-court.org', ttlMs: 6 * 3600_000 };

/**
 * Defaults filled in and checked at start-up:
 * validateAfricanCourtConfig({ baseUrl: 'ftp://x' }) throws "adapters.african-court.baseUrl must be an http(s) URL …".
 */
export function validateAfricanCourtConfig(cfg: Partial<AfricanCourtConfig>): AfricanCourtConfig {
  const full = { ...AFRICAN_COURT_DEFAULTS, ...cfg };
  return {
    baseUrl: requireBaseUrl('adapters.african-court.baseUrl', full.baseUrl),
    ttlMs: requirePositiveInt('adapters.african-court.ttlMs', full.ttlMs),
  };
}
