import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';
import { CONTRACT_SDL, FEDERATION_LINK, partsRequirement, registryPartsSdl } from '../../schema/index.ts';
import { RECORD_KINDS, recordTypeOf } from '../../schema/systems.ts';
import type { RecordKind } from '../../schema/types.ts';
import { MATRIX_PART_FIELDS } from './matrix/resolvers.ts';
import { FOCAL_POINT_SDL } from './focal-points.ts';
import { RELATED_SDL } from './related/resolvers.ts';

/** The registry's hand-written SDL (queries, inputs, its own types); the rest is built below from the contract and the systems. */
const OWN_SDL = readFileSync(new URL('./own.graphql', import.meta.url), 'utf8');

/** A page type: its id carries the whole state; every other field is computed from the parts (@requires). */
function pageTypeSdl(kind: RecordKind): string {
  const type = recordTypeOf(kind);
  const requires = `@requires(fields: "${partsRequirement(kind)}")`;
  return `"""
One page of ${kind} merged across systems, newest first. Pass endCursor as \`after\` for the next page.
"""
type ${type}Page @key(fields: "id") {
  "Opaque; the whole state of the page (filter, size, per-system offsets)."
  id: ID!
  parts: [${type}Part!]! @inaccessible
  nodes: [${type}!]! ${requires}
  endCursor: String ${requires}
  hasNextPage: Boolean! ${requires}
  "Matching records across the systems asked, where every source says its total."
  totalCount: Int ${requires}
  "The sources whose total is unknown (so totalCount is null): those that do not say, failed, or were matched by the hub on part of their list."
  totalUnknownFrom: [String!]! ${requires}
  "How each system and source answered: read this, not error paths, to know what failed."
  sources: [SourceStatus!]! ${requires}
}`;
}

/** A question's type (./question.ts): hidden part lists like a page's, and answer fields computed from all of them (@requires). */
function questionTypeSdl(
  type: string,
  description: string,
  parts: { field: string; kind: RecordKind }[],
  plain: string,
  answers: string,
): string {
  const requires = `@requires(fields: "${parts.map((p) => partsRequirement(p.kind, p.field)).join(' ')}")`;
  const partFields = parts.map((p) => `  ${p.field}: [${recordTypeOf(p.kind)}Part!]! @inaccessible`).join('\n');
  const answerFields = answers
    .trim()
    .split('\n')
    .map((line) => (line.trim().startsWith('"') ? line : `${line} ${requires}`))
    .join('\n');
  return `"""\n${description}\n"""\ntype ${type} @key(fields: "id") {\n  "Opaque: the question's arguments, signed."\n  id: ID!\n${plain}\n${partFields}\n${answerFields}\n}`;
}

const SAME_MATTER_SDL = questionTypeSdl(
  'SameMatterResult',
  'The candidates of a same-matter check, best first, and how each system and source answered.',
  [
    { field: 'decisionParts', kind: 'decisions' },
    { field: 'communicationParts', kind: 'communications' },
  ],
  '',
  `
  "Ranked by score (the sum of the reasons' points), ties newest first."
  candidates: [SameMatterCandidate!]!
  "How each system and source answered: read this, not error paths, to know what failed."
  sources: [SourceStatus!]!`,
);

const VISIT_FORECAST_SDL = questionTypeSdl(
  'VisitForecast',
  'The rolling visit forecast of one window: visits, pending requests, reviews and joint-visit opportunities.',
  [
    { field: 'visitParts', kind: 'visits' },
    { field: 'pendingParts', kind: 'visits' },
    { field: 'reviewParts', kind: 'reviews' },
  ],
  `
  "The window's first and last day (YYYY-MM-DD, inclusive)."
  from: String!
  to: String!
  months: Int!
  jointWithinWeeks: Int!`,
  `
  "Requested, accepted, scheduled or ongoing visits (or of no stated status) starting or running in the window, soonest first."
  visits: [Visit!]!
  "Requested or accepted visits without dates, listed apart with their request date and reminders where the source gives them."
  pendingRequests: [Visit!]!
  "Treaty-body and UPR reviews in the window, scheduled (or of unknown status) as the source words it, soonest first."
  reviews: [Review!]!
  jointOpportunities: [JointVisitOpportunity!]!
  "How each system and source answered: read this, not error paths, to know what failed."
  sources: [SourceStatus!]!`,
);

const MATRIX_SDL = questionTypeSdl(
  'RecommendationMatrix',
  'The recommendations matrix of one State: UHRI themes × mechanisms, and how each system and source answered.',
  MATRIX_PART_FIELDS.map((field) => ({ field, kind: 'recommendations' as const })),
  `
  country: Country!`,
  `
  "The mechanisms, in the hub's order (UN, Council of Europe, Inter-American, African)."
  columns: [MatrixColumn!]!
  "The themes held, in UHRI's order."
  rows: [MatrixRow!]!
  "Recommendations counted (each once, whatever its themes)."
  recommendations: Int!
  "True when every system's list was read whole and every source answered: then each cell equals its list's totalCount."
  complete: Boolean!
  "Why the matrix is not complete, or that nothing is held for the State."
  warnings: [String!]!
  "How each system and source answered: read this, not error paths, to know what failed."
  sources: [SourceStatus!]!`,
);

/** The registry's whole SDL: federation link, the contract, its own types, the page and question types and the hidden part stubs. */
export const REGISTRY_TYPE_DEFS: DocumentNode = parse(
  [
    FEDERATION_LINK,
    CONTRACT_SDL,
    OWN_SDL,
    ...RECORD_KINDS.map(pageTypeSdl),
    SAME_MATTER_SDL,
    VISIT_FORECAST_SDL,
    MATRIX_SDL,
    FOCAL_POINT_SDL,
    RELATED_SDL,
    registryPartsSdl(),
  ].join('\n\n'),
);
