import { requireBaseUrl, requirePositiveInt } from '../_kit/config.ts';
import { InvalidConfigError } from '../_kit/errors.ts';

/** How the hub reads the Human Rights Committee's follow-up assessments, documents of the Treaty Body Database. */
export interface CcprFollowUpConfig {
  /** The Treaty Body Database's root (its Download.aspx lists each document's files), e.g. https://tbinternet.ohchr.org. */
  baseUrl: string;
  /**
   * The follow-up documents read, by symbol: a sessional report (CCPR/C/116/2, several States) or one State's addendum
   * (CCPR/C/145/2/Add.1). The database has no listing of them the hub could read (none was recorded), so they are named here.
   */
  documents: string[];
  /** How long a document (its Download.aspx page and its PDF) may be served from cache. Default 7 days: an issued document does not change. */
  ttlMs: number;
}

/** The follow-up documents whose text was recorded (test/fixtures/ccpr-follow-up/): one per State's latest assessment known. */
export const RECORDED_FOLLOW_UP_DOCUMENTS = ['CCPR/C/145/2/Add.1', 'CCPR/C/140/2/Add.4', 'CCPR/C/136/2/Add.3', 'CCPR/C/116/2'];

export const CCPR_FOLLOW_UP_DEFAULTS: CcprFollowUpConfig = {
  baseUrl: 'https://tbinternet.ohchr.org',
  documents: RECORDED_FOLLOW_UP_DOCUMENTS,
  ttlMs: 7 * 24 * 3600_000,
};

/** A CCPR follow-up document's symbol: CCPR/C/145/2/Add.1, CCPR/C/116/2, CCPR/C/128/3 */
const FOLLOW_UP_SYMBOL = /^CCPR\/C\/\d+\/\d+(\/Add\.\d+)?$/;

/**
 * Defaults filled in and every setting checked:
 * validateCcprFollowUpConfig({ documents: ['CCPR/C/145/2/Add.1'] }).documents → ['CCPR/C/145/2/Add.1'];
 * validateCcprFollowUpConfig({ documents: ['CCPR/C/BWA/CO/2'] }) throws (concluding observations, not a follow-up report).
 */
export function validateCcprFollowUpConfig(config: Partial<CcprFollowUpConfig> = {}): CcprFollowUpConfig {
  const cfg = { ...CCPR_FOLLOW_UP_DEFAULTS, ...config };
  const bad = cfg.documents.filter((d) => !FOLLOW_UP_SYMBOL.test(d));
  if (cfg.documents.length === 0 || bad.length > 0)
    throw new InvalidConfigError(`adapters.ccprFollowUp.documents must be CCPR follow-up report symbols such as CCPR/C/145/2/Add.1; got ${bad.length > 0 ? bad.join(', ') : 'none'}`);
  return { baseUrl: requireBaseUrl('adapters.ccprFollowUp.baseUrl', cfg.baseUrl), documents: [...new Set(cfg.documents)], ttlMs: requirePositiveInt('adapters.ccprFollowUp.ttlMs', cfg.ttlMs) };
}

/** RH_CCPR_FOLLOW_UP_DOCUMENTS="CCPR/C/145/2/Add.1, CCPR/C/116/2" → ['CCPR/C/145/2/Add.1', 'CCPR/C/116/2']; unset → undefined (the defaults). */
export function documentsFromEnv(value: string | undefined): string[] | undefined {
  const list = value?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  return list && list.length > 0 ? list : undefined;
}
