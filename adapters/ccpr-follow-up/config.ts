import { requireBaseUrl, requirePositiveInt } from '../_kit/config.ts';
import { InvalidConfigError } from '../_kit/errors.ts';

/** A follow-up report the hub reads, and the States it assesses (ISO alpha-3; null: unknown, read for every query). */
export interface FollowUpReport {
  symbol: string;
  states: string[] | null;
}

/** How the hub reads the Human Rights Committee's follow-up assessments, documents of the Treaty Body Database. */
export interface CcprFollowUpConfig {
  /** The Treaty Body Database's root (its Download.aspx lists each document's files), e.g. https://tbinternet.ohchr.org. */
  baseUrl: string;
  /**
   * The follow-up reports read: a sessional report (CCPR/C/116/2, several States) or one State's addendum
   * (CCPR/C/145/2/Add.1). The database has no listing of them the hub could read (none was recorded), so they are named
   * here, with the States each assesses, so that a query for another State reads none of them.
   */
  documents: FollowUpReport[];
  /** How long a document (its Download.aspx page and its PDF) may be served from cache. Default 7 days: an issued document does not change. */
  ttlMs: number;
}

/**
 * The follow-up reports whose text was recorded (test/fixtures/ccpr-follow-up/), with the States they assess as their
 * texts say; CCPR/C/116/2 assesses more States than the Dominican Republic, whose block alone was recorded.
 */
export const RECORDED_FOLLOW_UP_DOCUMENTS: FollowUpReport[] = [
  { symbol: 'CCPR/C/145/2/Add.1', states: ['BWA'] },
  { symbol: 'CCPR/C/140/2/Add.4', states: ['UZB'] },
  { symbol: 'CCPR/C/136/2/Add.3', states: ['BGR'] },
  { symbol: 'CCPR/C/116/2', states: ['DOM'] },
];

export const CCPR_FOLLOW_UP_DEFAULTS: CcprFollowUpConfig = {
  baseUrl: 'https://tbinternet.ohchr.org',
  documents: RECORDED_FOLLOW_UP_DOCUMENTS,
  ttlMs: 7 * 24 * 3600_000,
};

/** A CCPR follow-up document's symbol: CCPR/C/145/2/Add.1, CCPR/C/116/2, CCPR/C/128/3 */
const FOLLOW_UP_SYMBOL = /^CCPR\/C\/\d+\/\d+(\/Add\.\d+)?$/;
const ISO3 = /^[A-Z]{3}$/;

/**
 * Defaults filled in and every setting checked:
 * validateCcprFollowUpConfig({ documents: [{ symbol: 'CCPR/C/145/2/Add.1', states: ['BWA'] }] }).documents[0].states → ['BWA'];
 * validateCcprFollowUpConfig({ documents: [{ symbol: 'CCPR/C/BWA/CO/2', states: null }] }) throws (concluding observations, not a follow-up report).
 */
export function validateCcprFollowUpConfig(config: Partial<CcprFollowUpConfig> = {}): CcprFollowUpConfig {
  const cfg = { ...CCPR_FOLLOW_UP_DEFAULTS, ...config };
  const bad = cfg.documents.filter(
    (d) => !FOLLOW_UP_SYMBOL.test(d.symbol) || (d.states !== null && (d.states.length === 0 || !d.states.every((s) => ISO3.test(s)))),
  );
  if (cfg.documents.length === 0 || bad.length > 0)
    throw new InvalidConfigError(
      `adapters.ccprFollowUp.documents must be CCPR follow-up report symbols such as CCPR/C/145/2/Add.1, each with ISO alpha-3 States or none; got ${bad.length > 0 ? bad.map((d) => `${d.symbol}=${d.states?.join('+') ?? ''}`).join(', ') : 'none'}`,
    );
  return {
    baseUrl: requireBaseUrl('adapters.ccprFollowUp.baseUrl', cfg.baseUrl),
    documents: cfg.documents,
    ttlMs: requirePositiveInt('adapters.ccprFollowUp.ttlMs', cfg.ttlMs),
  };
}

/**
 * RH_CCPR_FOLLOW_UP_DOCUMENTS="CCPR/C/145/2/Add.1=BWA, CCPR/C/116/2=DOM+ISL, CCPR/C/128/3" →
 * [{ symbol: 'CCPR/C/145/2/Add.1', states: ['BWA'] }, { symbol: 'CCPR/C/116/2', states: ['DOM', 'ISL'] }, { symbol: 'CCPR/C/128/3', states: null }];
 * unset or empty → undefined (the defaults).
 */
export function documentsFromEnv(value: string | undefined): FollowUpReport[] | undefined {
  const list = value
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((entry) => {
      const [symbol, states] = entry.split('=').map((s) => s.trim());
      return { symbol, states: states ? states.split('+').map((s) => s.trim().toUpperCase()) : null };
    });
  return list && list.length > 0 ? list : undefined;
}
