import { eachFile, type FixtureWalker } from '../_kit/fixture-walk.ts';
import { parseStandingInvitationsPage, parseVisitsPage } from './parse.ts';

/** The country-visits pages and the standing-invitations page. */
export const WALKER: FixtureWalker = {
  walks: (folders) =>
    eachFile(folders, (f) =>
      f.startsWith('country-visits') ? parseVisitsPage : f.startsWith('standing') ? parseStandingInvitationsPage : null,
    ),
};
