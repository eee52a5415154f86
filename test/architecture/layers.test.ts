import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The layers, lowest first, and what each may import. The gateway talks to the subgraphs over HTTP only, so neither
 * imports the other; what both need lives in platform/ (or schema/). The registry pages across systems and reads no
 * source, so it imports none of the source subgraphs' engine (subgraphs/_shared). Scripts, tests, benchmarks and the
 * replay's list of mounts (replay/recorded.ts, read from the source declarations) may import anything.
 */
const LAYERS: { layer: string; files: RegExp; may: string[] }[] = [
  { layer: 'tooling', files: /^(scripts|test|bench)\/|^replay\/recorded\.ts$/, may: ['*'] },
  { layer: 'schema', files: /^schema\//, may: ['schema'] },
  { layer: 'observability', files: /^observability\//, may: ['observability'] },
  { layer: 'adapters', files: /^adapters\//, may: ['schema', 'observability', 'adapters'] },
  { layer: 'platform', files: /^platform\//, may: ['schema', 'adapters', 'observability', 'platform'] },
  { layer: 'access', files: /^access\//, may: ['schema', 'adapters', 'observability', 'platform', 'access'] },
  { layer: 'replay', files: /^replay\//, may: ['schema', 'adapters', 'replay'] },
  { layer: 'registry', files: /^subgraphs\/registry\//, may: ['schema', 'platform', 'observability', 'registry'] },
  {
    layer: 'subgraphs',
    files: /^subgraphs\//,
    may: ['schema', 'adapters', 'platform', 'observability', 'access', 'replay', 'registry', 'subgraphs'],
  },
  { layer: 'gateway', files: /^gateway\//, may: ['schema', 'adapters', 'platform', 'observability', 'access', 'gateway'] },
];

const layerOf = (file: string) => LAYERS.find((l) => l.files.test(file))?.layer;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) yield* sourceFiles(path);
    else if (entry.isFile() && entry.name.endsWith('.ts')) yield path;
  }
}

/** The relative specifiers a module's text imports: static, for side effects, dynamic by a written name, and re-exports. */
function specifiersIn(text: string): string[] {
  // A dynamic import by a computed name (subgraphs/systems.ts finds each system's folder) names no file to check.
  const written =
    /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/g;
  return [...text.matchAll(written)].map((m) => m[1] ?? m[2] ?? m[3]).filter((s) => s.startsWith('.'));
}

/** The repository files a module imports, relative to the root. */
function importsOf(file: string): string[] {
  return specifiersIn(readFileSync(join(ROOT, file), 'utf8')).map((s) =>
    normalize(relative(ROOT, join(ROOT, dirname(file), s)))
      .split('\\')
      .join('/'),
  );
}

/** Whether `file` may import `target`: allowed('gateway/server.ts', 'subgraphs/systems.ts') === false. */
function allowed(file: string, target: string): boolean {
  const may = LAYERS.find((l) => l.files.test(file))?.may ?? [];
  return may.includes('*') || may.includes(layerOf(target) ?? '?');
}

/** Every import that goes against the layers: 'gateway/server.ts → subgraphs/systems.ts'. */
function backwardImports(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    importsOf(file)
      .filter((target) => !allowed(file, target))
      .map((target) => `${file} → ${target}`),
  );
}

const FILES = ['schema', 'adapters', 'observability', 'platform', 'access', 'replay', 'subgraphs', 'gateway', 'scripts'].flatMap((d) => [
  ...sourceFiles(d),
]);

describe('layers import one way: schema ← adapters ← platform ← subgraphs | gateway (scripts and tests may import anything)', () => {
  it('finds the modules of every layer', () => {
    for (const layer of ['schema', 'adapters', 'observability', 'platform', 'access', 'replay', 'registry', 'subgraphs', 'gateway'])
      expect(FILES.some((f) => layerOf(f) === layer)).toBe(true);
  });

  it('has no import against the layers', () => {
    expect(backwardImports(FILES)).toEqual([]);
  });

  it('reads the imports of a module, re-exports and imports for their side effects included', () => {
    expect(importsOf('adapters/_kit/html.ts')).toEqual(expect.arrayContaining(['adapters/_kit/errors.ts', 'schema/entities.ts']));
    const text = "import './setup.ts';\nexport { a } from '../a.ts';\nconst b = await import('./b.ts');\nimport type { C } from 'c';";
    expect(specifiersIn(text)).toEqual(['./setup.ts', '../a.ts', './b.ts']);
  });

  it('composes from the data list and the SDL files alone: composition imports no subgraph code', () => {
    expect(importsOf('scripts/composition.ts')).toEqual(['platform/subgraphs.ts']);
  });

  it('would refuse a subgraph importing the gateway (or back), the schema an adapter, the registry the source engine', () => {
    expect(allowed('subgraphs/run.ts', 'gateway/server.ts')).toBe(false);
    expect(allowed('gateway/server.ts', 'subgraphs/systems.ts')).toBe(false);
    expect(allowed('schema/reference/label-text.ts', 'adapters/_kit/html.ts')).toBe(false);
    expect(allowed('subgraphs/registry/page.ts', 'subgraphs/_shared/source-status.ts')).toBe(false);
    expect(allowed('subgraphs/_shared/serve.ts', 'platform/limits.ts')).toBe(true);
    expect(allowed('test/hub/limits.test.ts', 'gateway/server.ts')).toBe(true);
  });
});
