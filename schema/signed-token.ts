import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a token is for. The use is signed with it, so a token made for one use is refused for any other. */
/** `question`: the id of a one-shot cross-system question (sameMatter, visitForecast), carrying its arguments. */
export type TokenUse = 'page' | 'cursor' | 'scope' | 'question';

/**
 * Makes and opens the hub's opaque tokens: page ids, cursors and part scopes. A token is its JSON payload in
 * base64url followed by the payload's HMAC-SHA256 (43 base64url characters, no separator, so a token stays one
 * URL-safe word). Whoever holds the key can make tokens: the registry, and the system subgraphs that verify them.
 */
export interface TokenSigner {
  sign(use: TokenUse, payload: object): string;
  /** The payload of a token signed with this key for this use; undefined for anything else (unsigned, altered, forged, another use). */
  open(use: TokenUse, token: unknown): unknown;
}

/** base64url of the 32 bytes of an HMAC-SHA256, unpadded. */
const MAC_LENGTH = 43;

export function createTokenSigner(key: string | Uint8Array): TokenSigner {
  const macOf = (use: TokenUse, body: string) => createHmac('sha256', key).update(`${use}:${body}`).digest('base64url');
  return {
    sign(use, payload) {
      const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
      return body + macOf(use, body);
    },
    open(use, token) {
      if (typeof token !== 'string' || token.length <= MAC_LENGTH) return undefined;
      const body = token.slice(0, -MAC_LENGTH);
      const given = Buffer.from(token.slice(-MAC_LENGTH), 'utf8');
      const expected = Buffer.from(macOf(use, body), 'utf8');
      // Compared in constant time, and before the payload is parsed: nothing unsigned is ever read.
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      try {
        return JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      } catch {
        return undefined;
      }
    },
  };
}
