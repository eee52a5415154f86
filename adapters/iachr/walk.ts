import { eachFile, type FixtureWalker } from '../_kit/fixture-walk.ts';
import { parseOasListing } from './parse.ts';

/** The oas.org listings (yearly decisions and precautionary measures, the rapporteurships' visit pages). */
export const WALKER: FixtureWalker = {
  walks: (folders) => eachFile(folders, () => parseOasListing),
};
