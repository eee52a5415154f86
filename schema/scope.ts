import { isDeepStrictEqual } from 'node:util';
import type { RecordKind, SliceQuery, System } from './types.ts';
import { RECORD_KINDS, SYSTEMS } from './systems.ts';
import { MAX_FIRST, MAX_OFFSET, canonicalFilter, isIntegerIn, type RecordFilterInput } from './filter.ts';
import type { TokenSigner } from './signed-token.ts';

/**
 * What a part's key carries: which system and list, the canonical filter, and this system's window of it
 * (records [offset, offset + limit) of the system's merged list). Made and signed by the registry only.
 */
export interface PartScope extends SliceQuery {
  system: System;
  kind: RecordKind;
}

/** The scope's fields as they travel, named so a reader of a decoded token knows what each is. */
interface ScopePayload {
  version: 2;
  system: System;
  kind: RecordKind;
  filter: PartScope['filter'];
  offset: number;
  limit: number;
}

export function encodeScope(scope: PartScope, tokens: TokenSigner): string {
  const payload: ScopePayload = {
    version: 2,
    system: scope.system,
    kind: scope.kind,
    filter: scope.filter,
    offset: scope.offset,
    limit: scope.limit,
  };
  return tokens.sign('scope', payload);
}

/** A part scope the subgraph will not serve, with why (never echoing the scope's own values). */
export class ScopeRefusedError extends Error {
  override readonly name = 'ScopeRefusedError';
}

/**
 * The scope in a part's key, verified: signed with the hub's key, then its bounds checked again as the registry
 * checks a client's arguments (known system and list, limit 1..MAX_FIRST, offset 0..MAX_OFFSET, a filter in the
 * registry's canonical form: known countries, mechanisms and themes, text within MAX_TEXT). Throws ScopeRefusedError.
 */
export function decodeScope(token: unknown, tokens: TokenSigner): PartScope {
  const raw = tokens.open('scope', token) as Partial<ScopePayload> | undefined;
  const why =
    typeof raw === 'object' && raw !== null
      ? whyRefused(raw)
      : "it is not signed with the hub's key (forged, altered, or signed with another RH_SCOPE_KEY)";
  if (why) throw new ScopeRefusedError(why);
  const { system, kind, filter, offset, limit } = raw as ScopePayload;
  return { system, kind, filter, offset, limit };
}

/** What is wrong with a signed scope's fields, if anything. */
function whyRefused(raw: Partial<ScopePayload>): string | undefined {
  if (raw.version !== 2) return 'it is of an unknown version';
  if (!SYSTEMS.some((s) => s.system === raw.system)) return 'it names no known system';
  if (!RECORD_KINDS.includes(raw.kind as RecordKind)) return 'it names no known list';
  if (!isIntegerIn(raw.limit, 1, MAX_FIRST)) return `its limit is not an integer from 1 to ${MAX_FIRST}`;
  if (!isIntegerIn(raw.offset, 0, MAX_OFFSET)) return `its offset is not an integer from 0 to ${MAX_OFFSET}`;
  if (!isCanonicalFilter(raw.filter))
    return 'its filter is not one the registry accepts (unknown codes, text over the limit, or not canonical)';
  return undefined;
}

/** Whether a filter is exactly what canonicalFilter makes of it: everything valid, nothing added. */
function isCanonicalFilter(filter: unknown): filter is PartScope['filter'] {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) return false;
  try {
    return isDeepStrictEqual(canonicalFilter(filter as RecordFilterInput), filter);
  } catch {
    return false;
  }
}
