import { CORTEIDH_DEFAULTS, CORTEIDH_SOURCE, CORTEIDH_SUPERVISION_SOURCE } from '../../../adapters/corteidh/index.ts';
import { corteIdhSupervisionCheck } from '../../../adapters/corteidh/check.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { corteIdhSupervisionSource } from '../court-supervision.ts';
import { CORTEIDH } from './corteidh.ts';

export const CORTEIDH_SUPERVISION: SourceDeclaration = {
  name: CORTEIDH_SUPERVISION_SOURCE,
  system: 'INTER_AMERICAN',
  defaultUrl: CORTEIDH_DEFAULTS.baseUrl,
  site: CORTEIDH,
  sources: (env) => [corteIdhSupervisionSource({ baseUrl: baseUrlOf(CORTEIDH_SUPERVISION, env) })],
  checks: () => [corteIdhSupervisionCheck(CORTEIDH_DEFAULTS, CORTEIDH_SUPERVISION_SOURCE)],
  fixtures: [CORTEIDH_SOURCE],
  readme: {
    source: 'Inter-American Court, supervision of compliance',
    adapter: CORTEIDH_SOURCE,
    reads:
      'the resolutions of `casos_en_supervision_por_pais.cfm` (pending) and `…_archivados.cfm` (closed), one record per resolution (kind `OTHER`, kindLabel "Supervisión de cumplimiento de sentencia") with the case\'s `compliance` (newest resolution as `lastAction`); the State is taken from the case\'s judgments, which the listings do not name',
  },
};
