import { eachFile, fixturePath, type FixtureWalker } from '../_kit/fixture-walk.ts';
import { AFRICAN_COURT_SOURCE } from './config.ts';
import { parseReceivedCases } from './parse.ts';

/** The 15 rows a real scraper read from the Court's page on 2026-05-21, an independent check (test/adapters/african-court.test.ts). */
export const SCRAPER_SAMPLE = fixturePath(AFRICAN_COURT_SOURCE, 'parsed-sample.json');

/** The Court's received-cases page. */
export const WALKER: FixtureWalker = {
  walks: (folders) => eachFile(folders, () => parseReceivedCases, /\.html$/),
  independent: [SCRAPER_SAMPLE],
};
