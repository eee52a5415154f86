import { InvalidConfigError } from './errors.ts';

/** Settings every adapter shares. Units are in the names. */
export interface HttpConfig {
  /** Sent on every request so a mechanism's webmaster can see who we are and how to reach us. */
  userAgent: string;
  /** To open the TCP/TLS connection, in milliseconds. Default 10_000. */
  connectTimeoutMs: number;
  /** For the whole request, headers and body, in milliseconds. Default 20_000. */
  timeoutMs: number;
  /** Requests in flight to one host at once. Default 4. */
  maxConcurrentPerHost: number;
  /** The most bytes one answer may have; more is RH_SOURCE_TOO_LARGE, the read stopped there. Default 5 MB. */
  maxBodyBytes: number;
  /** maxBodyBytes for some sources, by the hub's source name ('hudoc-echr': 20_000_000). */
  maxBodyBytesBySource: Readonly<Record<string, number>>;
  retry: RetryConfig;
}

/** Retries apply to idempotent GETs only, and only on these statuses or a reset connection. */
export interface RetryConfig {
  /** Retries after the first try. Default 2. */
  maxRetries: number;
  /** Wait before the first retry, in milliseconds; doubled (factor) each time. Default 500. */
  minDelayMs: number;
  factor: number;
  /** Never wait longer than this, in milliseconds; a Retry-After beyond it fails the request at once. Default 10_000. */
  maxDelayMs: number;
  statusCodes: readonly number[];
}

export const DEFAULT_RETRY: RetryConfig = {
  maxRetries: 2,
  minDelayMs: 500,
  factor: 2,
  maxDelayMs: 10_000,
  statusCodes: [429, 502, 503, 504],
};

export const DEFAULT_USER_AGENT =
  'RightsHub/0.1 (+https://github.com/rights-hub/rights-hub; federated read-only index of human-rights mechanisms; caches responses)';

export const HTTP_DEFAULTS: HttpConfig = {
  userAgent: DEFAULT_USER_AGENT,
  connectTimeoutMs: 10_000,
  timeoutMs: 20_000,
  maxConcurrentPerHost: 4,
  maxBodyBytes: 5_000_000,
  maxBodyBytesBySource: {},
  retry: DEFAULT_RETRY,
};

/** The environment variable of a source's body limit: bodyLimitVariable('hudoc-echr') === 'RH_HUDOC_ECHR_MAX_BODY_BYTES' */
export function bodyLimitVariable(source: string): string {
  return `RH_${source.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_MAX_BODY_BYTES`;
}

/**
 * The body limits the environment sets: RH_MAX_BODY_BYTES for every source, RH_<SOURCE>_MAX_BODY_BYTES for one
 * (bodyLimitVariable). bodyLimitsFromEnv({ RH_MAX_BODY_BYTES: '1000', RH_HUDOC_ECHR_MAX_BODY_BYTES: '9000' })
 * → { maxBodyBytes: 1000, maxBodyBytesBySource: { 'hudoc-echr': 9000 } }; a value that is no positive integer is refused at start-up.
 */
export function bodyLimitsFromEnv(env: NodeJS.ProcessEnv): Partial<Pick<HttpConfig, 'maxBodyBytes' | 'maxBodyBytesBySource'>> {
  const bytes = (name: string) => requirePositiveInt(name, Number(env[name]), 'bytes');
  const bySource: Record<string, number> = {};
  for (const name of Object.keys(env)) {
    const source = name.match(/^RH_(.+)_MAX_BODY_BYTES$/)?.[1];
    if (source) bySource[source.toLowerCase().replace(/_/g, '-')] = bytes(name);
  }
  return { ...(env.RH_MAX_BODY_BYTES !== undefined && { maxBodyBytes: bytes('RH_MAX_BODY_BYTES') }), maxBodyBytesBySource: bySource };
}

/** Checks a positive whole number of `unit`, naming the setting when it is not. */
export function requirePositiveInt(name: string, value: unknown, unit = 'ms'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0)
    throw new InvalidConfigError(`${name} must be a positive integer (${unit}); got ${JSON.stringify(value)}`);
  return value;
}

/** Checks an http(s) base URL and drops a trailing slash, so `${base}/path` is always right. */
export function requireBaseUrl(name: string, value: unknown): string {
  if (typeof value !== 'string' || !/^https?:\/\/[^/]+/.test(value))
    throw new InvalidConfigError(`${name} must be an http(s) URL such as https://hudoc.echr.coe.int; got ${JSON.stringify(value)}`);
  return value.replace(/\/+$/, '');
}

export function validateHttpConfig(cfg: HttpConfig): HttpConfig {
  requirePositiveInt('http.connectTimeoutMs', cfg.connectTimeoutMs);
  requirePositiveInt('http.timeoutMs', cfg.timeoutMs);
  requirePositiveInt('http.maxConcurrentPerHost', cfg.maxConcurrentPerHost, 'requests');
  requirePositiveInt('http.maxBodyBytes', cfg.maxBodyBytes, 'bytes');
  for (const [source, limit] of Object.entries(cfg.maxBodyBytesBySource))
    requirePositiveInt(`http.maxBodyBytesBySource.${source}`, limit, 'bytes');
  if (!Number.isInteger(cfg.retry.maxRetries) || cfg.retry.maxRetries < 0 || cfg.retry.maxRetries > 5)
    throw new InvalidConfigError(`http.retry.maxRetries must be an integer from 0 to 5; got ${cfg.retry.maxRetries}`);
  requirePositiveInt('http.retry.minDelayMs', cfg.retry.minDelayMs);
  requirePositiveInt('http.retry.maxDelayMs', cfg.retry.maxDelayMs);
  if (!cfg.userAgent.trim()) throw new InvalidConfigError('http.userAgent must not be empty: sources should know who is calling');
  return cfg;
}
