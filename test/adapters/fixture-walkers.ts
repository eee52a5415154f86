import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FixtureWalker, Walk } from '../../adapters/_kit/fixture-walk.ts';
import { ALL_DECLARATIONS } from '../../subgraphs/systems.ts';

/*
 * Every adapter's fixture walker (adapters/<name>/walk.ts, exporting WALKER), found by its file, walked over the
 * fixture folders its sources declare (SourceDeclaration.fixtures, of the declarations whose README row names the
 * adapter): a source added with fixtures is walked by its adapter with nothing listed here.
 */

const ADAPTERS_DIR = fileURLToPath(new URL('../../adapters/', import.meta.url));

/** The adapter folders (every folder of adapters/ but the kit). */
export const ADAPTER_FOLDERS = readdirSync(ADAPTERS_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== '_kit')
  .map((e) => e.name)
  .sort();

/** The fixture folders the declarations of this adapter's sources name, each once. */
export function declaredFolders(adapter: string): string[] {
  return [...new Set(ALL_DECLARATIONS.filter((d) => d.readme.adapter === adapter).flatMap((d) => d.fixtures))];
}

export interface AdapterWalks {
  adapter: string;
  walks: () => Walk[];
  independent: readonly string[];
}

export const WALKERS: AdapterWalks[] = await Promise.all(
  ADAPTER_FOLDERS.filter((adapter) => existsSync(`${ADAPTERS_DIR}${adapter}/walk.ts`)).map(async (adapter) => {
    const { WALKER } = (await import(`../../adapters/${adapter}/walk.ts`)) as { WALKER: FixtureWalker };
    return { adapter, walks: () => WALKER.walks(declaredFolders(adapter)), independent: WALKER.independent ?? [] };
  }),
);

/** The files kept as independent checks of what the adapters read (another scraper's parse of the same pages). */
export const INDEPENDENT_PARSES: readonly string[] = WALKERS.flatMap((w) => w.independent);
