/**
 * Who may see a record (or a field of it), as its owning mechanism decides (the tiered-access issue):
 * PUBLIC anyone; MECHANISMS staff of any participating mechanism; OWNER staff of the mechanism that owns the record.
 * A record without a level is PUBLIC. The enforcement lives in access/ (gateway identity, subgraph filtering).
 */
export type AccessLevel = 'PUBLIC' | 'MECHANISMS' | 'OWNER';

/** The levels from the most open to the most restricted. */
export const ACCESS_LEVELS: readonly AccessLevel[] = ['PUBLIC', 'MECHANISMS', 'OWNER'];
