import { readFileSync } from 'node:fs';
import { Kind, parse, type DocumentNode, type ObjectTypeDefinitionNode, type TypeNode, type UnionTypeDefinitionNode } from 'graphql';
import { RECORD_KINDS, SYSTEMS, partTypeName, recordTypeOf, type SystemEntry } from './systems.ts';

/** The contract SDL, read once: every subgraph includes this text verbatim. */
export const CONTRACT_SDL = readFileSync(new URL('./contract.graphql', import.meta.url), 'utf8');

/** The federation link every Rights Hub subgraph starts with (Federation v2.3). */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@inaccessible"])';

const PART_FIELDS = (kind: Parameters<typeof recordTypeOf>[0], external: string) => `
  scope: String!
  items: [${recordTypeOf(kind)}!]${external}
  total: Int${external}
  sources: [SourceStatus!]${external}`;

/** The part types a source subgraph resolves from their scope alone (one per record list). */
export function sourcePartsSdl(entry: SystemEntry): string {
  return RECORD_KINDS.map((kind) => `type ${partTypeName(entry, kind)} @key(fields: "scope") {${PART_FIELDS(kind, '')}\n}`).join('\n\n');
}

/** The same part types as the registry sees them: stubs it can name but not resolve, hidden from clients. */
export function registryPartsSdl(): string {
  return RECORD_KINDS.flatMap((kind) => [
    ...SYSTEMS.map(
      (entry) =>
        `type ${partTypeName(entry, kind)} @key(fields: "scope", resolvable: false) @inaccessible {${PART_FIELDS(kind, ' @external')}\n}`,
    ),
    `union ${recordTypeOf(kind)}Part @inaccessible = ${SYSTEMS.map((e) => partTypeName(e, kind)).join(' | ')}`,
  ]).join('\n\n');
}

const CONTRACT_DOC: DocumentNode = parse(CONTRACT_SDL);
const OBJECT_TYPES = new Map(
  CONTRACT_DOC.definitions
    .filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION)
    .map((d) => [d.name.value, d]),
);

const UNION_TYPES = new Map(
  CONTRACT_DOC.definitions
    .filter((d): d is UnionTypeDefinitionNode => d.kind === Kind.UNION_TYPE_DEFINITION)
    .map((d) => [d.name.value, (d.types ?? []).map((t) => t.name.value)]),
);

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/**
 * Every field of a contract type, nested types expanded: what @requires must list so the registry
 * receives whole records. selectionOf('CountryRef') === '{ code name }'; a union lists each member by
 * inline fragment (no __typename: @requires may not select it; the registry tells members by their fields).
 */
export function selectionOf(typeName: string): string {
  const members = UNION_TYPES.get(typeName);
  if (members) return `{ ${members.map((m) => `... on ${m} ${selectionOf(m)}`).join(' ')} }`;
  const def = OBJECT_TYPES.get(typeName);
  if (!def) throw new Error(`${typeName} is not an object type of schema/contract.graphql`);
  const fields = (def.fields ?? []).map((f) => {
    const inner = namedType(f.type);
    return OBJECT_TYPES.has(inner) || UNION_TYPES.has(inner) ? `${f.name.value} ${selectionOf(inner)}` : f.name.value;
  });
  return `{ ${fields.join(' ')} }`;
}

/** The @requires selection of a page field: every part's items, total and sources, by part type (under `field`, parts by default). */
export function partsRequirement(kind: Parameters<typeof recordTypeOf>[0], field = 'parts'): string {
  const items = selectionOf(recordTypeOf(kind));
  const sources = selectionOf('SourceStatus');
  return `${field} { ${SYSTEMS.map((e) => `... on ${partTypeName(e, kind)} { items ${items} total sources ${sources} }`).join(' ')} }`;
}
