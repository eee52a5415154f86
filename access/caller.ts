import { ACCESS_LEVELS, type AccessLevel } from '../schema/access-level.ts';

/**
 * Who is asking, as the gateway and each subgraph verified it (identity.ts): nobody (anonymous), or the staff of one
 * participating mechanism, known by a bearer token's claims or a dashboard's API key. Only these three facts are
 * kept about a caller, and only for the request (and its audit line).
 */
export interface Caller {
  /** The caller's mechanism id (schema/reference/mechanisms.ts); null for an anonymous caller. */
  mechanism: string | null;
  /** The token's role claim, or the API key's role; null for an anonymous caller. */
  role: string | null;
  /** The API key's id, when the caller came with one (never the key itself). */
  keyId: string | null;
}

export const ANONYMOUS: Caller = Object.freeze({ mechanism: null, role: null, keyId: null });

const rank = (level: AccessLevel) => ACCESS_LEVELS.indexOf(level);

/** The most restricted of the levels given (PUBLIC for none). */
export function strictest(...levels: (AccessLevel | null | undefined)[]): AccessLevel {
  return levels.reduce<AccessLevel>((max, l) => (l && rank(l) > rank(max) ? l : max), 'PUBLIC');
}

/**
 * The level a caller reaches for a record owned by `owners` (its mechanism ids): anonymous → PUBLIC, staff of any
 * participating mechanism → MECHANISMS, staff of one of the owners → OWNER.
 */
export function levelOf(caller: Caller, owners: readonly string[]): AccessLevel {
  if (caller.mechanism === null) return 'PUBLIC';
  return owners.includes(caller.mechanism) ? 'OWNER' : 'MECHANISMS';
}

/** Whether `caller` may see what is at `level` of a record owned by `owners`. */
export function mayRead(caller: Caller, level: AccessLevel, owners: readonly string[]): boolean {
  return rank(levelOf(caller, owners)) >= rank(level);
}

/** Who may see a level, in words for sources[].warnings. */
export function whoMaySee(level: AccessLevel, owners: readonly string[]): string {
  if (level === 'OWNER') return `staff of ${owners.join(' or ') || 'its owner'} only`;
  return level === 'MECHANISMS' ? 'staff of participating mechanisms only' : 'anyone';
}
