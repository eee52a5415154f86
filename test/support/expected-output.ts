import { readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Checks a parser's whole output against `<fixture>.expected.json`, the file beside the fixture; with
 * UPDATE_EXPECTED=1 the file is rewritten from `actual` instead (review the diff before committing it).
 */
export function expectFixtureOutput(fixture: URL, actual: unknown): void {
  const file = new URL(`${fixture.href}.expected.json`);
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_EXPECTED === '1') writeFileSync(file, json);
  expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}
