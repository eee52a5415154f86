import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/*
 * Expected outputs beside the fixtures: `<fixture-file-name>.expected.json` holds what a parser makes of the fixture,
 * in full, reviewed and committed. A test compares the parser's output with it and fails on any difference; a
 * missing file is written and the test fails until it is reviewed; UPDATE_EXPECTED=1 rewrites them all.
 */

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The fixture files under a folder of test/fixtures (recursively), expected outputs excluded, in name order. */
export function fixturesUnder(folder: string, name: RegExp = /./): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((f) => {
        const path = join(dir, f);
        if (statSync(path).isDirectory()) return walk(path);
        return name.test(f) && !f.endsWith('.expected.json') ? [path] : [];
      });
  return walk(join(FIXTURES_DIR, folder));
}

/** A fixture's path inside test/fixtures, as a stable label: 'achpr/decisions-page-0.html'. */
export const fixtureLabel = (path: string) => relative(FIXTURES_DIR, path);

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
 * Compares `output` (as JSON) with `<fixture>.expected.json`; writes the file where it is missing (and fails) or
 * when UPDATE_EXPECTED=1 (and passes).
 */
export function expectExpectedOutput(fixture: string, output: unknown): void {
  expectOutputFile(`${fixture}.expected.json`, output);
}

/** The same check against an expected file named outright (the output of several fixtures read together, say). */
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

/** The same check for a fixture named by URL (new URL('../fixtures/x.json', import.meta.url)). */
export function expectFixtureOutput(fixture: URL, actual: unknown): void {
  expectExpectedOutput(fileURLToPath(fixture), actual);
}
