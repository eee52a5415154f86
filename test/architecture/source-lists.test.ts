import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { SYSTEMS } from '../../schema/systems.ts';
import { ALL_DECLARATIONS } from '../../subgraphs/systems.ts';
import { declarationsIn, sourceListFiles } from '../../scripts/source-lists.ts';

/** A SourceDeclaration, told by its shape: a name, a system, and its readers' builder. */
const isDeclaration = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  'name' in value &&
  'system' in value &&
  typeof (value as { sources?: unknown }).sources === 'function';

describe("each system's source list (subgraphs/<system>/sources.ts)", () => {
  it('is what `npm run compose` writes from the declarations in its sources/ folder', () => {
    for (const { path, text } of sourceListFiles()) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });

  it('finds every declaration a module of a sources/ folder exports, however it is written', async () => {
    for (const { subgraph } of SYSTEMS) {
      const folder = new URL(`../../subgraphs/${subgraph}/sources/`, import.meta.url);
      const exported = (
        await Promise.all(
          readdirSync(folder)
            .filter((f) => f.endsWith('.ts'))
            .map(async (file) =>
              Object.entries((await import(new URL(file, folder).href)) as Record<string, unknown>)
                .filter(([, value]) => isDeclaration(value))
                .map(([name]) => [file, name]),
            ),
        )
      ).flat();
      expect(declarationsIn(subgraph).sort(), subgraph).toEqual(exported.sort());
    }
  });

  it('holds every declaration of the folder, each once, and nothing else', () => {
    const declared = SYSTEMS.flatMap((s) => declarationsIn(s.subgraph).map(([, name]) => name));
    expect(new Set(declared).size).toBe(declared.length);
    expect(ALL_DECLARATIONS).toHaveLength(declared.length);
    expect(new Set(ALL_DECLARATIONS.map((d) => d.name)).size).toBe(ALL_DECLARATIONS.length);
  });
});
