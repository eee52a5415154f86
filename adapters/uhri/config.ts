import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidConfigError } from '../_kit/errors.ts';
import { requireBaseUrl, requirePositiveInt } from '../_kit/config.ts';

/** The hub's name for UHRI (its source, replay mount and fixtures folder), carried by every error and provenance record. */
export const UHRI_SOURCE = 'uhri';

/** How the hub reaches UHRI's bulk export and where it keeps its local index of it. */
export interface UhriConfig {
  /** Site root, e.g. https://dataex.ohchr.org, or the loopback replay server's mount. */
  baseUrl: string;
  /** Path of the full English JSON export below baseUrl. Default /uhri/export-results/export-full-en.json. */
  exportPath: string;
  /** Folder holding the index builds and the `current` pointer. Default <os.tmpdir()>/rights-hub/uhri. */
  indexDir: string;
  /** Age after which the index is rebuilt from a fresh export, in milliseconds. Default 24 h. */
  refreshMs: number;
  /** After a failed rebuild, how long queries keep serving the old index before trying again, in milliseconds. Default 15 min. */
  retryFailedMs: number;
}

export const UHRI_DEFAULTS: UhriConfig = {
  baseUrl: 'https://dataex.ohchr.org',
  exportPath: '/uhri/export-results/export-full-en.json',
  indexDir: join(tmpdir(), 'rights-hub', UHRI_SOURCE),
  refreshMs: 24 * 3600_000,
  retryFailedMs: 15 * 60_000,
};

/**
 * Defaults filled in and every setting checked, naming the one that is wrong:
 * validateUhriConfig({ baseUrl: 'http://127.0.0.1:4900/uhri' }).exportPath === '/uhri/export-results/export-full-en.json'
 */
export function validateUhriConfig(config: Partial<UhriConfig> = {}): UhriConfig {
  const cfg = { ...UHRI_DEFAULTS, ...config };
  if (!cfg.exportPath.startsWith('/'))
    throw new InvalidConfigError(`adapters.uhri.exportPath must start with /; got ${JSON.stringify(cfg.exportPath)}`);
  if (!cfg.indexDir.trim()) throw new InvalidConfigError('adapters.uhri.indexDir must be a folder path; got an empty string');
  return {
    baseUrl: requireBaseUrl('adapters.uhri.baseUrl', cfg.baseUrl),
    exportPath: cfg.exportPath,
    indexDir: cfg.indexDir,
    refreshMs: requirePositiveInt('adapters.uhri.refreshMs', cfg.refreshMs),
    retryFailedMs: requirePositiveInt('adapters.uhri.retryFailedMs', cfg.retryFailedMs),
  };
}

/** exportUrl(UHRI_DEFAULTS) === 'https://dataex.ohchr.org/uhri/export-results/export-full-en.json' */
export function exportUrl(cfg: Pick<UhriConfig, 'baseUrl' | 'exportPath'>): string {
  return `${cfg.baseUrl}${cfg.exportPath}`;
}
