import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLType,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { LIST_KINDS, RECORD_KINDS, SYSTEMS } from '../schema/systems.ts';
import { ISO_COUNTRIES } from '../schema/reference/countries.ts';
import type { ListKind, RecordKind, System } from '../schema/types.ts';

/** What the table needs of a source: which lists it has a reader for (a ContractSource is one). */
export type SourceReaders = Partial<Record<ListKind, unknown>>;
import { MATRIX_WINDOWS } from '../schema/filter.ts';

/** How many source readers one list of each kind asks in each system: table.UN.records === 9. */
export type FanOutTable = Record<System, Record<RecordKind, number>>;

/** The table from each system's configured sources: a list asks every reader of its kind; `records` asks all of them. */
export function fanOutTable(sourcesOf: (system: System) => readonly SourceReaders[]): FanOutTable {
  return Object.fromEntries(
    SYSTEMS.map(({ system }) => {
      const sources = sourcesOf(system);
      const perKind = Object.fromEntries(LIST_KINDS.map((kind) => [kind, sources.filter((s) => s[kind]).length]));
      const records = LIST_KINDS.reduce((sum, kind) => sum + perKind[kind], 0);
      return [system, { ...perKind, records }];
    }),
  ) as FanOutTable;
}

/** The fan-out of one list asking every system: costOfList(table, 'records') is what one `records` page costs at most. */
export function costOfList(table: FanOutTable, kind: RecordKind, systems: readonly System[] = SYSTEMS.map((s) => s.system)): number {
  return systems.reduce((sum, system) => sum + (table[system]?.[kind] ?? 0), 0);
}

/** Fields that return many Countries, each with its own lists: the list cost is multiplied by their number. */
const COUNTRY_LISTS = new Set(['Query.countries']);
const LIST_PARENTS = new Set(['Query', 'Country']);
/** The cross-system questions (subgraphs/registry/question.ts) and the lists each reads in every system it asks. */
const QUESTION_LISTS: Readonly<Record<string, readonly RecordKind[]>> = {
  'Query.sameMatter': ['decisions', 'communications'],
  'Query.visitForecast': ['visits', 'visits', 'reviews'],
  'Query.recommendationMatrix': Array.from({ length: MATRIX_WINDOWS }, () => 'recommendations' as const),
  // Asked once per recommendation of the page it is on: the page's `first` multiplies it.
  'Recommendation.related': ['recommendations'],
};

/** How many records a list field returns at most: its literal `first`, its default when absent, 100 for a variable. */
function firstOf(arg: ValueNode | undefined, byDefault = 20): number {
  if (!arg) return byDefault;
  return arg.kind === Kind.INT ? Math.max(1, Math.min(100, Number(arg.value))) : 100;
}
const KINDS = new Set<string>(RECORD_KINDS);

/*
 * Apollo Server loads graphql's CommonJS build and this module may get its ES build: the schema's types then fail
 * graphql's instanceof checks (isObjectType, getNamedType), so the two helpers below look at the shape instead.
 */
function fieldOf(type: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  return type && 'getFields' in type ? (type.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name] : undefined;
}
function namedTypeOf(type: GraphQLType): GraphQLNamedType {
  let t = type as GraphQLType & { ofType?: GraphQLType };
  while (t.ofType) t = t.ofType as GraphQLType & { ofType?: GraphQLType };
  return t as GraphQLNamedType;
}

/** The systems a list's literal `filter: { systems: [...] }` names; undefined (every system) when absent or a variable. */
function systemsAsked(filter: ValueNode | undefined): System[] | undefined {
  if (filter?.kind !== Kind.OBJECT) return undefined;
  const systems = filter.fields.find((f) => f.name.value === 'systems')?.value;
  if (systems?.kind === Kind.ENUM) return [systems.value as System];
  if (systems?.kind !== Kind.LIST || systems.values.some((v) => v.kind !== Kind.ENUM)) return undefined;
  return systems.values.map((v) => (v as { value: System }).value);
}

/**
 * One budget per request for what the query makes the hub ask the mechanisms: each cross-system list costs its
 * fan-out (the source readers of its kind in the systems it asks), times the countries it is asked for
 * (`countries { records }` asks one list per State). graphql-armor's cost rule weighs fields and `first`, not
 * which sources a field reaches, so this rule is the hub's own. It is linear in the query's size: each
 * fragment's cost is computed once and reused at every spread (the old depth rule re-walked them, exponentially).
 */
export function fanOutCostRule(table: FanOutTable, maxCost: number) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragmentCosts = new Map<string, number>();

    const costOfSet = (set: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined): number => {
      if (!set) return 0;
      let cost = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const field = fieldOf(parent, selection.name.value);
          if (!field || !parent) continue;
          const key = `${parent.name}.${selection.name.value}`;
          if (LIST_PARENTS.has(parent.name) && KINDS.has(selection.name.value)) {
            const filter = selection.arguments?.find((a) => a.name.value === 'filter')?.value;
            cost += costOfList(table, selection.name.value as RecordKind, systemsAsked(filter));
            // A list within its records (Recommendation.related) is asked once per record.
            const first = firstOf(selection.arguments?.find((a) => a.name.value === 'first')?.value);
            cost += first * costOfSet(selection.selectionSet, namedTypeOf(field.type));
            continue;
          }
          if (QUESTION_LISTS[key]) {
            const filter = selection.arguments?.find((a) => a.name.value === 'filter')?.value;
            cost += QUESTION_LISTS[key].reduce((sum, kind) => sum + costOfList(table, kind, systemsAsked(filter)), 0);
            // Related recommendations may ask for theirs in turn, once each (related's first defaults to 5).
            const answers =
              key === 'Recommendation.related' ? firstOf(selection.arguments?.find((a) => a.name.value === 'first')?.value, 5) : 1;
            cost += answers * costOfSet(selection.selectionSet, namedTypeOf(field.type));
            continue;
          }
          const inner = costOfSet(selection.selectionSet, namedTypeOf(field.type));
          cost += COUNTRY_LISTS.has(key) ? inner * ISO_COUNTRIES.length : inner;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          cost += costOfSet(selection.selectionSet, type ?? undefined);
        } else {
          cost += costOfFragment(selection.name.value);
        }
      }
      return cost;
    };

    const costOfFragment = (name: string): number => {
      const known = fragmentCosts.get(name);
      if (known !== undefined) return known;
      fragmentCosts.set(name, 0); // a cycle (refused by graphql's own rule) adds nothing
      const fragment = context.getFragment(name);
      const cost = fragment ? costOfSet(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined) : 0;
      fragmentCosts.set(name, cost);
      return cost;
    };

    return {
      OperationDefinition(node) {
        const root = node.operation === 'query' ? schema.getQueryType() : undefined;
        const cost = costOfSet(node.selectionSet, root ?? undefined);
        if (cost > maxCost)
          context.reportError(
            new GraphQLError(
              `This query would ask the mechanisms' sources ${cost} times (each list costs the sources it reaches: systems × sources, ` +
                `times the countries it is asked for); the budget is ${maxCost} a request. Ask fewer lists, name filter.systems, ` +
                'or split the query into several requests.',
              {
                nodes: [node],
                extensions: { code: 'RH_QUERY_TOO_COSTLY', rightsHub: { code: 'RH_QUERY_TOO_COSTLY', limit: maxCost, cost } },
              },
            ),
          );
      },
    };
  };
}
