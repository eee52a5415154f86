import { readFileSync } from 'node:fs';
import { fixturePath, fixtureText, type FixtureWalker } from '../_kit/fixture-walk.ts';
import { readFollowUpText, RECORDED_FOLLOW_UP_DOCUMENTS, SOURCE } from './index.ts';
import { pdfText } from './pdf.ts';
import { fixtureStem } from './replay.ts';

/** RolandCCPR/un-hr-recommendations-tracker's parse of the UZB and BGR reports, an independent check (test/adapters/ccpr-follow-up.test.ts). */
export const TRACKER_PARSE = fixturePath(SOURCE, 'hrc_all_parsed_subset_UZB_BGR.json');

/** Each recorded report twice, to the same document: its text (pdftotext of the real PDF) and its reconstructed PDF (read with PDF.js). */
export const WALKER: FixtureWalker = {
  walks: (folders) =>
    folders.flatMap((folder) =>
      RECORDED_FOLLOW_UP_DOCUMENTS.flatMap(({ symbol }) => {
        const [txt, pdf, expected] = ['txt', 'pdf', 'expected.json'].map((ext) => fixturePath(folder, `${fixtureStem(symbol)}.${ext}`));
        return [
          { inputs: [txt], expected, output: () => readFollowUpText(fixtureText(txt)) },
          { inputs: [pdf], expected, output: async () => readFollowUpText(await pdfText(readFileSync(pdf), SOURCE, symbol)) },
        ];
      }),
    ),
  independent: [TRACKER_PARSE],
};
