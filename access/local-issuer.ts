import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWK } from 'jose';

/**
 * A local OpenID-style issuer for the demo and the tests: an ES256 key pair made at start (never written to the
 * repository), its public JWKS served on loopback at /.well-known/jwks.json, and tokens signed with the private key.
 * The demo also writes the private key, issuer and audience to DEMO_ISSUER_FILE (mode 0600, in the OS's temp folder)
 * so that `npm run token` signs for the demo that is running; a new demo makes a new key.
 */
export const DEMO_ISSUER_FILE = join(tmpdir(), 'rights-hub', 'demo-issuer.json');
export const LOCAL_AUDIENCE = 'rights-hub';
const ALG = 'ES256';

export interface TokenClaims {
  mechanism: string;
  role: string;
}

export interface SigningKey {
  issuer: string;
  audience: string;
  kid: string;
  privateJwk: JWK;
}

export interface LocalIssuer {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** RH_AUTH_JWKS_URL, RH_AUTH_ISSUER and RH_AUTH_AUDIENCE for the hub that trusts this issuer. */
  env: Record<string, string>;
  /** A token for `claims`, valid for `seconds` (default an hour; a negative number gives an expired one); `audience` overrides (tests). */
  sign(claims: TokenClaims, options?: { seconds?: number; audience?: string }): Promise<string>;
  close(): Promise<void>;
}

/** A token signed with `key`: `sub` is the mechanism (no person's name is ever put in it). */
export async function signToken(key: SigningKey, claims: TokenClaims, seconds = 3_600): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ mechanism: claims.mechanism, role: claims.role })
    .setProtectedHeader({ alg: ALG, kid: key.kid })
    .setIssuer(key.issuer)
    .setAudience(key.audience)
    .setSubject(`${claims.mechanism}:${claims.role}`)
    .setIssuedAt(now + Math.min(0, seconds) - 1)
    .setExpirationTime(now + seconds)
    .sign((await importJWK(key.privateJwk, ALG)) as CryptoKey);
}

/** The signing key the running demo wrote (DEMO_ISSUER_FILE). */
export function readSigningKey(file = DEMO_ISSUER_FILE): SigningKey {
  return JSON.parse(readFileSync(file, 'utf8')) as SigningKey;
}

export async function startLocalIssuer(options: { port?: number; keyFile?: string } = {}): Promise<LocalIssuer> {
  const { publicKey, privateKey } = await generateKeyPair(ALG, { extractable: true });
  const kid = `local-${Date.now().toString(36)}`;
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: ALG, use: 'sig' }] });
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/.well-known/jwks.json') res.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const key: SigningKey = { issuer, audience: LOCAL_AUDIENCE, kid, privateJwk: await exportJWK(privateKey) };
  if (options.keyFile) {
    mkdirSync(dirname(options.keyFile), { recursive: true, mode: 0o700 });
    writeFileSync(options.keyFile, JSON.stringify(key), { mode: 0o600 });
  }
  const jwksUrl = `${issuer}/.well-known/jwks.json`;
  return {
    issuer,
    audience: LOCAL_AUDIENCE,
    jwksUrl,
    env: { RH_AUTH_JWKS_URL: jwksUrl, RH_AUTH_ISSUER: issuer, RH_AUTH_AUDIENCE: LOCAL_AUDIENCE },
    sign: (claims, options = {}) => signToken({ ...key, audience: options.audience ?? key.audience }, claims, options.seconds),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
