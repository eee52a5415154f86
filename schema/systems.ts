import type { HubRecordResolvers, ListKind, RecordKind, System } from './types.ts';
import {
  AFRICAN_JURISDICTION,
  EUROPEAN_JURISDICTION,
  INTER_AMERICAN_JURISDICTION,
  outsideOf,
  type Jurisdiction,
} from './reference/jurisdiction.ts';

/** One system the hub federates: its subgraph's name and the prefix of its part types (UnRecommendationPart). */
export interface SystemEntry {
  system: System;
  subgraph: string;
  typePrefix: string;
  /** Shown in source statuses when the whole subgraph is unreachable. */
  label: string;
  /** The States its sources can hold records on (schema/reference/jurisdiction.ts); none: every State (the UN). */
  jurisdiction?: Jurisdiction;
}

/**
 * The systems in merge order. Adding a system = one entry here (and its value in the contract's System enum) + its
 * subgraph folder; the registry's part types, the subgraph list (subgraphs/supergraph.json, by `npm run compose`) and
 * the gateway follow from this list.
 */
export const SYSTEMS: readonly SystemEntry[] = [
  { system: 'UN', subgraph: 'un', typePrefix: 'Un', label: 'United Nations' },
  { system: 'EUROPEAN', subgraph: 'council-of-europe', typePrefix: 'Coe', label: 'Council of Europe', jurisdiction: EUROPEAN_JURISDICTION },
  {
    system: 'INTER_AMERICAN',
    subgraph: 'inter-american',
    typePrefix: 'Ia',
    label: 'Inter-American',
    jurisdiction: INTER_AMERICAN_JURISDICTION,
  },
  { system: 'AFRICAN', subgraph: 'african', typePrefix: 'Af', label: 'African', jurisdiction: AFRICAN_JURISDICTION },
];

/**
 * Why a system's sources cannot hold a record on any of these States (alpha-3 codes), or undefined when they may
 * (always for the UN, and for no States):
 * outsideJurisdiction('INTER_AMERICAN', ['SVN']) → 'it holds records only on OAS member States …, not on SVN';
 * outsideJurisdiction('EUROPEAN', ['MEX', 'SVN']) === undefined; outsideJurisdiction('UN', ['SVN']) === undefined.
 */
export function outsideJurisdiction(system: System, countries: readonly string[]): string | undefined {
  return outsideOf(systemEntry(system).jurisdiction, countries);
}

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
