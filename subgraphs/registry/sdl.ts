import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';
import { CONTRACT_SDL, FEDERATION_LINK, partsRequirement, registryPartsSdl } from '../../schema/index.ts';
import { RECORD_KINDS, recordTypeOf } from '../../schema/systems.ts';
import type { RecordKind } from '../../schema/types.ts';

const OWN_SDL = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

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

/** The registry's whole SDL: federation link, the contract, its own types, the page types and the hidden part stubs. */
export const REGISTRY_TYPE_DEFS: DocumentNode = parse(
  [FEDERATION_LINK, CONTRACT_SDL, OWN_SDL, ...RECORD_KINDS.map(pageTypeSdl), registryPartsSdl()].join('\n\n'),
);
