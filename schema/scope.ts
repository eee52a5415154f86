import type { RecordFilter, RecordKind, SliceQuery } from './types.ts';

/** What a part's key carries: which list, the canonical filter, and this system's window of it. */
export interface PartScope extends SliceQuery {
  kind: RecordKind;
}

/** JSON → base64url, so a scope or cursor is one opaque, URL-safe token. */
export function encodeToken(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** The inverse of encodeToken; undefined for anything that is not one. */
export function decodeToken(token: string): unknown {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

export function encodeScope(scope: PartScope): string {
  return encodeToken({ v: 1, k: scope.kind, f: scope.filter, o: scope.offset, n: scope.limit });
}

/** A part scope from its key; throws on a token the registry did not make. */
export function decodeScope(token: string): PartScope {
  const raw = decodeToken(token) as { v?: number; k?: RecordKind; f?: RecordFilter; o?: number; n?: number } | undefined;
  if (!raw || raw.v !== 1 || !raw.k || !raw.f || !Number.isInteger(raw.o) || !Number.isInteger(raw.n))
    throw new Error('Invalid part scope: it must be made by the registry');
  return { kind: raw.k, filter: raw.f, offset: raw.o as number, limit: raw.n as number };
}
