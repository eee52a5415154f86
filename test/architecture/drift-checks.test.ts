import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function* tsFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* tsFiles(path);
    else if (entry.isFile() && entry.name.endsWith('.ts')) yield path;
  }
}

/** What builds a check: the kit's textCheck, or a check's own run (`async run(http)`, `run: async (http) =>`). */
const BUILDS_A_CHECK = /\btextCheck\b|\brun\s*(\(|:\s*async\b)/;

describe('drift checks live in the adapters (issue 10): the subgraphs only call them', () => {
  // subgraphs/_kit is a mechanism's own subgraph kit: its conformance checks (each with a run) check a subgraph, not a source.
  const files = [...tsFiles('subgraphs')].filter((f) => !f.startsWith('subgraphs/_kit/'));

  it('finds the declarations', () => {
    expect(files.filter((f) => /\/sources\/[^/]+\.ts$/.test(f)).length).toBeGreaterThan(10);
  });

  it('has no subgraph module building a check (textCheck, its own run): each is in adapters/<format>/check.ts', () => {
    expect(files.filter((f) => BUILDS_A_CHECK.test(readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });

  it("reads what builds a check, and not a call of the adapter's", () => {
    expect(BUILDS_A_CHECK.test("checks: () => [textCheck('x', 'UN', url, count)]")).toBe(true);
    expect(BUILDS_A_CHECK.test('return { source, async run(http) { … } };')).toBe(true);
    expect(BUILDS_A_CHECK.test('const check = { source, run: async (http) => … };')).toBe(true);
    expect(BUILDS_A_CHECK.test("import type { SourceCheck } from '../adapters/_kit/source-check.ts';")).toBe(false);
    expect(BUILDS_A_CHECK.test('checks: () => [africanCourtCheck(AFRICAN_COURT_DEFAULTS, AFRICAN_COURT.name)]')).toBe(false);
  });
});
