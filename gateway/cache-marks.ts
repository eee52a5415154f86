import {
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';

/** The types that say whether what they describe came from cache: a source's status and a record's provenance. */
const CACHE_FLAGGED = new Set(['SourceStatus', 'Provenance']);

export interface CacheMarks {
  /** Set every selected `fromCache` of those types to true. */
  fromCache: boolean;
  /** Set every selected `stale` to true (a copy past its TTL, served while a fresh answer is made). */
  stale: boolean;
  /** Appended to every selected SourceStatus.warnings. */
  warning?: string;
}

/**
 * Marks an answer, in place, as served from the gateway's cache: walks the operation's selections beside the data (aliases
 * and fragments included, by the schema's types) and sets the flags of every SourceStatus and Provenance the client
 * selected. The fetchedAt values are left as they were: they say when the sources were read.
 */
export function markCached(
  data: unknown,
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  marks: CacheMarks,
): void {
  const root = schema.getRootType(operation.operation);
  if (root) walk(data, operation.selectionSet.selections, root);

  function walk(value: unknown, selections: readonly SelectionNode[], type: GraphQLNamedType): void {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, selections, type));
    if (value === null || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    for (const selection of selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(object, selection.selectionSet.selections, typeNamed(selection.typeCondition?.name.value) ?? type);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        const on = fragment && typeNamed(fragment.typeCondition.name.value);
        if (on) walk(object, fragment.selectionSet.selections, on);
      } else {
        const key = selection.alias?.value ?? selection.name.value;
        if (!(key in object)) continue;
        if (CACHE_FLAGGED.has(type.name)) mark(object, selection.name.value, key, type.name);
        const field = fieldOf(type, selection.name.value);
        if (field && selection.selectionSet) walk(object[key], selection.selectionSet.selections, namedTypeOf(field.type));
      }
    }
  }

  function mark(object: Record<string, unknown>, field: string, key: string, typeName: string): void {
    if (field === 'fromCache' && marks.fromCache) object[key] = true;
    if (field === 'stale' && marks.stale) object[key] = true;
    if (field === 'warnings' && marks.warning && typeName === 'SourceStatus' && Array.isArray(object[key]))
      object[key] = [...(object[key] as string[]), marks.warning];
  }

  // Read by shape, not graphql-js's instanceof checks: the schema may come from another copy of graphql (Apollo's).
  function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
    return 'getFields' in type && typeof type.getFields === 'function'
      ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name]
      : undefined;
  }

  function namedTypeOf(type: GraphQLOutputType): GraphQLNamedType {
    let t: GraphQLOutputType = type;
    while ('ofType' in t && t.ofType) t = t.ofType as GraphQLOutputType;
    return t as GraphQLNamedType;
  }

  function typeNamed(name: string | undefined): GraphQLNamedType | undefined {
    return name === undefined ? undefined : (schema.getType(name) ?? undefined);
  }
}
