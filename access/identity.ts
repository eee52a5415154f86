import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { InvalidConfigError } from '../adapters/_kit/errors.ts';
import { mechanismById } from '../schema/reference/mechanisms.ts';
import { ANONYMOUS, type Caller } from './caller.ts';

/** The headers that carry a caller's identity, from the client to the gateway and from the gateway to every subgraph. */
export const CREDENTIAL_HEADERS = ['authorization', 'x-api-key'] as const;

export interface IdentityConfig {
  /** RH_AUTH_JWKS_URL: the issuer's JSON Web Key Set; unset → bearer tokens are refused (API keys may still be used). */
  jwksUrl: string | null;
  /** RH_AUTH_ISSUER, RH_AUTH_AUDIENCE: what a token's `iss` and `aud` must be. */
  issuer: string | null;
  audience: string | null;
  /** RH_AUTH_ROLES: the `role` claims accepted as staff (default: staff). */
  roles: string[];
  /** RH_API_KEYS: dashboards' keys, each `keyId:mechanism:role:sha256-hex-of-the-key`, comma-separated. */
  apiKeys: ApiKey[];
}

export interface ApiKey {
  id: string;
  mechanism: string;
  role: string;
  sha256: Buffer;
}

/** Why a credential was refused: 401 (the caller's credential) or 503 (the issuer's keys could not be read). */
export class IdentityRefused extends Error {
  constructor(
    message: string,
    readonly code: 'RH_AUTH_INVALID_TOKEN' | 'RH_AUTH_INVALID_API_KEY' | 'RH_AUTH_UNAVAILABLE',
    readonly status: 401 | 503 = 401,
  ) {
    super(message);
  }
}

export interface Identity {
  /** The caller the request's credentials prove: ANONYMOUS without any; IdentityRefused for a credential that fails. */
  callerOf(headers: IncomingHttpHeaders): Promise<Caller>;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** RH_AUTH_* and RH_API_KEYS; a malformed setting stops the start, never a query. */
export function identityConfigOf(env: NodeJS.ProcessEnv): IdentityConfig {
  const jwksUrl = env.RH_AUTH_JWKS_URL || null;
  const issuer = env.RH_AUTH_ISSUER || null;
  const audience = env.RH_AUTH_AUDIENCE || null;
  if (jwksUrl && (!issuer || !audience))
    throw new InvalidConfigError('RH_AUTH_JWKS_URL needs RH_AUTH_ISSUER and RH_AUTH_AUDIENCE: a token is checked against both');
  if (jwksUrl && !URL.canParse(jwksUrl)) throw new InvalidConfigError('RH_AUTH_JWKS_URL is not a URL');
  const apiKeys = (env.RH_API_KEYS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const [id, mechanism, role, hash] = entry.split(':');
      if (!id || !mechanism || !role || !/^[0-9a-f]{64}$/i.test(hash ?? '') || entry.split(':').length !== 4)
        throw new InvalidConfigError(`RH_API_KEYS: "${entry.slice(0, 30)}…" is not keyId:mechanism:role:sha256-hex`);
      if (!mechanismById(mechanism)) throw new InvalidConfigError(`RH_API_KEYS: key ${id} names an unknown mechanism "${mechanism}"`);
      return { id, mechanism, role, sha256: Buffer.from(hash!, 'hex') };
    });
  const roles = (env.RH_AUTH_ROLES ?? 'staff')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { jwksUrl, issuer, audience, roles, apiKeys };
}

/** Why jose refused a token, in words a client can act on. */
function refusal(err: unknown): IdentityRefused {
  const invalid = (why: string) => new IdentityRefused(`The bearer token was refused: ${why}.`, 'RH_AUTH_INVALID_TOKEN');
  if (err instanceof IdentityRefused) return err;
  if (err instanceof errors.JWTExpired) return invalid('it has expired');
  if (err instanceof errors.JWTClaimValidationFailed) return invalid(`its "${err.claim}" claim is not accepted (${err.reason})`);
  if (err instanceof errors.JWSSignatureVerificationFailed) return invalid('its signature does not verify');
  if (err instanceof errors.JWKSNoMatchingKey) return invalid("it is not signed with any of the issuer's keys");
  if (err instanceof errors.JOSEAlgNotAllowed) return invalid('its algorithm is not accepted');
  if (
    err instanceof errors.JWKSTimeout ||
    err instanceof errors.JWKSInvalid ||
    (err instanceof Error && !(err instanceof errors.JOSEError))
  )
    return new IdentityRefused(
      "The bearer token could not be verified: the issuer's keys could not be read. Try again later.",
      'RH_AUTH_UNAVAILABLE',
      503,
    );
  return invalid('it is not a well-formed signed JWT');
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Verifies bearer tokens (jose, against the configured JWKS, issuer and audience; claims `mechanism`, a known mechanism
 * id, and `role`, one of RH_AUTH_ROLES) and API keys (their SHA-256 compared in constant time with the configured ones).
 * `keys` replaces the remote JWKS (tests).
 */
export function createIdentity(config: IdentityConfig, keys?: JWTVerifyGetKey): Identity {
  const jwks = keys ?? (config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 2_000 }) : null);

  async function fromToken(token: string): Promise<Caller> {
    if (!jwks)
      throw new IdentityRefused(
        'The bearer token was refused: this hub accepts no bearer tokens (no issuer is configured).',
        'RH_AUTH_INVALID_TOKEN',
      );
    try {
      const { payload } = await jwtVerify(token, jwks, {
        issuer: config.issuer ?? undefined,
        audience: config.audience ?? undefined,
        requiredClaims: ['exp'],
      });
      const { mechanism, role } = payload as { mechanism?: unknown; role?: unknown };
      if (typeof mechanism !== 'string' || !mechanismById(mechanism))
        throw new IdentityRefused(
          'The bearer token was refused: its "mechanism" claim names no participating mechanism.',
          'RH_AUTH_INVALID_TOKEN',
        );
      if (typeof role !== 'string' || !config.roles.includes(role))
        throw new IdentityRefused(
          `The bearer token was refused: its "role" claim is not one of ${config.roles.join(', ')}.`,
          'RH_AUTH_INVALID_TOKEN',
        );
      return { mechanism, role, keyId: null };
    } catch (err) {
      throw refusal(err);
    }
  }

  function fromApiKey(key: string): Caller {
    const hash = sha256(key);
    // Every configured key is compared, so the time taken does not say which one came close.
    const match = config.apiKeys.reduce<ApiKey | null>((found, k) => (timingSafeEqual(k.sha256, hash) ? k : found), null);
    if (!match) throw new IdentityRefused('The API key was refused: it is not a key of this hub.', 'RH_AUTH_INVALID_API_KEY');
    return { mechanism: match.mechanism, role: match.role, keyId: match.id };
  }

  return {
    async callerOf(headers) {
      const authorization = one(headers.authorization);
      const apiKey = one(headers['x-api-key']);
      if (authorization === undefined && apiKey === undefined) return ANONYMOUS;
      if (authorization !== undefined && apiKey !== undefined)
        throw new IdentityRefused('Send one credential: an authorization header or an x-api-key, not both.', 'RH_AUTH_INVALID_TOKEN');
      if (apiKey !== undefined) return fromApiKey(apiKey);
      const bearer = /^Bearer +([A-Za-z0-9._~+/-]+=*)$/i.exec(authorization!.trim());
      if (!bearer) throw new IdentityRefused('The authorization header must be "Bearer <token>".', 'RH_AUTH_INVALID_TOKEN');
      return fromToken(bearer[1]!);
    },
  };
}

/** The caller's credential headers as received, to send on unchanged (to a subgraph, or to the gateway's own API). */
export function credentialHeaders(headers: { get(name: string): string | null | undefined } | IncomingHttpHeaders): Record<string, string> {
  const read = (name: string) =>
    typeof headers.get === 'function'
      ? (headers.get as (n: string) => string | null | undefined)(name)
      : one((headers as IncomingHttpHeaders)[name]);
  return Object.fromEntries(
    CREDENTIAL_HEADERS.flatMap((name) => {
      const value = read(name);
      return value ? [[name, value]] : [];
    }),
  );
}
