import { ACHPR_DEFAULTS, ACHPR_SOURCE } from '../../../adapters/achpr/config.ts';
import { listingUrl, parseListing } from '../../../adapters/achpr/index.ts';
import { achprReplay } from '../../../adapters/achpr/replay.ts';
import { textCheck } from '../../_shared/source-check.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { achprSource } from '../achpr-source.ts';
import { IHRDA } from './ihrda.ts';

/** The African Commission's decisions on communications, merged with IHRDA's (RH_IHRDA_URL); its site also lists its missions. */
export const ACHPR: SourceDeclaration = {
  name: ACHPR_SOURCE,
  system: 'AFRICAN',
  defaultUrl: ACHPR_DEFAULTS.baseUrl,
  sources: (env) => [achprSource({ baseUrl: baseUrlOf(ACHPR, env) }, baseUrlOf(IHRDA, env))],
  // The first decisions listing page: links to communication pages.
  checks: () => {
    const url = listingUrl(ACHPR_DEFAULTS, 0);
    return [textCheck(ACHPR.name, 'AFRICAN', url, (body) => parseListing(body).length)];
  },
  replay: { mount: () => achprReplay() },
  fixtures: [ACHPR_SOURCE],
  readme: {
    source: 'ACHPR (achpr.au.int)',
    adapter: ACHPR_SOURCE,
    reads: "decisions on communications from the paged category listing, merged with IHRDA's (one record, IHRDA in `alsoIn`)",
  },
};
