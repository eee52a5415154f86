import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Checks a parser's whole output against the expected-output file beside its fixture (`<fixture>.expected.json`);
 * with UPDATE_EXPECTED=1 the file is rewritten instead (review the diff before committing it).
 */
export function expectExpected(file: URL, actual: unknown): void {
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_EXPECTED === '1') {
    writeFileSync(file, json);
    return;
  }
  if (!existsSync(file)) throw new Error(`${file.pathname} is missing: run the test with UPDATE_EXPECTED=1 to write it`);
  expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}
