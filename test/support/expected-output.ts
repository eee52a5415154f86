import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { fixtureLabel } from '../../adapters/_kit/fixture-walk.ts';

/*
 * Expected outputs beside the fixtures: `<fixture-file-name>.expected.json` holds what a parser makes of the fixture,
 * in full, reviewed and committed. A test compares the parser's output with it and fails on any difference; a
 * missing file is written and the test fails until it is reviewed; UPDATE_EXPECTED=1 rewrites them all.
 */

/** What a parser answered: its output, or the error it threw (a fixture may record a page the parser must refuse). */
export async function outcomeOf(parse: () => unknown): Promise<unknown> {
  try {
    return await parse();
  } catch (err) {
    const e = err as Error & { code?: string };
    return { error: { code: e.code ?? e.name, message: e.message } };
  }
}

/**
 * Compares `output` (as JSON) with the expected file at `path`; writes the file where it is missing (and fails) or
 * when UPDATE_EXPECTED=1 (and passes).
 */
export function expectOutputFile(path: string, output: unknown): void {
  const actual: unknown = JSON.parse(JSON.stringify(output ?? null));
  if (process.env.UPDATE_EXPECTED === '1' || !existsSync(path)) {
    const missing = !existsSync(path);
    writeFileSync(path, `${JSON.stringify(actual, null, 1)}\n`);
    if (missing && process.env.UPDATE_EXPECTED !== '1')
      throw new Error(`${fixtureLabel(path)} was missing and has been written: review it, commit it, and run the test again`);
    return;
  }
  expect(actual, fixtureLabel(path)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}
