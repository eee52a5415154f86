/*
 * The subgraph kit for a mechanism that serves its own database: it writes readers over its own tables, the kit
 * gives the rest — the contract SDL and its system's part types (Federation 2, every @key resolvable), the part
 * scopes the hub's registry signs (verified, bounds checked), per-source status (a failing reader is a status,
 * never an error), the hub's order and paging across its lists, the filters its SQL does not apply (text, themes,
 * status, kind: applied to what it returns), the query limits and the HTTP surface of every hub subgraph.
 *
 *   const subgraph = createMechanismSubgraph({ mechanism: 'coe-cpt', source: 'cpt-database', readers: { visits } });
 *   await serveMechanismSubgraph(subgraph, { port: 4110 });
 *
 * See subgraphs/council-of-europe/cpt-database/ for a whole example, and `npm run subgraph:check -- <url>`.
 */
import type { AccessLevel } from '../../schema/access-level.ts';
import { mechanismRefOf } from '../../schema/reference/mechanisms.ts';
import { systemEntry, LIST_KINDS } from '../../schema/systems.ts';
import type { HubRecord, ListKind, RecordOf, UndatedRecords } from '../../schema/types.ts';
import { SourceError, SourceUnreachableError } from '../../adapters/_kit/errors.ts';
import { filtersApplied, type ContractQuery, type ContractSource, type Reader, type SourceContext } from '../_shared/contract-source.ts';
import { createSourceRuntime, runtimeHealth, type SourceRuntime } from '../_shared/runtime.ts';
import { buildSourceSubgraph, type SourceSubgraph } from '../_shared/source-subgraph.ts';
import { serveSubgraph, type ServedSubgraph } from '../_shared/serve.ts';
import type { SliceOptions } from '../_shared/system-slice.ts';

/**
 * What a reader over the mechanism's tables is asked: the States (ISO alpha-3; none = all), the date range (inclusive,
 * on the list's sort date: see schema/merge.ts sortDateOf) and what it does with undated rows, and one window of the
 * rows in the hub's order — sort date descending, undated last, then id ascending (in SQL: ORDER BY sort_date DESC
 * NULLS LAST, id COLLATE "C"). `limit` null means every row.
 */
export interface TableQuery {
  countries: string[];
  from: string | null;
  to: string | null;
  /** INCLUDE: undated rows too (sorted last); EXCLUDE: not when a bound is set; ONLY: only them. */
  undated: UndatedRecords;
  offset: number;
  limit: number | null;
}

/** A reader's answer: the window's rows as contract records, how many rows the query matches (null if unknown), warnings. */
export interface TablePage<T> {
  rows: T[];
  total: number | null;
  warnings?: string[];
}

export type TableReader<T> = (q: TableQuery, ctx: SourceContext) => Promise<TablePage<T>>;

/** The mechanism's readers, one per list it holds (Visit, Decision, …): the lists it does not hold stay empty. */
export type MechanismReaders = { [K in ListKind]?: TableReader<RecordOf[K]> };

/**
 * The owner's rule for a record's level (schema/access-level.ts), given the record as its reader made it (with the level
 * of its own column, if any, in `access`). Default: that level, else PUBLIC. The kit sets it on every record; who sees
 * what is enforced by the access layer, not here.
 */
export type AccessPolicy = (record: HubRecord) => AccessLevel;

export interface MechanismSourceOptions {
  /** The mechanism's id in the hub (schema/reference/mechanisms.ts), e.g. coe-cpt: it names the system too. */
  mechanism: string;
  /** The source's name in `sources` and provenance. Default `<mechanism>-database`. */
  source?: string;
  readers: MechanismReaders;
  accessPolicy?: AccessPolicy;
}

const ownLevel: AccessPolicy = (record) => record.access ?? 'PUBLIC';

/** A window as large as the hub ever asks is "every row" to a reader. */
const ALL_ROWS = 1_000_000_000;

function tableQueryOf(q: ContractQuery): TableQuery {
  return {
    countries: q.countries,
    from: q.from,
    to: q.to,
    undated: q.undated ?? 'EXCLUDE',
    offset: q.offset,
    limit: q.limit >= ALL_ROWS ? null : q.limit,
  };
}

/** A reader's failure as the source status says it: a typed source error as it is, anything else (the database's own error) without its details. */
function sourceErrorOf(err: unknown, source: string): SourceError {
  if (err instanceof SourceError) return err;
  return new SourceUnreachableError(`${source}: the mechanism's database could not be read`, source, { cause: err });
}

function contractReader<T extends HubRecord>(source: string, read: TableReader<T>, policy: AccessPolicy): Reader<T> {
  return async (q, ctx) => {
    let page: TablePage<T>;
    try {
      page = await read(tableQueryOf(q), ctx);
    } catch (err) {
      throw sourceErrorOf(err, source);
    }
    return { rows: page.rows.map((r) => ({ ...r, access: policy(r) })), total: page.total, fetched: [], warnings: page.warnings ?? [] };
  };
}

/** The mechanism's tables as one source of its system's subgraph (also usable beside the system's other sources). */
export function mechanismSource(options: MechanismSourceOptions): ContractSource {
  const mechanism = mechanismRefOf(options.mechanism);
  const name = options.source ?? `${options.mechanism}-database`;
  const policy = options.accessPolicy ?? ownLevel;
  const readers = Object.fromEntries(
    LIST_KINDS.filter((k) => options.readers[k]).map((k) => [
      k,
      contractReader(name, options.readers[k] as TableReader<HubRecord>, policy),
    ]),
  );
  // Its records carry the level its owner gives them: the slice filters them for the caller before counting and paging.
  return {
    name,
    system: mechanism.system,
    mechanisms: [mechanism.id],
    canFilterBy: filtersApplied(),
    recordsCarryAccess: true,
    ...readers,
  };
}

export interface MechanismSubgraphOptions extends MechanismSourceOptions {
  /** The process's runtime; default one made with `scopeKey`. */
  runtime?: SourceRuntime;
  /** RH_SCOPE_KEY, the hub's key the registry signs part scopes with; required when run apart from the hub. */
  scopeKey?: string;
  slice?: SliceOptions;
}

export interface MechanismSubgraph extends SourceSubgraph {
  source: ContractSource;
  runtime: SourceRuntime;
}

/** The mechanism's own subgraph: its system's part types (CoeVisitPart …), answered from its readers alone. */
export function createMechanismSubgraph(options: MechanismSubgraphOptions): MechanismSubgraph {
  const source = mechanismSource(options);
  const runtime = options.runtime ?? createSourceRuntime({ scopeKey: options.scopeKey });
  const subgraph = buildSourceSubgraph(systemEntry(source.system), [source], runtime, options.slice);
  return { ...subgraph, source, runtime };
}

/** Serves it as every hub subgraph is served: /graphql, /health, /livez, /readyz, /metrics, the subgraph limits. */
export function serveMechanismSubgraph(subgraph: MechanismSubgraph, at: { port?: number; host?: string } = {}): Promise<ServedSubgraph> {
  return serveSubgraph({
    name: subgraph.name,
    schema: subgraph.schema,
    context: subgraph.context,
    makesSourceStatuses: true,
    ...at,
    health: () => ({ sources: subgraph.sourceHealth(), stores: runtimeHealth(subgraph.runtime) }),
  });
}
