import { existsSync } from 'node:fs';
import { fixturePath, fixtureText, type FixtureWalker, type Walk } from '../_kit/fixture-walk.ts';
import { thesaurusValues } from './map.ts';
import { parseUwaziSearch, parseUwaziTemplates, parseUwaziThesauri } from './parse.ts';

/** Every Uwazi instance a source declares, and the adapter's own development dump (uwazi/dev-*.json). */
export const WALKER: FixtureWalker = {
  walks: (folders) => [uwaziInstance('uwazi', 'dev-'), ...folders.map((folder) => uwaziInstance(folder))],
};

/**
 * A Uwazi instance's three dumps (`<prefix>templates.json`, `<prefix>entities.json`, `<prefix>thesauri.json`, as the
 * replay serves them), read together as the adapter reads the instance's endpoints, to `<prefix>uwazi.expected.json`.
 * A dump absent from the folder is left out (the development dump has no thesauri).
 */
function uwaziInstance(folder: string, prefix = ''): Walk {
  const path = (name: string) => fixturePath(folder, `${prefix}${name}.json`);
  const dumps = ['templates', 'entities', 'thesauri'].filter((name) => existsSync(path(name)));
  const rowsOf = (name: string) => JSON.parse(fixtureText(path(name))) as unknown[];
  const read: Record<string, () => unknown> = {
    templates: () => parseUwaziTemplates(JSON.stringify({ rows: rowsOf('templates') }), folder, path('templates')),
    entities: () => {
      const rows = rowsOf('entities');
      return parseUwaziSearch(JSON.stringify({ rows, totalRows: rows.length }), folder, path('entities'));
    },
    thesauri: () =>
      parseUwaziThesauri(JSON.stringify({ rows: rowsOf('thesauri') }), folder, path('thesauri')).map((t) => ({
        ...t,
        flattened: thesaurusValues(t),
      })),
  };
  return {
    inputs: dumps.map(path),
    expected: fixturePath(folder, `${prefix}uwazi.expected.json`),
    output: () => Object.fromEntries(dumps.map((name) => [name, read[name]()])),
  };
}
