import { requireBaseUrl, requirePositiveInt } from '../_kit/config.ts';

/** The hub's name for the Treaty Body Database (its source, replay mount and fixtures folder). */
export const SOURCE = 'tbinternet';

/** How the hub reads the OHCHR Treaty Body Database (tbinternet), an ASP.NET WebForms site. */
export interface TbinternetConfig {
  /** Site root, e.g. https://tbinternet.ohchr.org, or the loopback replay server's mount. */
  baseUrl: string;
  /** How long an answer (search form, postback, Download.aspx, sessions list or session page) may be served from cache, in milliseconds. Default 6 h. */
  ttlMs: number;
  /** Result pages (RadGrid pages of 10 rows on the live site) read per query, newest first. Default 5. */
  maxPages: number;
  /**
   * Sessions per treaty body whose SessionDetails1.aspx page is read for one review query, newest first: those the
   * query's date range can hold, or with no range the newest. Further sessions are left unread, and the answer says
   * how far back it reached. Default 6 (about two years of a committee's sessions).
   */
  maxSessions: number;
}

export const TBINTERNET_DEFAULTS: TbinternetConfig = {
  baseUrl: 'https://tbinternet.ohchr.org',
  ttlMs: 6 * 3600_000,
  maxPages: 5,
  maxSessions: 6,
};

/**
 * Defaults filled in and every setting checked:
 * validateTbinternetConfig({ baseUrl: 'http://127.0.0.1:4900/tbinternet/' }).baseUrl === 'http://127.0.0.1:4900/tbinternet'
 */
export function validateTbinternetConfig(config: Partial<TbinternetConfig> = {}): TbinternetConfig {
  const cfg = { ...TBINTERNET_DEFAULTS, ...config };
  return {
    baseUrl: requireBaseUrl('adapters.tbinternet.baseUrl', cfg.baseUrl),
    ttlMs: requirePositiveInt('adapters.tbinternet.ttlMs', cfg.ttlMs),
    maxPages: requirePositiveInt('adapters.tbinternet.maxPages', cfg.maxPages, 'pages'),
    maxSessions: requirePositiveInt('adapters.tbinternet.maxSessions', cfg.maxSessions, 'sessions'),
  };
}
