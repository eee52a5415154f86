import { eachFile, type FixtureWalker } from '../_kit/fixture-walk.ts';
import { parseStandingInvitationsPage, parseVisitsPage } from './parse.ts';

/** The country-visits pages and the standing-invitations page. */
export const WALKER: FixtureWalker = {
  walks: (folders) =>
    folders.flatMap((folder) =>
      eachFile(folder, (f) =>
        f.startsWith('country-visits') ? parseVisitsPage : f.startsWith('standing') ? parseStandingInvitationsPage : null,
      ),
    ),
};
