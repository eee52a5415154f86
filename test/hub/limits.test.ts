import { describe, expect, it } from 'vitest';
import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { depthLimitRule } from '../../gateway/limits.ts';

const schema = buildSchema('type Query { a: A } type A { a: A id: ID }');
const errorsOf = (query: string, max: number) => validate(schema, parse(query), [...specifiedRules, depthLimitRule(max)]).map((e) => e.message);

describe('the query depth limit', () => {
  it('refuses a query nested past the limit, naming its depth and the limit', () => {
    expect(errorsOf('{ a { a { a { id } } } }', 2)).toEqual(['Query is nested 3 levels deep; the limit is 2. Split it into several queries.']);
  });

  it('follows fragments into their depth', () => {
    expect(errorsOf('{ a { ...F } } fragment F on A { a { a { id } } }', 2)).toHaveLength(1);
    expect(errorsOf('{ a { id } }', 2)).toEqual([]);
  });

  it("lets GraphiQL's introspection query through", () => {
    expect(errorsOf(getIntrospectionQuery(), 2)).toEqual([]);
  });
});
