import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { CONTRACT_SDL } from '../../schema/index.ts';
import type { SourceStatusCode } from '../../schema/types.ts';

const ROOT = new URL('../../', import.meta.url);

const enumValues = (
  parse(CONTRACT_SDL).definitions.find(
    (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'SourceStatusCode',
  )?.values ?? []
).map((v) => v.name.value);

// tsc checks that this names every member of the TS union and nothing else; the test compares it with the SDL.
const TS_CODES: Record<SourceStatusCode, true> = {
  RH_SOURCE_TIMEOUT: true,
  RH_SOURCE_UNREACHABLE: true,
  RH_SOURCE_HTTP: true,
  RH_SOURCE_RATE_LIMITED: true,
  RH_SOURCE_BLOCKED: true,
  RH_SOURCE_PARSE: true,
  RH_SOURCE_INSANE: true,
  RH_SOURCE_CONFIG: true,
  RH_SOURCE_TOO_LARGE: true,
  RH_UPSTREAM_BUDGET: true,
  RH_SOURCE_EXCLUDED: true,
  RH_SUBGRAPH_UNREACHABLE: true,
  RH_SUBGRAPH_BAD_SCOPE: true,
  RH_INTERNAL: true,
};

/** Every status code written anywhere in the hub's code (tests and fixtures aside). */
function codesInCode(): string[] {
  const files = ['adapters', 'gateway', 'replay', 'schema', 'scripts', 'subgraphs'].flatMap((dir) =>
    readdirSync(new URL(dir, ROOT), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `${dir}/${f}`),
  );
  const found = files.flatMap(
    (f) => readFileSync(new URL(f, ROOT), 'utf8').match(/\bRH_(?:SOURCE|SUBGRAPH)_[A-Z][A-Z_]*[A-Z]\b|\bRH_INTERNAL\b/g) ?? [],
  );
  return [...new Set(found)].sort();
}

describe('SourceStatus.code', () => {
  it('is one enum in the contract, the same as the TypeScript type', () => {
    expect(enumValues.length).toBeGreaterThan(10);
    expect([...enumValues].sort()).toEqual(Object.keys(TS_CODES).sort());
  });

  it("has a value for every code the hub's code uses", () => {
    const used = codesInCode();
    expect(used).toContain('RH_SUBGRAPH_BAD_SCOPE');
    expect(used.filter((code) => !enumValues.includes(code))).toEqual([]);
  });

  it('has every value documented in the README with when it happens', () => {
    const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
    const section = readme.slice(readme.indexOf('### Status codes'), readme.indexOf('\n## ', readme.indexOf('### Status codes')));
    const documented = [...section.matchAll(/^\| `(RH_[A-Z_]+)` \| \S/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...enumValues].sort());
  });
});
