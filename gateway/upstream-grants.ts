import type { PlanNode, QueryPlan, SubscriptionNode } from '@apollo/query-planner';
import { UPSTREAM_CEILING } from '../platform/upstream-budget.ts';

/** The one subgraph that asks no source (it holds the reference data and builds the pages). */
const NO_SOURCES = 'registry';

/** The calls a plan makes to subgraphs that ask sources: each Fetch node runs once a request (entities are batched). */
export function sourceCallsOf(node: PlanNode | SubscriptionNode | undefined): number {
  if (!node) return 0;
  switch (node.kind) {
    case 'Fetch': return node.serviceName === NO_SOURCES ? 0 : 1;
    case 'Sequence': case 'Parallel': return node.nodes.reduce((sum, n) => sum + sourceCallsOf(n), 0);
    case 'Flatten': return sourceCallsOf(node.node);
    case 'Condition': return sourceCallsOf(node.ifClause) + sourceCallsOf(node.elseClause);
    case 'Defer': return sourceCallsOf(node.primary.node) + node.deferred.reduce((sum, d) => sum + sourceCallsOf(d.node), 0);
    case 'Subscription': return sourceCallsOf(node.primary) + sourceCallsOf(node.rest);
  }
}

interface Ledger { perCall: number; used: number }
/** Per client request (keyed by its context object): each source subgraph call's share of the ceiling, and what was used. */
const ledgers = new WeakMap<object, Ledger>();

/** Splits the ceiling evenly between the plan's calls to source subgraphs, so their sum never exceeds it. */
export function planUpstreamBudget(context: object, plan: QueryPlan): void {
  ledgers.set(context, { perCall: Math.floor(UPSTREAM_CEILING / Math.max(1, sourceCallsOf(plan.node))), used: 0 });
}

/** What one call of this request may spend upstream; 0 for the registry. */
export function upstreamGrant(context: object, subgraph: string): number {
  if (subgraph === NO_SOURCES) return 0;
  return ledgers.get(context)?.perCall ?? 0;
}

/** Adds what a call reports it used; a subgraph that does not report (hosted elsewhere) is counted at its full grant. */
export function recordUpstreamUse(context: object, subgraph: string, reported: string | null): void {
  const ledger = ledgers.get(context);
  if (!ledger || subgraph === NO_SOURCES) return;
  const used = reported !== null && /^\d+$/.test(reported) ? Number(reported) : ledger.perCall;
  ledger.used += Math.min(used, ledger.perCall);
}

/** How many upstream requests this client request caused, as its subgraphs reported them. */
export function upstreamUsed(context: object): number | undefined {
  return ledgers.get(context)?.used;
}
