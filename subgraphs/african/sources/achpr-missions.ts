import { ACHPR_DEFAULTS, ACHPR_MISSIONS_SOURCE, ACHPR_SOURCE } from '../../../adapters/achpr/config.ts';
import { missionsUrl, parseMissions } from '../../../adapters/achpr/index.ts';
import { textCheck } from '../../_shared/source-check.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { achprMissionsSource } from '../achpr-missions-source.ts';
import { ACHPR } from './achpr.ts';

export const ACHPR_MISSIONS: SourceDeclaration = {
  name: ACHPR_MISSIONS_SOURCE,
  system: 'AFRICAN',
  defaultUrl: ACHPR_DEFAULTS.baseUrl,
  site: ACHPR,
  sources: (env) => [achprMissionsSource({ baseUrl: baseUrlOf(ACHPR_MISSIONS, env) })],
  // The first missions listing page: entries naming a State.
  checks: () => {
    const url = missionsUrl(ACHPR_DEFAULTS, 0);
    return [textCheck(ACHPR_MISSIONS.name, 'AFRICAN', url, (body) => parseMissions(body).length)];
  },
  fixtures: [ACHPR_SOURCE],
  readme: {
    source: 'ACHPR, promotion and fact-finding missions',
    adapter: ACHPR_SOURCE,
    reads: "the Commission's promotion and fact-finding missions (`Visit`) from the paged mission-reports listing",
  },
};
