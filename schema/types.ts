/**
 * The TypeScript types of schema/contract.graphql: generated from it (`npm run codegen`, schema/generated/contract-types.ts)
 * and re-exported here under the names the code imports. Written by hand below: the few fields a record's builder may
 * leave out although the contract always answers them (each says who fills it), and the hub's internal types,
 * which are in no SDL (record lists, the canonical filter, slices).
 */

import type { AccessLevel } from './access-level.ts';
import type * as Contract from './generated/contract-types.ts';

export type {
  AssessedParagraph,
  CaseStatus,
  CommunicationType,
  Compliance,
  ComplianceCode,
  ComplianceState,
  CountryRef,
  DecisionKind,
  DocumentRef,
  FocalPointContact,
  FollowUpGrade,
  FollowUpPart,
  HubRecordResolvers,
  MechanismRef,
  Provenance,
  ReviewStatus,
  SdgRef,
  SourceStatus,
  SourceStatusCode,
  StatePosition,
  StatePositionValue,
  System,
  VisitStatus,
  VisitType,
} from './generated/contract-types.ts';
import type { DecisionKind, DocumentRef, SourceStatus, System, VisitStatus } from './generated/contract-types.ts';

/** What every record carries: who may see it, as its owner decides (a mechanism's database, or subgraphs/_shared/access-policy.ts); absent: PUBLIC. */
export interface OwnedRecord {
  access?: AccessLevel;
}

/**
 * A UHRI theme. `derived`/`derivedFrom` are set by the system slice on every record it returns (false/null for the
 * source's own themes), so mappers write only code and label.
 */
export interface ThemeRef extends Omit<Contract.ThemeRef, 'derived' | 'derivedFrom'> {
  derived?: boolean;
  derivedFrom?: string | null;
}

/** A follow-up assessment. The ECRI mapper grades only as a whole, so it leaves the treaty bodies' `assesses`/`gradedParts` out (null). */
export interface FollowUp extends Omit<Contract.FollowUp, 'assesses' | 'gradedParts'> {
  assesses?: Contract.AssessedParagraph | null;
  gradedParts?: Contract.FollowUpPart[] | null;
}

/** A recommendation as its mapper makes it: its themes and follow-up as above, `access` absent when PUBLIC. */
export interface Recommendation extends Omit<Contract.Recommendation, 'access' | 'themes' | 'followUp' | 'quotedFrom'>, OwnedRecord {
  themes: ThemeRef[];
  followUp: FollowUp | null;
  /** Set only where text is another document's quotation of the recommendation (a follow-up assessment). */
  quotedFrom?: DocumentRef | null;
}

/** A record whose `themes` are the derived ones, added by the system slice (schema/reference/derived-themes.ts): its mapper leaves them out. */
type WithDerivedThemes<T extends { themes: unknown; access: unknown }> = Omit<T, 'access' | 'themes'> &
  OwnedRecord & { themes?: ThemeRef[] };

export type Visit = WithDerivedThemes<Contract.Visit>;
export type Decision = WithDerivedThemes<Contract.Decision>;
export type Communication = WithDerivedThemes<Contract.Communication>;
export type Review = WithDerivedThemes<Contract.Review>;

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
