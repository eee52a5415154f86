import type { Provenance, System } from '../../schema/types.ts';
import type { Fetched } from '../../adapters/_kit/fetcher.ts';

/** The provenance of a record read from `fetched`, pointing at the record's own page on the owner's site. */
export function provenanceFrom(system: System, source: string, owner: string, fetched: Fetched, recordUrl: string | null): Provenance {
  return { system, source, owner, sourceUrl: recordUrl, fetchedAt: fetched.fetchedAt, fromCache: fetched.fromCache, stale: fetched.stale };
}
