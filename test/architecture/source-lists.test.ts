import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SYSTEMS } from '../../schema/systems.ts';
import { ALL_DECLARATIONS } from '../../subgraphs/systems.ts';
import { declarationsIn, sourceListFiles } from '../../scripts/source-lists.ts';

describe("each system's source list (subgraphs/<system>/sources.ts)", () => {
  it('is what `npm run compose` writes from the declarations in its sources/ folder', () => {
    for (const { path, text } of sourceListFiles()) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });

  it('holds every declaration of the folder, each once, and nothing else', () => {
    const declared = SYSTEMS.flatMap((s) => declarationsIn(s.subgraph).map(([, name]) => name));
    expect(new Set(declared).size).toBe(declared.length);
    expect(ALL_DECLARATIONS).toHaveLength(declared.length);
    expect(new Set(ALL_DECLARATIONS.map((d) => d.name)).size).toBe(ALL_DECLARATIONS.length);
  });
});
