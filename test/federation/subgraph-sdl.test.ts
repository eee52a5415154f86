import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYSTEMS } from '../../schema/systems.ts';
import { SUBGRAPH_NAMES, sdlFileOf, subgraphEndpoints } from '../../platform/subgraphs.ts';
import { subgraphSdlFiles } from '../../scripts/subgraph-sdl.ts';
import { supergraphConfigFile } from '../../scripts/supergraph-config.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('subgraphs/supergraph.json, the list composition reads', () => {
  it('lists the registry and every system of schema/systems.ts, in merge order', () => {
    expect(SUBGRAPH_NAMES).toEqual(['registry', ...SYSTEMS.map((s) => s.subgraph)]);
  });

  it("names each subgraph's own folder for its SDL file", () => {
    expect(SUBGRAPH_NAMES.map((name) => relative(ROOT, sdlFileOf(name)))).toEqual(
      SUBGRAPH_NAMES.map((name) => `subgraphs/${name}/schema.graphql`),
    );
  });

  it('gives each subgraph its loopback port by default, and RH_<NAME>_URL moves it', () => {
    expect(subgraphEndpoints({}).map((e) => e.url)).toEqual(
      [4101, 4102, 4103, 4104, 4105].map((port) => `http://127.0.0.1:${port}/graphql`),
    );
    const moved = subgraphEndpoints({ RH_COUNCIL_OF_EUROPE_URL: 'https://coe.example/graphql' });
    expect(moved.find((e) => e.name === 'council-of-europe')?.url).toBe('https://coe.example/graphql');
    expect(moved.find((e) => e.name === 'un')?.url).toBe('http://127.0.0.1:4102/graphql');
  });

  it('is what `npm run compose` writes from schema/systems.ts', () => {
    const { path, text } = supergraphConfigFile();
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('refuses a subgraph it does not list', () => {
    expect(() => sdlFileOf('nowhere')).toThrow(/lists no subgraph "nowhere"/);
  });
});

describe('the committed subgraph SDL files', () => {
  it('are what each subgraph entry (subgraphs/<name>/index.ts) builds today (run `npm run compose` after an SDL change)', async () => {
    const files = await subgraphSdlFiles();
    expect(files).toHaveLength(SUBGRAPH_NAMES.length);
    for (const { path, text } of files) expect(readFileSync(path, 'utf8'), relative(ROOT, path)).toBe(text);
  });
});
