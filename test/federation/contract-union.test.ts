import { describe, expect, it } from 'vitest';
import { buildASTSchema, parse, type GraphQLObjectType, type GraphQLUnionType } from 'graphql';
import { CONTRACT_SDL } from '../../schema/index.ts';

/**
 * GraphQL refuses a query that asks two members of a union for same-named fields of different types
 * ("Fields "status" conflict because they return conflicting types…"), so every HubRecord member must give a
 * shared field name one type, nullability included, or `records` could not be asked for both at once.
 */
describe('the contract', () => {
  it('gives every field name one type across the members of HubRecord, so one records query can ask them all', () => {
    const schema = buildASTSchema(parse(`directive @shareable on OBJECT | FIELD_DEFINITION\n${CONTRACT_SDL}`));
    const members = (schema.getType('HubRecord') as GraphQLUnionType).getTypes() as GraphQLObjectType[];
    const typesByField = new Map<string, Set<string>>();
    for (const member of members)
      for (const [name, field] of Object.entries(member.getFields()))
        typesByField.set(name, (typesByField.get(name) ?? new Set()).add(String(field.type)));
    const conflicts = [...typesByField].filter(([, types]) => types.size > 1).map(([name, types]) => `${name}: ${[...types].join(' vs ')}`);
    expect(conflicts).toEqual([]);
  });
});
