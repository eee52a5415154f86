import { eachFile, type FixtureWalker } from '../_kit/fixture-walk.ts';
import { parseMissions } from './missions-parse.ts';
import { parseListing } from './parse.ts';

/** The Commission's listing pages: decisions-page-N.html and missions-page-N.html. */
export const WALKER: FixtureWalker = {
  walks: (folders) =>
    eachFile(folders, (f) => (f.startsWith('missions') ? parseMissions : f.startsWith('decisions') ? parseListing : null)),
};
