import { describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expectOutputFile, FIXTURES_DIR, fixtureLabel, outcomeOf } from '../support/expected-output.ts';
import { INDEPENDENT_PARSES, WALKERS } from './fixture-walkers.ts';

/**
 * Every fixture, read by its adapter in full and compared with its expected output (test/adapters/fixture-walkers.ts,
 * test/support/expected-output.ts): any change in what an adapter reads fails here.
 */
describe('each adapter reads its fixtures exactly as reviewed', () => {
  it.each(WALKERS.map((w) => [w.adapter, w] as const))('%s', async (_, walker) => {
    for (const walk of walker.walks()) expectOutputFile(walk.expected, await outcomeOf(walk.output));
  });
});

/** Every file under a folder, recursively, as paths. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));

describe('the fixtures folder', () => {
  const walks = WALKERS.flatMap((w) => w.walks());

  it('holds no file that no walker reads: each is a walked fixture, an expected output or an independent parse', () => {
    const accounted = new Set([
      join(FIXTURES_DIR, 'README.md'),
      ...walks.flatMap((w) => [...w.inputs, w.expected]),
      ...Object.values(INDEPENDENT_PARSES),
    ]);
    expect(
      filesUnder(FIXTURES_DIR)
        .filter((f) => !accounted.has(f))
        .map(fixtureLabel),
    ).toEqual([]);
  });

  it('holds every file the walkers name, and no expected output that no walk makes', () => {
    const present = new Set(filesUnder(FIXTURES_DIR));
    const named = [...walks.flatMap((w) => w.inputs), ...Object.values(INDEPENDENT_PARSES)];
    expect(named.filter((f) => !present.has(f)).map(fixtureLabel)).toEqual([]);
    const made = new Set(walks.map((w) => w.expected));
    expect([...present].filter((f) => f.endsWith('.expected.json') && !made.has(f)).map(fixtureLabel)).toEqual([]);
  });
});
