import { eachFile, type FixtureWalker } from '../_kit/fixture-walk.ts';
import { readThematicList } from './index.ts';

/** The thematic lists of recommendations (their text, as the source's document gives it). */
export const WALKER: FixtureWalker = {
  walks: (folders) => eachFile(folders, () => (list) => readThematicList(list)),
};
