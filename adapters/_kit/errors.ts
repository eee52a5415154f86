/**
 * One error class per way a source can fail, each with a stable `code` (undici's pattern).
 * Callers switch on `code`, never on message text.
 */
export type SourceErrorCode =
  /** No answer within the deadline (connect or total). */
  | 'RH_SOURCE_TIMEOUT'
  /** The host could not be reached (refused, reset, DNS). */
  | 'RH_SOURCE_UNREACHABLE'
  /** The source answered with a non-2xx status. */
  | 'RH_SOURCE_HTTP'
  /** The source answered 429: it asks us to slow down. */
  | 'RH_SOURCE_RATE_LIMITED'
  /** The source answered a bot challenge (e.g. Cloudflare) instead of data. */
  | 'RH_SOURCE_BLOCKED'
  /** The body could not be parsed as the expected format (HTML where JSON was expected, …). */
  | 'RH_SOURCE_PARSE'
  /** The body parsed but makes no sense (no ids, impossible structure). */
  | 'RH_SOURCE_INSANE'
  /** The source answered, but our configuration for it is wrong (e.g. a thesaurus id that matches nothing). */
  | 'RH_SOURCE_CONFIG'
  /** Not asked: the client request reached its ceiling of upstream requests (subgraphs/_shared/upstream-budget.ts). */
  | 'RH_UPSTREAM_BUDGET';

export interface SourceErrorOptions extends ErrorOptions {
  status?: number;
  url?: string;
}

export abstract class SourceError extends Error {
  abstract readonly code: SourceErrorCode;
  readonly status?: number;
  readonly url?: string;
  constructor(message: string, readonly source: string, options: SourceErrorOptions = {}) {
    super(message, options);
    this.name = new.target.name;
    this.status = options.status;
    this.url = options.url;
  }
}

export class SourceTimeoutError extends SourceError { readonly code = 'RH_SOURCE_TIMEOUT'; }
export class SourceUnreachableError extends SourceError { readonly code = 'RH_SOURCE_UNREACHABLE'; }
export class SourceHttpError extends SourceError { readonly code = 'RH_SOURCE_HTTP'; }
export class SourceRateLimitedError extends SourceError { readonly code = 'RH_SOURCE_RATE_LIMITED'; }
export class SourceBlockedError extends SourceError { readonly code = 'RH_SOURCE_BLOCKED'; }
export class SourceParseError extends SourceError { readonly code = 'RH_SOURCE_PARSE'; }
export class SourceInsaneError extends SourceError { readonly code = 'RH_SOURCE_INSANE'; }
export class SourceConfigError extends SourceError { readonly code = 'RH_SOURCE_CONFIG'; }

/** A setting the hub cannot start with. Thrown at start-up, never per query. */
export class InvalidConfigError extends Error {
  readonly code = 'RH_CONFIG_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidConfigError';
  }
}

/** Anything thrown while reading a source, as a SourceError (unknown throws become RH_SOURCE_PARSE with the cause kept). */
export function asSourceError(err: unknown, source: string): SourceError {
  if (err instanceof SourceError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new SourceParseError(`${source}: ${message}`, source, { cause: err });
}
