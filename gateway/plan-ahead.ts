import { readFileSync, statSync } from 'node:fs';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { Kind, parse, print, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { InvalidConfigError } from '../adapters/_kit/errors.ts';
import { logger } from '../observability/logging.ts';

/**
 * Query plans made before the first request that needs them. Apollo's query planner takes 150–250 ms to plan a new
 * cross-system operation over this supergraph (bench/RESULTS.md, cold), as long as a slow source's answer takes to
 * arrive; an operation clients are known to send is planned at start instead, as Apollo Router pre-warms its plan
 * cache from a persisted-query manifest. The operations are read from HUB_PLAN_AHEAD, the path of a manifest in
 * Apollo's format (`{ "format": "apollo-persisted-query-manifest", "version": 1, "operations": [{ "id", "name",
 * "type", "body" }] }`, what @apollo/generate-persisted-query-manifest writes). Each is run through Apollo as a
 * request whose subgraph calls are refused in the gateway (HubDataSource): it is parsed, validated and planned, and
 * nothing is asked of a subgraph or a source.
 */

/**
 * One operation to plan: its text exactly as clients send it and its name, which clients send as operationName (as
 * Apollo Client does): the plan cache is keyed by the text's hash and the operationName a request carries.
 */
export interface KnownOperation {
  body: string;
  name?: string;
}

/** Operations a manifest may list: planning each costs start-up time (about 0.2 s). */
const MAX_OPERATIONS = 100;
/** The largest manifest read: 100 operations of a few KiB each, with room to spare. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const PLANNING_ONLY = Symbol('rh.planningOnly');
const PLANNED = Symbol('rh.planned');

/** Whether a request's context is that of an operation planned ahead (its subgraph calls are not made). */
export function isPlanningOnly(context: unknown): boolean {
  return typeof context === 'object' && context !== null && (context as Record<symbol, unknown>)[PLANNING_ONLY] === true;
}

/** Notes, from the gateway's didResolveQueryPlan, that an operation planned ahead got its plan. */
export function notePlanned(context: unknown): void {
  if (isPlanningOnly(context)) (context as Record<symbol, unknown>)[PLANNED] = true;
}

/** The answer a subgraph call of an operation planned ahead gets instead of being made. */
export const NOT_ASKED: GatewayGraphQLResponse = { errors: [{ message: 'planned ahead: no subgraph is asked' }] } as GatewayGraphQLResponse;

/** The queries of a persisted-query manifest; a file that is not one is a configuration error naming what is wrong. */
export function readOperationsManifest(path: string): KnownOperation[] {
  let manifest: unknown;
  try {
    const { size } = statSync(path);
    if (size > MAX_MANIFEST_BYTES) throw new Error(`${size} bytes, more than the ${MAX_MANIFEST_BYTES} read`);
    manifest = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InvalidConfigError(`HUB_PLAN_AHEAD: ${path} is not a readable JSON file (${(err as Error).message.slice(0, 120)})`);
  }
  const { format, operations } = (manifest ?? {}) as { format?: unknown; operations?: unknown };
  if (format !== 'apollo-persisted-query-manifest' || !Array.isArray(operations))
    throw new InvalidConfigError(`HUB_PLAN_AHEAD: ${path} is not an Apollo persisted-query manifest (format, operations)`);
  if (operations.length > MAX_OPERATIONS)
    throw new InvalidConfigError(
      `HUB_PLAN_AHEAD: ${path} lists ${operations.length} operations; at most ${MAX_OPERATIONS} are planned ahead`,
    );
  return operations.flatMap((op: unknown, i): KnownOperation[] => {
    const { body, name, type } = (op ?? {}) as { body?: unknown; name?: unknown; type?: unknown };
    if (typeof body !== 'string' || (name !== undefined && typeof name !== 'string'))
      throw new InvalidConfigError(`HUB_PLAN_AHEAD: operation ${i} of ${path} has no text (body) or a name that is not text`);
    return type === undefined || type === 'query' ? [{ body, ...(name ? { name } : {}) }] : [];
  });
}

/** The operations HUB_PLAN_AHEAD names (none when it is unset). */
export function operationsToPlanFromEnv(env: NodeJS.ProcessEnv): KnownOperation[] {
  return env.HUB_PLAN_AHEAD ? readOperationsManifest(env.HUB_PLAN_AHEAD) : [];
}

/**
 * Plans each operation through `server` (which must be started), with a placeholder for each variable it requires
 * (Apollo checks variables before it plans; a plan does not depend on their values). One that is not planned (it does
 * not validate, or a variable's type takes no placeholder) is logged and left to be planned at its first request.
 */
export async function planAhead(
  server: ApolloServer<BaseContext>,
  schema: GraphQLSchema,
  operations: readonly KnownOperation[],
): Promise<void> {
  if (operations.length === 0) return;
  const started = performance.now();
  let planned = 0;
  for (const op of operations) {
    const contextValue: Record<symbol, unknown> = { [PLANNING_ONLY]: true };
    const variables = placeholderVariables(op, schema);
    const answer = await server.executeOperation({ query: op.body, operationName: op.name, variables }, { contextValue });
    if (contextValue[PLANNED]) planned += 1;
    else {
      const errors = answer.body.kind === 'single' ? (answer.body.singleResult.errors ?? []) : [];
      logger.warn(
        { operation: op.name ?? null, error: errors[0]?.message.slice(0, 200) ?? null },
        'an operation to plan ahead was not planned',
      );
    }
  }
  logger.info({ operations: operations.length, planned, ms: Math.round(performance.now() - started) }, 'operations planned ahead');
}

/** A placeholder value for each variable the operation requires and gives no default ({} for an operation that does not parse). */
function placeholderVariables(op: KnownOperation, schema: GraphQLSchema): Record<string, unknown> {
  let operation: OperationDefinitionNode | undefined;
  try {
    operation = parse(op.body).definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!op.name || d.name?.value === op.name),
    );
  } catch {
    return {}; // Apollo says what is wrong with it
  }
  const variables: Record<string, unknown> = {};
  for (const v of operation?.variableDefinitions ?? [])
    if (v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue) variables[v.variable.name.value] = placeholderOf(print(v.type), schema, 0);
  return variables;
}

/** Built-in scalars' placeholders; another scalar gets '' (a custom scalar that refuses it leaves its operation unplanned). */
const SCALAR_PLACEHOLDERS: Record<string, unknown> = { Int: 0, Float: 0, Boolean: false, ID: '0', String: '' };

/**
 * A value coercion accepts for a type written as in SDL ('[ID!]!', 'RecordFilter'): an empty list, an enum's first
 * value, an input object's required fields. Read through the schema's own methods, by name: the gateway's schema is
 * built by @apollo/gateway's copy of graphql-js, whose types this module's copy cannot tell apart (instanceof).
 */
function placeholderOf(typeName: string, schema: GraphQLSchema, depth: number): unknown {
  const nullable = typeName.replace(/!$/, '');
  if (nullable.startsWith('[')) return [];
  const type = schema.getType(nullable) as unknown as {
    getValues?: () => { name: string }[];
    getFields?: () => Record<string, { name: string; type: unknown; defaultValue?: unknown }>;
  } | null;
  if (type?.getValues) return type.getValues()[0]?.name;
  if (type?.getFields)
    return depth > 8
      ? {}
      : Object.fromEntries(
          Object.values(type.getFields())
            .filter((f) => String(f.type).endsWith('!') && f.defaultValue === undefined)
            .map((f) => [f.name, placeholderOf(String(f.type), schema, depth + 1)]),
        );
  return SCALAR_PLACEHOLDERS[nullable] ?? '';
}
