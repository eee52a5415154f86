import { execCasesOf, execDocumentsOf, execDocumentsSite, HUDOC_SITES, type HudocColumns } from '../../../adapters/hudoc/index.ts';
import { hudocQueryUrl, hudocSourceName } from '../../../adapters/hudoc/fetch.ts';
import { parseHudocResults } from '../../../adapters/hudoc/parse.ts';
import { hudocReplay } from '../../../adapters/hudoc/replay.ts';
import { textCheck, type SourceCheck } from '../../../adapters/_kit/source-check.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { hudocExecSource } from '../hudoc-sources.ts';
import { envelopeRows } from './fixtures.ts';

const NAME = hudocSourceName(HUDOC_SITES.exec);

/** Rows of a JSON answer read by `read`; a row it cannot read is a drift problem, named. */
function execCheck(url: string, read: (rows: HudocColumns[]) => { rows: unknown[]; warnings: string[] }): SourceCheck {
  return textCheck(NAME, 'EUROPEAN', url, (body) => {
    const found = read(parseHudocResults(body, NAME, url).rows);
    if (found.warnings.length > 0) throw new Error(found.warnings.join('; '));
    return found.rows.length;
  });
}

/** HUDOC-EXEC's site, as a HUDOC sub-site config under this environment (hudoc-echr reads it too, for the execution of its judgments). */
export const execSite = (env: NodeJS.ProcessEnv) => ({ ...HUDOC_SITES.exec, baseUrl: baseUrlOf(HUDOC_EXEC, env) });

export const HUDOC_EXEC: SourceDeclaration = {
  name: NAME,
  system: 'EUROPEAN',
  defaultUrl: HUDOC_SITES.exec.baseUrl,
  sources: (env) => [hudocExecSource(execSite(env))],
  // HUDOC-EXEC's case cards and Committee of Ministers documents, for Türkiye.
  checks: () => [
    execCheck(hudocQueryUrl(HUDOC_SITES.exec, { countries: ['TUR'], from: null, to: null }, 0, 20), execCasesOf),
    execCheck(hudocQueryUrl(execDocumentsSite(HUDOC_SITES.exec), { countries: ['TUR'], from: null, to: null }, 0, 20), execDocumentsOf),
  ],
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
