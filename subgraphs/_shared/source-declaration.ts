import type { System } from '../../schema/types.ts';
import { urlVariable } from '../../schema/url-variable.ts';
import type { ReplayHandler, ReplayOptions } from '../../adapters/_kit/replay-types.ts';
import type { ContractSource } from './contract-source.ts';
import type { SourceCheck } from '../../adapters/_kit/source-check.ts';

/**
 * One source, described once: everything the hub derives about it (its system's source list, the live drift checks,
 * the replay mounts and environment, the README's sources table) is read from here. A source is added by writing one
 * declaration in its system's sources/ folder: `npm run compose` lists it in subgraphs/<system>/sources.ts.
 */
export interface SourceDeclaration {
  /**
   * The hub's name for the source: its statuses' `source`, its replay mount, its RH_<NAME>_URL. A declaration that
   * builds several sources (one per template or listing) names each `<name>-…` (ihrda → ihrda-ecowas, ihrda-eacj, …).
   */
  name: string;
  system: System;
  /** The live base URL, used unless RH_<NAME>_URL (or the site's, with `site`) gives another. */
  defaultUrl: string;
  /** Another declaration whose site this source reads: its base URL variable and its replay mount (the Court's advisory opinions read the Court's site). */
  site?: SourceDeclaration;
  /** Its readers, configured from the environment (baseUrlOf(this, env) and any setting of its own). */
  sources(env: NodeJS.ProcessEnv): ContractSource[];
  /**
   * What it needs ready before its first query, awaited where its subgraph starts (prepareSources): a mechanism's
   * embedded database takes seconds to open, which a first query must not wait for.
   */
  prepare?(env: NodeJS.ProcessEnv): Promise<void>;
  /** Resolvers of its system's own SDL it answers (subgraphs/<system>/own.graphql), if any. */
  resolvers?(env: NodeJS.ProcessEnv): Record<string, object>;
  /**
   * Its live drift checks against `defaultUrl` (npm run sources:check; never in CI), written in its adapter's folder
   * (adapters/<format>/check.ts): this only calls them with what the declaration knows (its name, default URL or
   * config, and `now`, which picks a complete period where it matters):
   * checks: () => [africanCourtCheck(AFRICAN_COURT_DEFAULTS, AFRICAN_COURT.name)]
   */
  checks(now: Date): SourceCheck[];
  /** Its recorded stand-in on the replay server, mounted as `name` (required unless `site` is given), and settings the replay needs. */
  replay?: { mount(options: ReplayOptions): ReplayHandler; settings?: Record<string, string> };
  /** The folders of test/fixtures it replays and is tested from (described in test/fixtures/README.md). */
  fixtures: readonly string[];
  /**
   * Set for a mechanism's own database (no website): it has no live drift check (its subgraph is checked with
   * npm run subgraph:check) and its `readme.adapter` is its folder under subgraphs/.
   */
  ownDatabase?: true;
  /** Its row in the README's sources table (npm run docs:sources). */
  readme: { source: string; adapter: string; reads: string };
}

/** The variable of a declaration's base URL (its site's, with `site`): urlVariableOf(AFRICAN_COURT) === 'RH_AFRICAN_COURT_URL'. */
export function urlVariableOf(d: SourceDeclaration): string {
  return urlVariable((d.site ?? d).name);
}

/** The base URL the environment gives a declaration, else its default. */
export function baseUrlOf(d: SourceDeclaration, env: NodeJS.ProcessEnv): string {
  return env[urlVariableOf(d)] || (d.site ?? d).defaultUrl;
}

/** The contract sources of these declarations under this environment, in declaration order. */
export function sourcesOf(declarations: readonly SourceDeclaration[], env: NodeJS.ProcessEnv): ContractSource[] {
  return declarations.flatMap((d) => d.sources(env));
}

/** Their live drift checks, in declaration order. */
export function checksOf(declarations: readonly SourceDeclaration[], now = new Date()): SourceCheck[] {
  return declarations.flatMap((d) => d.checks(now));
}

/** The resolvers their system's own SDL gets from them, merged type by type (undefined when none answers any). */
export function resolversOf(declarations: readonly SourceDeclaration[], env: NodeJS.ProcessEnv): Record<string, object> | undefined {
  const parts = declarations.flatMap((d) => (d.resolvers ? [d.resolvers(env)] : []));
  if (parts.length === 0) return undefined;
  const merged: Record<string, object> = {};
  for (const part of parts) for (const [type, fields] of Object.entries(part)) merged[type] = { ...merged[type], ...fields };
  return merged;
}
