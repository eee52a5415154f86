import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';

/** Deepest selection a query may nest; the deepest useful query (country → list → nodes → record → ref) is 6. */
export const MAX_QUERY_DEPTH = 12;

/**
 * A validation rule refusing queries nested deeper than `max` (fragments followed), before anything runs.
 * Introspection (__schema, __type) is not counted: GraphiQL's own schema query nests 14 levels.
 */
export function depthLimitRule(max = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      return Math.max(0, ...set.selections.map((s) => {
        if (s.kind === Kind.FIELD) return s.selectionSet && !s.name.value.startsWith('__') ? 1 + depthOf(s.selectionSet, seen) : 0;
        if (s.kind === Kind.INLINE_FRAGMENT) return depthOf(s.selectionSet, seen);
        if (seen.has(s.name.value)) return 0;
        return depthOf(context.getFragment(s.name.value)?.selectionSet, new Set([...seen, s.name.value]));
      }));
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max)
          context.reportError(new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${max}. Split it into several queries.`, { nodes: [node], extensions: { code: 'RH_QUERY_TOO_DEEP' } }));
      },
    };
  };
}
