import { GraphQLError, type GraphQLFormattedError, type ValidationContext, type ValidationRule } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { costOfList, fanOutCostRule, type FanOutTable } from './fan-out.ts';

/**
 * What one request may ask, checked before anything is fetched. Each number is set from the hub's real queries:
 * GraphiQL's default query (gateway/default-query.ts) nests 5 levels, has no alias, ~300 tokens and one `records`
 * list; GraphiQL's introspection query is not counted by depth or cost and has ~450 tokens.
 */
export const QUERY_LIMITS = {
  /** Deepest selection (fragments flattened, introspection not counted); the deepest useful query nests 6. */
  depth: 12,
  /** Aliased fields in one operation (`__typename` aliases not counted): each alias of a list is another fetch. */
  aliases: 10,
  /** Directives (@include, @skip, …) in one operation. */
  directives: 20,
  /** Lexical tokens in the document (graphql-js's own parser limit): a bound on the work of every other check. */
  tokens: 3_000,
  /**
   * Breadth: graphql-armor's cost of the answer's shape, each field weighted by its depth and multiplied by the
   * page size `first` above it. The default query costs ~14,000, with first: 100 ~70,000.
   */
  breadth: 100_000,
  /** Fan-out: how many source readers the query's lists ask in total, in `records` lists (see fanOutCostRule). */
  fanOutRecordsLists: 2,
} as const;

interface LimitSpec {
  code: string;
  limit: number;
  advice: string;
}

/**
 * graphql-armor's rules report with a `Syntax Error:` message and no code; the hub's error shape adds the stable
 * code, the limit and how to split the query, and reports instead of throwing so every limit exceeded is named.
 */
function hubRejection(spec: LimitSpec) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(
          new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} ${spec.advice}`, {
            extensions: { code: spec.code, rightsHub: { code: spec.code, limit: spec.limit } },
          }),
        );
      },
    ],
  };
}

/** The maximum fan-out cost of one request: QUERY_LIMITS.fanOutRecordsLists full `records` lists. */
export function maxFanOut(table: FanOutTable): number {
  return QUERY_LIMITS.fanOutRecordsLists * costOfList(table, 'records');
}

/**
 * What a subgraph accepts from any caller: the gateway's limits with room for the operations the gateway itself
 * writes (entity fetches nest two levels deeper, and add aliases and __typename of their own). Without them a
 * stranger reaching a subgraph could still ask `countries` under 1,000 aliases (a 9 MB answer, seconds of CPU).
 */
export const SUBGRAPH_LIMITS = {
  depth: 2 * QUERY_LIMITS.depth,
  aliases: 3 * QUERY_LIMITS.aliases,
  directives: 2 * QUERY_LIMITS.directives,
  tokens: 4 * QUERY_LIMITS.tokens,
} as const;

/** The limits a subgraph applies (no fan-out or breadth rule: the upstream budget bounds what it asks). */
export function subgraphLimitRules(): ValidationRule[] {
  return shapeRules(SUBGRAPH_LIMITS);
}

function shapeRules(L: { depth: number; aliases: number; directives: number }): ValidationRule[] {
  return [
    maxDepthRule({
      n: L.depth,
      flattenFragments: true,
      ignoreIntrospection: true,
      ...hubRejection({
        code: 'RH_QUERY_TOO_DEEP',
        limit: L.depth,
        advice: 'Split it into several shallower queries.',
      }),
    }),
    maxAliasesRule({
      n: L.aliases,
      ...hubRejection({
        code: 'RH_QUERY_TOO_MANY_ALIASES',
        limit: L.aliases,
        advice: 'Send one request per list, or page with `after` instead of aliasing.',
      }),
    }),
    maxDirectivesRule({
      n: L.directives,
      ...hubRejection({
        code: 'RH_QUERY_TOO_MANY_DIRECTIVES',
        limit: L.directives,
        advice: 'Split the query into several requests.',
      }),
    }),
  ] as ValidationRule[];
}

/** Every query limit of the gateway as validation rules (each linear in the query's size: fragments are measured once). */
export function queryLimitRules(table: FanOutTable): ValidationRule[] {
  const L = QUERY_LIMITS;
  return [
    ...shapeRules(L),
    costLimitRule({
      maxCost: L.breadth,
      ignoreIntrospection: true,
      ...hubRejection({
        code: 'RH_QUERY_TOO_BROAD',
        limit: L.breadth,
        advice: 'Ask fewer fields or a smaller `first`, or split the query into several requests.',
      }),
    }),
    fanOutCostRule(table, maxFanOut(table)),
  ] as ValidationRule[];
}

/** graphql-js's message when the document has more tokens than `parseOptions.maxTokens`. */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] \d+ tokens/; // graphql 16 writes "more that"

/** The parser's token-limit error in the hub's shape (code, limit, advice), for the errors plugin. */
export function tokenLimitError(message: string): { message: string; extensions: Record<string, unknown> } | undefined {
  if (!TOO_MANY_TOKENS.test(message)) return undefined;
  return {
    message: `The query has more than ${QUERY_LIMITS.tokens} tokens, the limit. Split it into several requests.`,
    extensions: { code: 'RH_QUERY_TOO_LONG', rightsHub: { limit: QUERY_LIMITS.tokens } },
  };
}

/**
 * Apollo Server gives every validation error the code GRAPHQL_VALIDATION_FAILED; a query limit's own code
 * (RH_QUERY_TOO_DEEP, …) travels in extensions.rightsHub.code and is put back here.
 */
export function withLimitCode(error: GraphQLFormattedError): GraphQLFormattedError {
  const code = (error.extensions?.rightsHub as { code?: string } | undefined)?.code;
  return code ? { ...error, extensions: { ...error.extensions, code } } : error;
}
