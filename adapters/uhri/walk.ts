import { createReadStream } from 'node:fs';
import { fixturePath, type FixtureWalker } from '../_kit/fixture-walk.ts';
import { mapUhriRecord } from './map.ts';
import { readExportRecords } from './parse.ts';

/** The recorded export, streamed and mapped record by record as the index build reads it. */
export const WALKER: FixtureWalker = {
  walks: (folders) =>
    folders.map((folder) => {
      const file = fixturePath(folder, 'export-full-en.json');
      const output = async () => {
        const records = [];
        for await (const r of readExportRecords(createReadStream(file))) records.push(r);
        return records.map((r) => (r === null ? null : mapUhriRecord(r)));
      };
      return { inputs: [file], expected: fixturePath(folder, 'export-full-en.expected.json'), output };
    }),
};
