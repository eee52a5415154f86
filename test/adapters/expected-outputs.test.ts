import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { FIXTURES_README, fixturesReadme } from '../../scripts/fixtures-readme.ts';
import { join } from 'node:path';
import { expectOutputFile, outcomeOf } from '../support/expected-output.ts';
import { FIXTURES_DIR, fixtureLabel } from '../../adapters/_kit/fixture-walk.ts';
import { ADAPTER_FOLDERS, declaredFolders, INDEPENDENT_PARSES, WALKERS } from './fixture-walkers.ts';
import { ALL_DECLARATIONS } from '../../subgraphs/systems.ts';

/**
 * Every fixture, read by its adapter in full and compared with its expected output (each adapter's walk.ts, found by
 * test/adapters/fixture-walkers.ts; test/support/expected-output.ts): any change in what an adapter reads fails here.
 */
describe('each adapter reads its fixtures exactly as reviewed', () => {
  it.each(WALKERS.map((w) => [w.adapter, w] as const))('%s', async (_, walker) => {
    for (const walk of walker.walks()) expectOutputFile(walk.expected, await outcomeOf(walk.output));
  });
});

/** Every file under a folder, recursively, as paths. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));

describe('its README (test/fixtures/README.md)', () => {
  it("gathers each folder's README.md as it is (run `npm run docs:sources` after changing one)", () => {
    expect(readFileSync(FIXTURES_README, 'utf8')).toBe(fixturesReadme());
  });
});

describe('the walkers', () => {
  it('are one per adapter folder (adapters/<name>/walk.ts)', () => {
    expect(WALKERS.map((w) => w.adapter)).toEqual(ADAPTER_FOLDERS);
  });

  it("walk every fixture folder a source declares, each by its source's adapter", () => {
    const walked = new Set(WALKERS.flatMap((w) => declaredFolders(w.adapter)));
    expect(ALL_DECLARATIONS.flatMap((d) => d.fixtures).filter((f) => !walked.has(f))).toEqual([]);
  });
});

describe('the fixtures folder', () => {
  const walks = WALKERS.flatMap((w) => w.walks());

  it("holds no file that no walker reads: each is a walked fixture, an expected output, a folder's README or an independent parse", () => {
    const folderReadmes = readdirSync(FIXTURES_DIR)
      .filter((f) => statSync(join(FIXTURES_DIR, f)).isDirectory())
      .map((folder) => join(FIXTURES_DIR, folder, 'README.md'));
    const accounted = new Set([
      join(FIXTURES_DIR, 'README.md'),
      ...folderReadmes,
      ...walks.flatMap((w) => [...w.inputs, w.expected]),
      ...INDEPENDENT_PARSES,
    ]);
    expect(
      filesUnder(FIXTURES_DIR)
        .filter((f) => !accounted.has(f))
        .map(fixtureLabel),
    ).toEqual([]);
  });

  it('holds every file the walkers name, and no expected output that no walk makes', () => {
    const present = new Set(filesUnder(FIXTURES_DIR));
    const named = [...walks.flatMap((w) => w.inputs), ...INDEPENDENT_PARSES];
    expect(named.filter((f) => !present.has(f)).map(fixtureLabel)).toEqual([]);
    const made = new Set(walks.map((w) => w.expected));
    expect([...present].filter((f) => f.endsWith('.expected.json') && !made.has(f)).map(fixtureLabel)).toEqual([]);
  });
});
