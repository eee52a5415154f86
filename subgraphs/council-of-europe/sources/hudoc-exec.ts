import { HUDOC_SITES } from '../../../adapters/hudoc/index.ts';
import { hudocSourceName } from '../../../adapters/hudoc/fetch.ts';
import { hudocExecChecks } from '../../../adapters/hudoc/check.ts';
import { hudocReplay } from '../../../adapters/hudoc/replay.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { hudocExecSource } from '../hudoc-sources.ts';
import { envelopeRows } from './fixtures.ts';

const NAME = hudocSourceName(HUDOC_SITES.exec);

/** HUDOC-EXEC's site, as a HUDOC sub-site config under this environment (hudoc-echr reads it too, for the execution of its judgments). */
export const execSite = (env: NodeJS.ProcessEnv) => ({ ...HUDOC_SITES.exec, baseUrl: baseUrlOf(HUDOC_EXEC, env) });

export const HUDOC_EXEC: SourceDeclaration = {
  name: NAME,
  system: 'EUROPEAN',
  defaultUrl: HUDOC_SITES.exec.baseUrl,
  sources: (env) => [hudocExecSource(execSite(env))],
  // HUDOC-EXEC's case cards and Committee of Ministers documents, for Türkiye.
  checks: () => hudocExecChecks(HUDOC_SITES.exec, NAME),
  // Its case cards and Committee of Ministers documents, searched through the JSON API.
  replay: {
    mount: () =>
      hudocReplay({
        records: [...envelopeRows('hudoc-exec/cases.json'), ...envelopeRows('hudoc-exec/documents.json')],
        contentSiteName: 'EXEC',
      }),
  },
  fixtures: [NAME],
  readme: {
    source: 'HUDOC-EXEC (JSON API)',
    adapter: 'hudoc',
    reads:
      "the Committee of Ministers' supervision of the execution of ECtHR judgments (mechanism `coe-cm`): the execution-case search (pending leading cases, `/app/query/results`, HUDOC-EXEC's own query and `select`) and the Committee's decisions, notes, action plans and reports on the cases (the newest 500 for the query), one `Decision` per case with `compliance` (state, track enhanced / standard / not yet classified with the raw code, group, raw status codes, latest action and its reference); ECtHR judgments get the execution of their application numbers in `compliance`, their case card in `alsoIn`",
  },
};
