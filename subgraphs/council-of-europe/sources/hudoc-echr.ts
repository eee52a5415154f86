import { HUDOC_SITES } from '../../../adapters/hudoc/index.ts';
import { hudocSourceName } from '../../../adapters/hudoc/fetch.ts';
import { hudocEchrCheck } from '../../../adapters/hudoc/check.ts';
import { hudocReplay, type HudocReplayRecord } from '../../../adapters/hudoc/replay.ts';
import { readFileSync } from 'node:fs';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { hudocEchrSource } from '../hudoc-sources.ts';
import { fixture } from './fixtures.ts';
import { execSite } from './hudoc-exec.ts';

const NAME = hudocSourceName(HUDOC_SITES.echr);

/** The ECtHR's judgments and decisions; the execution of its judgments is read from HUDOC-EXEC (RH_HUDOC_EXEC_URL). */
export const HUDOC_ECHR: SourceDeclaration = {
  name: NAME,
  system: 'EUROPEAN',
  defaultUrl: HUDOC_SITES.echr.baseUrl,
  sources: (env) => [hudocEchrSource({ ...HUDOC_SITES.echr, baseUrl: baseUrlOf(HUDOC_ECHR, env) }, execSite(env))],
  checks: () => [hudocEchrCheck(HUDOC_SITES.echr, NAME)],
  replay: {
    mount: (options) =>
      hudocReplay({
        records: JSON.parse(readFileSync(fixture('hudoc-echr/records.json'), 'utf8')) as HudocReplayRecord[],
        rssFile: fixture('hudoc-rss/echr.xml'),
        maxHits: options.hudocMaxHits,
      }),
  },
  fixtures: [NAME, 'hudoc-rss'],
  readme: { source: 'HUDOC (ECtHR)', adapter: 'hudoc', reads: 'judgments and decisions from the JSON query API `/app/query/results`' },
};
