import { createSourceCache } from '../../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../../adapters/_kit/fetcher.ts';
import { CCPR_FOLLOW_UP_DEFAULTS, createCcprFollowUpAdapter, documentsFromEnv, SOURCE } from '../../../adapters/ccpr-follow-up/index.ts';
import { downloadUrl, TBINTERNET_DEFAULTS } from '../../../adapters/tbinternet/index.ts';
import { tbinternetReplay } from '../../../adapters/tbinternet/replay.ts';
import type { SourceCheck } from '../../_shared/source-check.ts';
import { urlVariableOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { ccprFollowUpSource } from '../ccpr-follow-up-source.ts';
import { TBINTERNET } from './tbinternet.ts';

/**
 * The first configured follow-up report (CCPR/C/145/2/Add.1, Botswana), through the adapter: its Download.aspx lists an
 * English PDF, the PDF reads, and its paragraphs carry grades; a paragraph the reader could not grade is drift.
 */
function ccprFollowUpCheck(): SourceCheck {
  const [{ symbol }] = CCPR_FOLLOW_UP_DEFAULTS.documents;
  return {
    source: SOURCE,
    system: 'UN',
    url: downloadUrl(TBINTERNET_DEFAULTS, symbol),
    async run(http) {
      try {
        const { document } = await createCcprFollowUpAdapter().document(symbol, createCachedFetcher(http, createSourceCache()));
        const paragraphs = document.states.flatMap((s) => s.paragraphs);
        return {
          records: paragraphs.length,
          problems: [
            ...(paragraphs.length === 0 ? [`${symbol} read, but no graded paragraph found`] : []),
            ...(document.issuedOn === null ? [`${symbol}: no "Distr.: General <date>" line read`] : []),
            ...document.warnings,
          ],
        };
      } catch (err) {
        return { records: 0, problems: [(err as Error).message] };
      }
    },
  };
}

/**
 * The follow-up reports are Treaty Body Database documents: RH_CCPR_FOLLOW_UP_URL, else RH_TBINTERNET_URL, else the
 * live site; RH_CCPR_FOLLOW_UP_DOCUMENTS names them with their States ("CCPR/C/145/2/Add.1=BWA,…"; default the
 * recorded ones). The replay serves them on a mount of their own so that a test can fail them alone.
 */
export const CCPR_FOLLOW_UP_SOURCE: SourceDeclaration = {
  name: SOURCE,
  system: 'UN',
  defaultUrl: CCPR_FOLLOW_UP_DEFAULTS.baseUrl,
  sources: (env) => {
    const baseUrl = env[urlVariableOf(CCPR_FOLLOW_UP_SOURCE)] || env[urlVariableOf(TBINTERNET)];
    const documents = documentsFromEnv(env.RH_CCPR_FOLLOW_UP_DOCUMENTS);
    return [ccprFollowUpSource({ ...(baseUrl && { baseUrl }), ...(documents && { documents }) })];
  },
  checks: () => [ccprFollowUpCheck()],
  replay: { mount: () => tbinternetReplay() },
  fixtures: [SOURCE],
  readme: {
    source: 'Human Rights Committee follow-up reports (Treaty Body Database documents)',
    adapter: SOURCE,
    reads:
      "the Committee's follow-up grades (`Recommendation.followUp`): each report's `Download.aspx?symbolno=` lists its files, the English PDF is read with PDF.js, and per State and concluding-observations paragraph the grades (A–E, and the older B1/B2, C1/C2, D1/D2), each graded part with its subparagraphs and text, the report's date and the paragraph it assesses (`followUp.assesses`); the reports read are named in `RH_CCPR_FOLLOW_UP_DOCUMENTS`",
  },
};
