import type { PlanNode, QueryPlan, SubscriptionNode } from '@apollo/query-planner';
import { UPSTREAM_CEILING } from '../platform/upstream-budget.ts';

/** The one subgraph that asks no source (it holds the reference data and builds the pages). */
const NO_SOURCES = 'registry';

/** The calls a plan makes to subgraphs that ask sources: each Fetch node runs once a request (entities are batched). */
export function sourceCallsOf(node: PlanNode | SubscriptionNode | undefined): number {
  if (!node) return 0;
  switch (node.kind) {
    case 'Fetch':
      return node.serviceName === NO_SOURCES ? 0 : 1;
    case 'Sequence':
    case 'Parallel':
      return node.nodes.reduce((sum, n) => sum + sourceCallsOf(n), 0);
    case 'Flatten':
      return sourceCallsOf(node.node);
    case 'Condition':
      return sourceCallsOf(node.ifClause) + sourceCallsOf(node.elseClause);
    case 'Defer':
      return sourceCallsOf(node.primary.node) + node.deferred.reduce((sum, d) => sum + sourceCallsOf(d.node), 0);
    case 'Subscription':
      return sourceCallsOf(node.primary) + sourceCallsOf(node.rest);
  }
}

/**
 * One client request's pool of upstream requests, shared by every subgraph call it makes: `used` is what answered
 * calls spent, `reserved` what calls in flight were granted, `callsLeft` the source calls its plans still expect.
 */
interface Pool {
  size: number;
  used: number;
  reserved: number;
  callsLeft: number;
}
/** Per client request, keyed by its context object. */
const pools = new WeakMap<object, Pool>();
/** Each subgraph call's grant, keyed by its request object, until its answer says what it used. */
const grants = new WeakMap<object, number>();

/**
 * Opens the request's pool (`size`, at most the ceiling) on its first plan; a further plan of the same request adds
 * its calls to the same pool, never a fresh ceiling.
 */
export function planUpstreamBudget(context: object, plan: QueryPlan, size: number = UPSTREAM_CEILING): void {
  const calls = sourceCallsOf(plan.node);
  const pool = pools.get(context);
  if (pool) pool.callsLeft += calls;
  else pools.set(context, { size: Math.min(size, UPSTREAM_CEILING), used: 0, reserved: 0, callsLeft: calls });
}

/**
 * What one call of this request may spend upstream, taken from the pool: an even share of what is neither used nor
 * reserved among the calls still to come, so calls in parallel together never pass the pool, and what an earlier call
 * did not use goes to the later ones. 0 for the registry and for a request without a pool.
 * pool 1000, 2 calls: the first is granted 500 and uses 3; the second is then granted 997.
 */
export function upstreamGrant(context: object, subgraph: string, call: object): number {
  const pool = pools.get(context);
  if (!pool || subgraph === NO_SOURCES) return 0;
  const free = pool.size - pool.used - pool.reserved;
  const share = Math.max(0, Math.floor(free / Math.max(1, pool.callsLeft)));
  pool.callsLeft = Math.max(0, pool.callsLeft - 1);
  pool.reserved += share;
  grants.set(call, share);
  return share;
}

/**
 * Settles a call: its reservation becomes what it reports it used (never more than its grant). A call that does not
 * report (a subgraph hosted elsewhere) is counted at its full grant; one that never answered keeps its reservation.
 */
export function recordUpstreamUse(context: object, call: object, reported: string | null): void {
  const pool = pools.get(context);
  const granted = grants.get(call);
  if (!pool || granted === undefined) return;
  grants.delete(call);
  const used = reported !== null && /^\d+$/.test(reported) ? Number(reported) : granted;
  pool.reserved -= granted;
  pool.used += Math.min(used, granted);
}

/** How many upstream requests this client request caused, as its subgraphs reported them. */
export function upstreamUsed(context: object): number | undefined {
  return pools.get(context)?.used;
}
