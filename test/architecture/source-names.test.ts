import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HUDOC_SOURCES } from '../../adapters/hudoc/config.ts';
import { ALL_DECLARATIONS } from '../../subgraphs/systems.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Folders that are not the hub's code: tests (and their fixtures), dependencies. */
const NOT_CODE = new Set(['test', 'node_modules']);

function* codeFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !NOT_CODE.has(entry.name) && !entry.name.startsWith('.')) yield* codeFiles(path);
    else if (entry.isFile() && entry.name.endsWith('.ts')) yield path;
  }
}

/**
 * The values of a module's plain string literals ('x', "x", and `x` without ${}), comments skipped:
 * stringLiterals("const a = 'x'; // 'y'\n/* 'z' *\/ f(`w`, `v${a}`)") → ['x', 'w'].
 * A regular expression literal is read as code: the hub's do not hold a source's name.
 */
export function stringLiterals(code: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '/' && code[i + 1] === '/') i = code.indexOf('\n', i) === -1 ? code.length : code.indexOf('\n', i);
    else if (c === '/' && code[i + 1] === '*') i = code.indexOf('*/', i + 2) + 1;
    else if (c === "'" || c === '"' || c === '`') {
      let value = '';
      let interpolated = false;
      let j = i + 1;
      for (; j < code.length && code[j] !== c; j++) {
        if (code[j] === '\\') value += code[++j];
        else if (c === '`' && code[j] === '$' && code[j + 1] === '{') {
          interpolated = true;
          // Skips the interpolation, nested braces included (a template inside one is not read: none names a source).
          for (let depth = 0; j < code.length; j++) {
            if (code[j] === '{') depth++;
            else if (code[j] === '}' && --depth === 0) break;
          }
        } else value += code[j];
      }
      if (!interpolated) found.push(value);
      i = j;
    }
  }
  return found;
}

describe("each source's name", () => {
  it('reads literals, not comments', () => {
    expect(stringLiterals("const a = 'x'; // 'y'\n/* 'z' */ f(`w`, `v${a}`, \"q\\\"\")")).toEqual(['x', 'w', 'q"']);
  });

  const literals = [...codeFiles('.')].map((file) => ({ file, values: stringLiterals(readFileSync(join(ROOT, file), 'utf8')) }));

  /** HUDOC's sub-sites' names are made of the site's short name (`hudoc-${site}`, hudocSourceName), written nowhere whole. */
  const derived = new Set<string>(Object.values(HUDOC_SOURCES));

  it.each(ALL_DECLARATIONS.map((d) => d.name))(
    "'%s' is written once as a string in the hub's code (outside tests): every other place imports its constant",
    (name) => {
      const places = literals.flatMap(({ file, values }) => values.filter((v) => v === name).map(() => file));
      expect(places).toHaveLength(derived.has(name) ? 0 : 1);
    },
  );
});
