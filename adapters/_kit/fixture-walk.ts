import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * How an adapter's recorded fixtures are walked to their expected outputs (juriscraper's habit): each adapter's
 * walk.ts names the fixture files it reads, the expected file each reading is compared with, and how the adapter
 * reads them. test/adapters/expected-outputs.test.ts runs every adapter's walks over the fixture folders its sources
 * declare, and fails on a file under test/fixtures that no walk reads.
 */

export const FIXTURES_DIR = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

/** One reading of fixtures compared with one expected output. */
export interface Walk {
  /** The fixture files read (absolute paths). */
  inputs: string[];
  /** The expected output they are compared with (absolute path). */
  expected: string;
  /** What the adapter makes of them (or the error it throws). */
  output: () => unknown;
}

/** What an adapter folder's walk.ts exports as `WALKER`. */
export interface FixtureWalker {
  /** The walks of the fixture folders (names under test/fixtures) that the adapter's sources declare. */
  walks(folders: readonly string[]): Walk[];
  /** Files kept as independent checks (another scraper's parse of the same pages), read by the adapter's focused tests. */
  independent?: readonly string[];
}

/** A fixture file's path: fixturePath('achpr', 'decisions-page-0.html'). */
export const fixturePath = (folder: string, file: string) => join(FIXTURES_DIR, folder, file);

/** The fixture files under a folder of test/fixtures (recursively), expected outputs and the folder's README excluded, in name order. */
export function fixturesUnder(folder: string, name: RegExp = /./): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((f) => {
        const path = join(dir, f);
        if (statSync(path).isDirectory()) return walk(path);
        return name.test(f) && !f.endsWith('.expected.json') && f !== 'README.md' ? [path] : [];
      });
  return walk(join(FIXTURES_DIR, folder));
}

/** A fixture's path inside test/fixtures, as a stable label: 'achpr/decisions-page-0.html'. */
export const fixtureLabel = (path: string) => relative(FIXTURES_DIR, path);

export const fixtureText = (file: string) => readFileSync(file, 'utf8');

/** A parser of one fixture's text; `label` names the fixture (its URL in error messages). */
export type FixtureParser = (text: string, label: string) => unknown;

/** One walk per fixture file of these folders, each to `<file>.expected.json`, read by the parser its name calls for. */
export function eachFile(folders: readonly string[], parserOf: (file: string) => FixtureParser | null, name?: RegExp): Walk[] {
  return folders
    .flatMap((folder) => fixturesUnder(folder, name))
    .map((file) => {
      const parse = parserOf(basename(file));
      if (!parse) throw new Error(`no parser is named for the fixture ${fixtureLabel(file)}`);
      return { inputs: [file], expected: `${file}.expected.json`, output: () => parse(fixtureText(file), `fixture:${fixtureLabel(file)}`) };
    });
}
