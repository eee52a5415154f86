import { readFileSync } from 'node:fs';
import type { ApolloServer, BaseContext } from '@apollo/server';
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
const PLANNING_ONLY = Symbol('rh.planningOnly');

/** Whether a request's context is that of an operation planned ahead (its subgraph calls are not made). */
export function isPlanningOnly(context: unknown): boolean {
  return typeof context === 'object' && context !== null && (context as Record<symbol, unknown>)[PLANNING_ONLY] === true;
}

/** The answer a subgraph call of an operation planned ahead gets instead of being made. */
export const NOT_ASKED: GatewayGraphQLResponse = { errors: [{ message: 'planned ahead: no subgraph is asked' }] } as GatewayGraphQLResponse;

/** The queries of a persisted-query manifest; a file that is not one is a configuration error naming what is wrong. */
export function readOperationsManifest(path: string): KnownOperation[] {
  let manifest: unknown;
  try {
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

/** Plans each operation through `server` (which must be started); one that does not validate is logged and left. */
export async function planAhead(server: ApolloServer<BaseContext>, operations: readonly KnownOperation[]): Promise<void> {
  if (operations.length === 0) return;
  const started = performance.now();
  for (const op of operations) {
    const answer = await server.executeOperation({ query: op.body, operationName: op.name }, { contextValue: { [PLANNING_ONLY]: true } });
    const errors = answer.body.kind === 'single' ? (answer.body.singleResult.errors ?? []) : [];
    const refused = errors.find((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || e.extensions?.code === 'GRAPHQL_PARSE_FAILED');
    if (refused)
      logger.warn({ operation: op.name ?? null, error: refused.message.slice(0, 200) }, 'an operation to plan ahead was refused');
  }
  logger.info({ operations: operations.length, ms: Math.round(performance.now() - started) }, 'operations planned ahead');
}
