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
  /** The answer is larger than the source's maximum body size (read no further). */
  | 'RH_SOURCE_TOO_LARGE'
  /** A bug of the hub's own (a TypeError in a parser…): logged with its stack inside the process, never told to the client. */
  | 'RH_INTERNAL'
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
  constructor(
    message: string,
    readonly source: string,
    options: SourceErrorOptions = {},
  ) {
    super(message, options);
    this.name = new.target.name;
    this.status = options.status;
    this.url = options.url;
  }
}

export class SourceTimeoutError extends SourceError {
  readonly code = 'RH_SOURCE_TIMEOUT';
}
export class SourceUnreachableError extends SourceError {
  readonly code = 'RH_SOURCE_UNREACHABLE';
}
export class SourceHttpError extends SourceError {
  readonly code = 'RH_SOURCE_HTTP';
}
export class SourceRateLimitedError extends SourceError {
  readonly code = 'RH_SOURCE_RATE_LIMITED';
}
export class SourceBlockedError extends SourceError {
  readonly code = 'RH_SOURCE_BLOCKED';
}
export class SourceParseError extends SourceError {
  readonly code = 'RH_SOURCE_PARSE';
}
export class SourceInsaneError extends SourceError {
  readonly code = 'RH_SOURCE_INSANE';
}
export class SourceConfigError extends SourceError {
  readonly code = 'RH_SOURCE_CONFIG';
}
export class SourceTooLargeError extends SourceError {
  readonly code = 'RH_SOURCE_TOO_LARGE';
}

/**
 * A programmer's error met while reading a source. Its message says only that (the original, with its stack, is logged
 * here, inside the process), so neither a stack nor a file path reaches a client through `sources[]`.
 */
export class InternalSourceError extends SourceError {
  readonly code = 'RH_INTERNAL';
  constructor(source: string, cause: unknown) {
    super(`${source}: internal error of the hub while reading this source (logged)`, source, { cause });
    console.error(`[rights-hub] internal error reading ${source}:`, cause);
  }
}

/** A setting the hub cannot start with. Thrown at start-up, never per query. */
export class InvalidConfigError extends Error {
  readonly code = 'RH_CONFIG_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidConfigError';
  }
}

/**
 * Errors that only a bug of the hub throws (JavaScript's own, from code that misread its data); a SyntaxError is one
 * too, because every parser turns the source's malformed text into its own SourceParseError first.
 */
const PROGRAMMER_ERRORS = [TypeError, ReferenceError, SyntaxError, RangeError, EvalError, URIError];

/**
 * Anything thrown while reading a source, as a SourceError: a SourceError as it is, a programmer's error (TypeError…)
 * as RH_INTERNAL (logged, never shown), anything else as RH_SOURCE_PARSE with the cause kept.
 */
export function asSourceError(err: unknown, source: string): SourceError {
  if (err instanceof SourceError) return err;
  if (PROGRAMMER_ERRORS.some((kind) => err instanceof kind)) return new InternalSourceError(source, err);
  const message = err instanceof Error ? err.message : String(err);
  return new SourceParseError(`${source}: ${message}`, source, { cause: err });
}
