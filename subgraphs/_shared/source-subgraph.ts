import { existsSync, readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { CONTRACT_SDL, FEDERATION_LINK, sourcePartsSdl } from '../../schema/index.ts';
import { decodeScope, ScopeRefusedError } from '../../schema/scope.ts';
import { RECORD_KINDS, partTypeName, HUB_RECORD_RESOLVERS, type SystemEntry } from '../../schema/systems.ts';
import type { RecordKind, Slice, SourceStatus } from '../../schema/types.ts';
import { perRequestFetcher } from '../../adapters/_kit/fetcher.ts';
import type { ContractSource, RequestAccess } from './contract-source.ts';
import { ANONYMOUS, type Caller } from '../../access/caller.ts';
import type { SourceRuntime } from './runtime.ts';
import { readSlice, type SliceOptions } from './system-slice.ts';
import { focalPointSdl } from './focal-points.ts';
import { statusOf } from './source-status.ts';
import { budgetedFetcher, budgetedHttp, UpstreamBudget, UPSTREAM_CEILING } from '../../platform/upstream-budget.ts';
import { AnswerFreshness, freshnessNoted } from './answer-freshness.ts';

export interface SourceSubgraphContext {
  fetcher: ReturnType<typeof perRequestFetcher>;
  http: SourceRuntime['http'];
  /** What this call may still ask upstream, and how much it has. */
  upstream: UpstreamBudget;
  /** The caller this subgraph verified (anonymous without a valid credential), and what restricted records it was shown. */
  access: RequestAccess;
  /** How long this call's answer may be cached: its cache hint. */
  freshness: AnswerFreshness;
}

/** A source as /health shows it: its newest status and when it was seen, or 'not asked yet'. */
export interface SourceHealth {
  source: string;
  system: SourceStatus['system'];
  state: 'ok' | 'stale' | 'failing' | 'not asked yet';
  at: string | null;
  last: SourceStatus | null;
}

export interface SourceSubgraph {
  name: string;
  typeDefs: DocumentNode;
  schema: GraphQLSchema;
  /** Each source's state from its newest answer, for /health. */
  sourceHealth(): SourceHealth[];
  /**
   * A fresh context per request: the DataLoader-backed fetcher memoises upstream pages for that request only, and
   * counts the distinct ones against the call's upstream budget (default: the ceiling); access is the caller's (default anonymous).
   */
  context(upstreamBudget?: number, caller?: Caller): SourceSubgraphContext;
}

/** Said when a system has no source of a list yet: its empty list is the honest answer, not a failure. */
function noSourceStatus(entry: SystemEntry, kind: RecordKind): SourceStatus {
  return statusOf(entry.system, entry.subgraph, { total: 0, warnings: [`The ${entry.label} subgraph has no source of ${kind} yet.`] });
}

/**
 * What a system adds to its subgraph beyond the shared parts: its own hand-written SDL in subgraphs/<system>/own.graphql
 * (e.g. a field on Country that only its sources can answer), part of the whole SDL `npm run compose` writes to its schema.graphql.
 */
function ownSdlOf(subgraph: string): string {
  const file = new URL(`../${subgraph}/own.graphql`, import.meta.url);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** A system subgraph's SDL: pure, so composition can read it without starting anything. */
export function sourceSubgraphTypeDefs(entry: SystemEntry): DocumentNode {
  return parse([FEDERATION_LINK, CONTRACT_SDL, sourcePartsSdl(entry), focalPointSdl(entry), ownSdlOf(entry.subgraph)].join('\n\n'));
}

/**
 * A system's subgraph: the shared contract plus one part type per record list, each resolved from its
 * scope by reading the system's sources. It stores nothing and calls no other system.
 */
export function buildSourceSubgraph(
  entry: SystemEntry,
  sources: readonly ContractSource[],
  runtime: SourceRuntime,
  options: SliceOptions = {},
  /** Resolvers of the system's own SDL (ownSdlOf), each given the per-request context. */
  extensionResolvers: Record<string, object> = {},
): SourceSubgraph {
  const typeDefs = sourceSubgraphTypeDefs(entry);
  const latest = new Map<string, { status: SourceStatus; at: string }>();

  const resolvePart =
    (kind: RecordKind) =>
    async ({ scope }: { scope: string }, ctx: SourceSubgraphContext) => {
      const slice = await sliceFor(kind, scope, ctx);
      if (slice.sources.some((s) => !s.ok || s.stale)) ctx.freshness.refuse();
      if (slice.sources.length === 0) slice.sources.push(noSourceStatus(entry, kind));
      for (const status of slice.sources) latest.set(status.source, { status, at: new Date().toISOString() });
      return { scope, ...slice };
    };

  async function sliceFor(kind: RecordKind, scope: string, ctx: SourceSubgraphContext): Promise<Slice<unknown>> {
    let query;
    try {
      query = scopeFor(kind, scope);
    } catch (err) {
      if (!(err instanceof ScopeRefusedError)) throw err;
      const message = `Refused this part's scope: ${err.message}. Scopes are made and signed by the hub's registry; nothing was fetched.`;
      return {
        items: [],
        total: null,
        sources: [statusOf(entry.system, entry.subgraph, { ok: false, code: 'RH_SUBGRAPH_BAD_SCOPE', message })],
      };
    }
    return readSlice(kind, sources, query, ctx, options);
  }

  /** The verified scope of this system's part of this list (a scope signed for another part is refused too). */
  function scopeFor(kind: RecordKind, scope: string) {
    const query = decodeScope(scope, runtime.tokens);
    if (query.system !== entry.system || query.kind !== kind)
      throw new ScopeRefusedError(`it was made for another part (${query.system} ${query.kind}), not ${partTypeName(entry, kind)}`);
    return query;
  }

  const resolvers = {
    ...Object.fromEntries(RECORD_KINDS.map((kind) => [partTypeName(entry, kind), { __resolveReference: resolvePart(kind) }])),
    HubRecord: HUB_RECORD_RESOLVERS,
    ...extensionResolvers,
  };
  return {
    name: entry.subgraph,
    typeDefs,
    schema: buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }),
    sourceHealth: () =>
      sources.map((s) => {
        const seen = latest.get(s.name);
        const state = !seen ? 'not asked yet' : !seen.status.ok ? 'failing' : seen.status.stale ? 'stale' : 'ok';
        return { source: s.name, system: s.system, state, at: seen?.at ?? null, last: seen?.status ?? null };
      }),
    context: (upstreamBudget = UPSTREAM_CEILING, caller = ANONYMOUS) => {
      const upstream = new UpstreamBudget(upstreamBudget);
      const access = { caller, shown: new Set<string>() };
      const freshness = new AnswerFreshness();
      const fetcher = perRequestFetcher(freshnessNoted(budgetedFetcher(runtime.fetcher, upstream), freshness));
      return { fetcher, http: budgetedHttp(runtime.http, upstream), upstream, access, freshness };
    },
  };
}
