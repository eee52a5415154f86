import type { HubRecordResolvers, ListKind, RecordKind, System } from './types.ts';

/** One system the hub federates: its subgraph's name and the prefix of its part types (UnRecommendationPart). */
export interface SystemEntry {
  system: System;
  subgraph: string;
  typePrefix: string;
  /** Shown in source statuses when the whole subgraph is unreachable. */
  label: string;
}

/**
 * The systems in merge order. Adding a system = one entry here + its subgraph folder; the registry's
 * part types and the gateway's subgraph list follow from this list.
 */
export const SYSTEMS: readonly SystemEntry[] = [
  { system: 'UN', subgraph: 'un', typePrefix: 'Un', label: 'United Nations' },
  { system: 'EUROPEAN', subgraph: 'council-of-europe', typePrefix: 'Coe', label: 'Council of Europe' },
  { system: 'INTER_AMERICAN', subgraph: 'inter-american', typePrefix: 'Ia', label: 'Inter-American' },
  { system: 'AFRICAN', subgraph: 'african', typePrefix: 'Af', label: 'African' },
];

/** The lists a source can have. */
export const LIST_KINDS: readonly ListKind[] = ['recommendations', 'visits', 'decisions', 'communications', 'reviews'];
/** Every list the hub pages across systems: the ones above and `records`, which mixes them. */
export const RECORD_KINDS: readonly RecordKind[] = [...LIST_KINDS, 'records'];

const RECORD_TYPES = {
  recommendations: 'Recommendation',
  visits: 'Visit',
  decisions: 'Decision',
  communications: 'Communication',
  reviews: 'Review',
  records: 'HubRecord',
} as const;

/** The contract type of each record list: recordTypeOf('visits') === 'Visit'; recordTypeOf('records') === 'HubRecord'. */
export function recordTypeOf<K extends RecordKind>(kind: K): (typeof RECORD_TYPES)[K] {
  return RECORD_TYPES[kind];
}

/** The contract type of a record, told by the fields only it has: typeOfRecord({ issuedOn: null, … }) === 'Recommendation'. */
function typeOfRecord(record: object): 'Recommendation' | 'Visit' | 'Decision' | 'Communication' | 'Review' {
  if ('issuedOn' in record) return 'Recommendation';
  if ('startDate' in record) return 'Visit';
  if ('sessionStart' in record) return 'Review';
  return 'communicationType' in record ? 'Communication' : 'Decision';
}

/** The contract's HubRecord union, as the registry and every system subgraph resolve it (generated resolver type: only its members). */
export const HUB_RECORD_RESOLVERS: HubRecordResolvers = { __resolveType: typeOfRecord };

/** partTypeName(SYSTEMS[0], 'visits') === 'UnVisitPart' */
export function partTypeName(entry: SystemEntry, kind: RecordKind): string {
  return `${entry.typePrefix}${recordTypeOf(kind)}Part`;
}

export function systemEntry(system: System): SystemEntry {
  const entry = SYSTEMS.find((s) => s.system === system);
  if (!entry) throw new Error(`No subgraph is configured for system ${system}`);
  return entry;
}

/** The hidden field a system's subgraph answers on FocalPoint, read by the registry: contactFieldOf(SYSTEMS[0]) === 'unContact'. */
export const contactFieldOf = (entry: SystemEntry) => `${entry.typePrefix.toLowerCase()}Contact`;
