import { requireBaseUrl, requirePositiveInt } from '../_kit/config.ts';

/** The jurisprudence types the Court's search answers (`nId_Tipo_Jurisprudencia`) that are read: contentious cases, advisory opinions. */
export type CorteIdhType = 'CC' | 'OC';

/** How the Court's jurisprudence search (`POST get_jurisprudencia_search_tipo.cfm`) is read. */
export interface CorteIdhConfig {
  /** Site root, e.g. https://www.corteidh.or.cr, or the replay server's mount. */
  baseUrl: string;
  /** Rows asked in one search (`page_rows`); the whole listing fits in one answer (597 contentious judgments in 2026). */
  pageRows: number;
  /** How long a search answer is served from cache, in milliseconds. Default 6 h. */
  ttlMs: number;
}

export const CORTEIDH_DEFAULTS: CorteIdhConfig = {
  baseUrl: 'https://www.corteidh.or.cr',
  pageRows: 3000,
  ttlMs: 6 * 3600_000,
};

/**
 * Checks the config at start-up, naming the key and the value received.
 * validateCorteIdhConfig({ ...CORTEIDH_DEFAULTS, pageRows: 0 }) throws "adapters.corteidh.pageRows must be a positive integer (rows); got 0".
 */
export function validateCorteIdhConfig(cfg: CorteIdhConfig): CorteIdhConfig {
  const baseUrl = requireBaseUrl('adapters.corteidh.baseUrl', cfg.baseUrl);
  requirePositiveInt('adapters.corteidh.pageRows', cfg.pageRows, 'rows');
  requirePositiveInt('adapters.corteidh.ttlMs', cfg.ttlMs);
  return { ...cfg, baseUrl };
}
