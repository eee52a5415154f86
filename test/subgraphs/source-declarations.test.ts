import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SYSTEMS } from '../../schema/systems.ts';
import { urlVariable } from '../../schema/url-variable.ts';
import { recordedSources, replayEnvironment } from '../../replay/recorded.ts';
import type { ReplayServer } from '../../replay/server.ts';
import { urlVariableOf } from '../../subgraphs/_shared/source-declaration.ts';
import { allSourceChecks } from '../../subgraphs/checks.ts';
import { ALL_DECLARATIONS, sourceNamesBySystem } from '../../subgraphs/systems.ts';
import { README_PATH, sourcesTable, withSourcesTable } from '../../scripts/sources-table.ts';

const root = (path: string) => new URL(`../../${path}`, import.meta.url);
/** A name the declaration `name` may give what it builds: itself, or `<name>-…`. */
const belongsTo = (name: string) => (built: string) => built === name || built.startsWith(`${name}-`);
const names = ALL_DECLARATIONS.map((d) => d.name);
/** A stand-in replay server: only its mount URLs are read. */
const server = { baseUrl: (mount: string) => `http://127.0.0.1:1/${mount}` } as ReplayServer;
/** Every source is built under one of these settings: HUDOC-CPT is a source of its own only with the CPT's database off. */
const SETTINGS: NodeJS.ProcessEnv[] = [{}, { RH_CPT_DATABASE: 'off' }];

describe('the source declarations: one per source, and everything else derived from them', () => {
  it('are uniquely named, and no name is also a subgraph’s (their RH_<NAME>_URL would clash)', () => {
    expect(names.length).toBeGreaterThan(20);
    expect(new Set(names).size).toBe(names.length);
    const subgraphVariables = ['registry', ...SYSTEMS.map((s) => s.subgraph)].map(urlVariable);
    for (const d of ALL_DECLARATIONS) expect(subgraphVariables).not.toContain(urlVariable(d.name));
  });

  it.each(names)('%s: builds its system’s sources, each named after it, and the registry believes them of that system', (name) => {
    const d = ALL_DECLARATIONS.find((x) => x.name === name)!;
    const env = SETTINGS.find((e) => d.sources(e).length > 0)!;
    expect(env).toBeDefined();
    const built = d.sources(env).map((s) => s.name);
    expect(built.filter((b) => !belongsTo(name)(b))).toEqual([]);
    expect(d.sources(env).every((s) => s.system === d.system)).toBe(true);
    expect(sourceNamesBySystem(env)[d.system]).toEqual(expect.arrayContaining(built));
  });

  it.each(names.filter((n) => !ALL_DECLARATIONS.find((d) => d.name === n)!.ownDatabase))(
    '%s: has a live drift check of its own, of its system',
    (name) => {
      const d = ALL_DECLARATIONS.find((x) => x.name === name)!;
      const checks = allSourceChecks(new Date('2026-06-01T00:00:00Z')).filter(
        (c) => belongsTo(name)(c.source) && !names.some((other) => other !== name && other.startsWith(name) && belongsTo(other)(c.source)),
      );
      expect(checks.length).toBeGreaterThan(0);
      expect(checks.every((c) => c.system === d.system)).toBe(true);
    },
  );

  it.each(names)('%s: is replayed on its mount (or its site’s) with its base URL variable pointing there', (name) => {
    const d = ALL_DECLARATIONS.find((x) => x.name === name)!;
    const mount = (d.site ?? d).name;
    expect(Object.keys(recordedSources())).toContain(mount);
    expect(replayEnvironment(server, '/tmp/uhri')[urlVariableOf(d)]).toBe(server.baseUrl(mount));
    expect(d.replay !== undefined || d.site?.replay !== undefined).toBe(true);
  });

  it.each(names)('%s: has its adapter folder, its fixtures (each folder with its README.md) and its README row', (name) => {
    const d = ALL_DECLARATIONS.find((x) => x.name === name)!;
    expect(existsSync(root(d.ownDatabase ? d.readme.adapter : `adapters/${d.readme.adapter}`))).toBe(true);
    expect(d.fixtures.length).toBeGreaterThan(0);
    for (const folder of d.fixtures) expect(existsSync(root(`test/fixtures/${folder}/README.md`)), folder).toBe(true);
    expect(readFileSync(README_PATH, 'utf8')).toContain(`| \`${name}\` | \`${urlVariableOf(d)}\` (`);
  });

  it('replays nothing that no declaration names', () => {
    expect(Object.keys(recordedSources()).sort()).toEqual(
      ALL_DECLARATIONS.filter((d) => d.replay)
        .map((d) => d.name)
        .sort(),
    );
  });

  it('README.md holds the sources table the declarations make (run `npm run docs:sources` after changing one)', () => {
    const readme = readFileSync(README_PATH, 'utf8');
    expect(withSourcesTable(readme, sourcesTable())).toBe(readme);
  });
});
