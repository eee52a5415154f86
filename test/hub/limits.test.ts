import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { queryLimitRules, maxFanOut, QUERY_LIMITS } from '../../platform/limits.ts';
import { costOfList, type FanOutTable } from '../../platform/fan-out.ts';
import { DEFAULT_QUERY, EXAMPLE_TABS } from '../../gateway/default-query.ts';

/** The API the gateway serves, from the composed supergraph. */
const schema = buildSchema(
  printSchema(Supergraph.build(readFileSync(new URL('../../gateway/supergraph.graphql', import.meta.url), 'utf8')).apiSchema()),
);
const perKind = { recommendations: 2, visits: 2, decisions: 3, communications: 1, reviews: 2, records: 10 };
const table: FanOutTable = { UN: perKind, EUROPEAN: perKind, INTER_AMERICAN: perKind, AFRICAN: perKind };
const errorsOf = (query: string) =>
  validate(schema, parse(query), [...specifiedRules, ...queryLimitRules(table)]).map(
    (e) => ({ message: e.message, ...e.extensions }) as { message: string; code?: unknown; rightsHub?: unknown },
  );
const codesOf = (query: string) => errorsOf(query).map((e) => e.code);

describe('the query limits', () => {
  it("let GraphiQL's introspection query and the default query through", () => {
    expect(
      errorsOf(
        getIntrospectionQuery({
          descriptions: true,
          specifiedByUrl: true,
          directiveIsRepeatable: true,
          schemaDescription: true,
          inputValueDeprecation: true,
        }),
      ),
    ).toEqual([]);
    expect(errorsOf(DEFAULT_QUERY)).toEqual([]);
    for (const tab of EXAMPLE_TABS) expect(errorsOf(tab.query)).toEqual([]);
  });

  it('refuse a query nested past the depth limit, naming the limit and how to split it', () => {
    // __type is counted (only __schema, GraphiQL's introspection, is not): each `fields { type {` nests two levels.
    const nested = (pairs: number) => `{ __type(name: "Query") { ${'fields { type { '.repeat(pairs)} name ${'} } '.repeat(pairs)} } }`;
    expect(errorsOf(nested(2))).toEqual([]);
    const [error] = errorsOf(nested(QUERY_LIMITS.depth / 2));
    expect(error).toMatchObject({ code: 'RH_QUERY_TOO_DEEP', rightsHub: { code: 'RH_QUERY_TOO_DEEP', limit: QUERY_LIMITS.depth } });
    expect(error.message).toMatch(/Query depth limit of 12 exceeded, found \d+\. Split it/);
  });

  it('refuse too many aliases, one error with the code and the limit', () => {
    const aliased = `{ ${Array.from({ length: QUERY_LIMITS.aliases + 1 }, (_, i) => `a${i}: systems { name }`).join(' ')} }`;
    expect(errorsOf(aliased)).toEqual([
      expect.objectContaining({
        code: 'RH_QUERY_TOO_MANY_ALIASES',
        rightsHub: { code: 'RH_QUERY_TOO_MANY_ALIASES', limit: QUERY_LIMITS.aliases },
      }),
    ]);
  });

  it('refuse too many directives', () => {
    const directives = `{ systems { name ${'@include(if: true) '.repeat(QUERY_LIMITS.directives + 1)} } }`;
    expect(codesOf(directives)).toContain('RH_QUERY_TOO_MANY_DIRECTIVES');
  });

  it('cost each list its fan-out: systems × sources, times the countries it is asked for', () => {
    const budget = maxFanOut(table);
    expect(budget).toBe(QUERY_LIMITS.fanOutRecordsLists * costOfList(table, 'records'));
    expect(codesOf('{ a: records { totalCount } b: records { totalCount } }')).toEqual([]);
    const three = errorsOf('{ a: records { totalCount } b: records { totalCount } c: decisions { totalCount } }');
    expect(three).toEqual([
      expect.objectContaining({
        code: 'RH_QUERY_TOO_COSTLY',
        rightsHub: { code: 'RH_QUERY_TOO_COSTLY', limit: budget, cost: 2 * 40 + 12 },
      }),
    ]);
    expect(three[0].message).toMatch(/split the query into several requests/);
    expect(codesOf('{ countries { decisions { totalCount } } }')).toEqual(['RH_QUERY_TOO_COSTLY']);
    // Naming the systems narrows the fan-out: three lists of one system fit.
    expect(
      codesOf(
        '{ a: records(filter: { systems: [UN] }) { totalCount } b: records(filter: { systems: UN }) { totalCount } c: decisions { totalCount } }',
      ),
    ).toEqual([]);
  });

  it('cost the cross-system questions the lists they read: the matrix three recommendations lists, sameMatter decisions and communications', () => {
    const matrix = 3 * costOfList(table, 'recommendations');
    const records = costOfList(table, 'records');
    expect(codesOf('{ recommendationMatrix(country: "SVN") { recommendations } }')).toEqual([]);
    const refused = errorsOf(`{ a: records { totalCount } b: records { totalCount } recommendationMatrix(country: "SVN") { recommendations }
      sameMatter(input: { respondents: ["SVN"] }) { sources { ok } } }`);
    expect(refused[0]).toMatchObject({
      code: 'RH_QUERY_TOO_COSTLY',
      rightsHub: { cost: 2 * records + matrix + costOfList(table, 'decisions') + costOfList(table, 'communications') },
    });
  });

  it('cost related recommendations a recommendations list for each record of the page they are asked on', () => {
    const recommendations = costOfList(table, 'recommendations');
    const cost = (query: string) => (errorsOf(query)[0]?.rightsHub as { cost?: number } | undefined)?.cost;
    expect(codesOf('{ recommendations(first: 5) { nodes { related { score } } } }')).toEqual([]);
    expect(cost('{ recommendations(first: 50) { nodes { related { score } } } }')).toBe(recommendations + 50 * recommendations);
    expect(cost('{ records(first: 50) { nodes { ... on Recommendation { related { score } } } } }')).toBe(
      costOfList(table, 'records') + 50 * recommendations,
    );
  });

  it('follow fragments into their cost once each, however often they are spread', () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const started = performance.now();
    const codes = codesOf(`{ ...F0 }\n${fragments}\nfragment F${levels} on Query { decisions { totalCount } }`);
    expect(performance.now() - started).toBeLessThan(1_000); // 2^30 spreads if walked naively
    expect(codes).toContain('RH_QUERY_TOO_COSTLY');
  });
});
