import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contractTypesFile } from '../../scripts/contract-types.ts';

describe('the committed contract types (schema/generated/contract-types.ts)', () => {
  it('are what graphql-codegen makes of schema/contract.graphql today (run `npm run codegen` after a contract change)', async () => {
    const { path, text } = await contractTypesFile();
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('hold the contract types and their resolver types, nullable fields present and null rather than optional', async () => {
    const { text } = await contractTypesFile();
    expect(text).toMatch(/^export type Visit = \{$/m);
    expect(text).toMatch(/^export type HubRecordResolvers</m);
    expect(text).toContain("  sourceUrl: Maybe<Scalars['String']['output']>;");
    const visit = text.slice(text.indexOf('export type Visit = {'), text.indexOf('\n};', text.indexOf('export type Visit = {')));
    expect(visit).toContain('  remindersOn: Maybe<Array<');
    expect(visit).not.toContain('?:');
  });
});
