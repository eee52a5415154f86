/** TypeScript types of schema/contract.graphql. Keep the two in step: test/schema checks the field names. */

import type { AccessLevel } from './access-level.ts';

/** What every record carries: who may see it, as its owner decides (a mechanism's database, or subgraphs/_shared/access-policy.ts); absent: PUBLIC. */
export interface OwnedRecord {
  access?: AccessLevel;
}

export type System = 'UN' | 'INTER_AMERICAN' | 'AFRICAN' | 'EUROPEAN';

export interface Provenance {
  system: System;
  source: string;
  owner: string;
  sourceUrl: string | null;
  fetchedAt: string;
  fromCache: boolean;
  stale: boolean;
}

export interface CountryRef {
  code: string | null;
  name: string;
}
export interface MechanismRef {
  id: string;
  acronym: string;
  name: string;
  system: System;
}
/**
 * A UHRI theme. `derived`/`derivedFrom` are set by the system slice on every record it returns (false/null for the
 * source's own themes), so mappers write only code and label.
 */
export interface ThemeRef {
  code: string | null;
  label: string;
  derived?: boolean;
  derivedFrom?: string | null;
}
export interface SdgRef {
  code: string | null;
  label: string;
}
export interface DocumentRef {
  symbol: string | null;
  title: string | null;
  url: string | null;
  language: string | null;
}

export type StatePositionValue = 'SUPPORTED' | 'NOTED' | 'NOT_SUPPORTED' | 'UNKNOWN';
export interface StatePosition {
  value: StatePositionValue;
  label: string;
  source: string | null;
}

export interface Recommendation extends OwnedRecord {
  id: string;
  text: string;
  issuedOn: string | null;
  sourceDate: string | null;
  mechanism: MechanismRef;
  mechanismLabel: string;
  annotationType: string | null;
  countries: CountryRef[];
  themes: ThemeRef[];
  sdgs: SdgRef[];
  affectedPersons: string[];
  document: DocumentRef | null;
  statePosition: StatePosition | null;
  recommendingStates: CountryRef[];
  uprCycle: string | null;
  uprSession: string | null;
  followUp: FollowUp | null;
  /** Set only where text is another document's quotation of the recommendation (a follow-up assessment). */
  quotedFrom?: DocumentRef | null;
  provenance: Provenance;
}

export type FollowUpGrade = 'SATISFACTORY' | 'PARTIAL' | 'NOT_SATISFACTORY' | 'NO_INFORMATION' | 'CONTRARY' | 'IMPLEMENTED' | 'UNKNOWN';
export interface FollowUp {
  grade: FollowUpGrade;
  label: string;
  assessedOn: string | null;
  document: DocumentRef | null;
  /** Treaty-body follow-up only: the paragraph graded, and each part graded apart. */
  assesses?: AssessedParagraph | null;
  gradedParts?: FollowUpPart[] | null;
}
export interface AssessedParagraph {
  symbol: string;
  paragraph: string;
  adoptedOn: string | null;
  url: string | null;
}
export interface FollowUpPart {
  grade: FollowUpGrade;
  label: string;
  subparagraphs: string | null;
  text: string | null;
}

export type VisitStatus = 'REQUESTED' | 'ACCEPTED' | 'SCHEDULED' | 'ONGOING' | 'COMPLETED' | 'CANCELLED' | 'POSTPONED';
export type VisitType = 'PERIODIC' | 'AD_HOC' | 'ON_SITE' | 'WORKING' | 'FOLLOW_UP' | 'OTHER';

export interface Visit extends OwnedRecord {
  id: string;
  mechanism: MechanismRef;
  country: CountryRef;
  startDate: string | null;
  endDate: string | null;
  year: number | null;
  sourceDates: string | null;
  status: VisitStatus | null;
  statusLabel: string | null;
  type: VisitType | null;
  typeLabel: string | null;
  mandateLabels: string[];
  requestedOn: string | null;
  /** Null where the caller may not see it (the owner's access policy). */
  remindersOn: string[] | null;
  jointWith: MechanismRef[];
  report: DocumentRef | null;
  documents: DocumentRef[];
  publishedOn: string | null;
  /** Derived themes, added by the system slice (schema/reference/derived-themes.ts). */
  themes?: ThemeRef[];
  provenance: Provenance;
  /** Other sources that hold the same visit (e.g. the CPT's own database and HUDOC-CPT); the record is returned once. */
  alsoIn: Provenance[];
}

export type DecisionKind =
  | 'JUDGMENT'
  | 'DECISION'
  | 'VIEWS'
  | 'ADVISORY_OPINION'
  | 'PRECAUTIONARY_MEASURE'
  | 'PROVISIONAL_MEASURE'
  | 'ADMISSIBILITY'
  | 'INADMISSIBILITY'
  | 'FRIENDLY_SETTLEMENT'
  | 'MERITS'
  | 'CONCLUSIONS'
  | 'COMMUNICATED_CASE'
  | 'OTHER';

export interface Decision extends OwnedRecord {
  id: string;
  mechanism: MechanismRef;
  title: string;
  caseNumbers: string[];
  respondents: CountryRef[];
  date: string | null;
  sourceDate: string | null;
  kind: DecisionKind | null;
  kindLabel: string | null;
  articles: string[];
  conclusion: string | null;
  violations: string[];
  nonViolations: string[];
  importance: number | null;
  ecli: string | null;
  url: string | null;
  languages: string[];
  caseStatus: CaseStatus | null;
  caseStatusLabel: string | null;
  compliance: Compliance | null;
  series: string | null;
  /** Derived themes, added by the system slice. */
  themes?: ThemeRef[];
  provenance: Provenance;
  alsoIn: Provenance[];
}

export type CaseStatus = 'PENDING' | 'DECIDED' | 'STRUCK_OUT' | 'TRANSFERRED' | 'WITHDRAWN' | 'OTHER';
export type ComplianceState = 'PENDING' | 'PARTIALLY_COMPLIED' | 'COMPLIED' | 'CLOSED' | 'UNKNOWN';
export interface Compliance {
  state: ComplianceState;
  label: string;
  supervision: string | null;
  supervisionCode: string | null;
  leadingCase: string | null;
  group: string | null;
  statusCodes: ComplianceCode[];
  lastAction: DocumentRef | null;
  lastActionOn: string | null;
  lastActionType: string | null;
  closedOn: string | null;
  provenance: Provenance;
}
export interface ComplianceCode {
  field: string;
  value: string;
  label: string | null;
}

export type CommunicationType = 'ALLEGATION_LETTER' | 'URGENT_APPEAL' | 'OTHER_LETTER' | 'PRECAUTIONARY_MEASURE' | 'OTHER';
export interface Communication extends OwnedRecord {
  id: string;
  code: string;
  communicationType: CommunicationType;
  typeLabel: string;
  mechanisms: MechanismRef[];
  mandateLabels: string[];
  countries: CountryRef[];
  addressees: string[];
  date: string | null;
  sourceDate: string | null;
  summary: string | null;
  replyReceived: boolean | null;
  documents: DocumentRef[];
  /** Derived themes, added by the system slice. */
  themes?: ThemeRef[];
  provenance: Provenance;
}

export type ReviewStatus = 'SCHEDULED' | 'COMPLETED' | 'POSTPONED' | 'CANCELLED' | 'UNKNOWN';
export interface Review extends OwnedRecord {
  id: string;
  mechanism: MechanismRef;
  mechanismLabel: string;
  country: CountryRef;
  session: string | null;
  cycle: string | null;
  date: string | null;
  sessionStart: string | null;
  sessionEnd: string | null;
  dialogueDates: string | null;
  place: string | null;
  reviewStatus: ReviewStatus;
  statusLabel: string | null;
  reviewOf: string | null;
  documents: DocumentRef[];
  /** Derived themes, added by the system slice. */
  themes?: ThemeRef[];
  provenance: Provenance;
}

/** The contract's SourceStatusCode (schema/contract.graphql; a test keeps the two the same). */
export type SourceStatusCode =
  | 'RH_SOURCE_TIMEOUT'
  | 'RH_SOURCE_UNREACHABLE'
  | 'RH_SOURCE_HTTP'
  | 'RH_SOURCE_RATE_LIMITED'
  | 'RH_SOURCE_BLOCKED'
  | 'RH_SOURCE_PARSE'
  | 'RH_SOURCE_INSANE'
  | 'RH_SOURCE_CONFIG'
  | 'RH_SOURCE_TOO_LARGE'
  | 'RH_UPSTREAM_BUDGET'
  | 'RH_SOURCE_EXCLUDED'
  | 'RH_SUBGRAPH_UNREACHABLE'
  | 'RH_SUBGRAPH_BAD_SCOPE'
  | 'RH_INTERNAL';

export interface SourceStatus {
  system: System;
  source: string;
  ok: boolean;
  code: SourceStatusCode | null;
  message: string | null;
  count: number;
  total: number | null;
  fromCache: boolean;
  stale: boolean;
  latencyMs: number | null;
  warnings: string[];
}

/** The record lists the hub merges across systems; `records` mixes all the others. */
export type RecordKind = 'recommendations' | 'visits' | 'decisions' | 'communications' | 'reviews' | 'records';
export type ListKind = Exclude<RecordKind, 'records'>;
export type HubRecord = Recommendation | Visit | Decision | Communication | Review;
export interface RecordOf {
  recommendations: Recommendation;
  visits: Visit;
  decisions: Decision;
  communications: Communication;
  reviews: Review;
  records: HubRecord;
}

/**
 * One validated, canonical filter, as the registry hands it to every system.
 * Countries are ISO alpha-3; dates YYYY-MM-DD, inclusive.
 */
export interface RecordFilter {
  countries: string[];
  systems: System[];
  mechanisms: string[];
  themes: string[];
  from: string | null;
  to: string | null;
  text: string | null;
  /** Articles invoked, as the source writes them (ECHR: '6', '6-1', 'P1-1'). */
  articles: string[];
  /** HUDOC importance levels, 1 (key case) to 4. */
  importance: number[];
  /** "What is new": records published at or after this instant (ISO 8601, UTC). */
  since: string | null;
  /** Visit.status values to keep (visits only; other kinds pass). */
  status: VisitStatus[];
  /** Decision.kind values to keep (decisions only; other kinds pass). */
  kind: DecisionKind[];
  /** What from/to do with records without a date: kept (sorted last, the default), dropped, or the only ones kept. */
  undated: UndatedRecords;
}

export type UndatedRecords = 'INCLUDE' | 'EXCLUDE' | 'ONLY';

/** What a system is asked for one part of a page: records [offset, offset+limit) of its own date-desc list. */
export interface SliceQuery {
  filter: RecordFilter;
  offset: number;
  limit: number;
}

/** What a system answers: its slice, its total where known, and one status per source it asked. */
export interface Slice<T> {
  items: T[];
  total: number | null;
  sources: SourceStatus[];
}

/** A mechanism's public cooperation contact (contract FocalPointContact), as its system's subgraph configures it. */
export interface FocalPointContact {
  office: string;
  webPage: string | null;
  email: string | null;
  languages: string[];
  liaisesWith: { mechanism: MechanismRef; basis: string; sourceUrl: string | null }[];
}
