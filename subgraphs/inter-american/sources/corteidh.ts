import { CORTEIDH_DEFAULTS, CORTEIDH_SOURCE } from '../../../adapters/corteidh/index.ts';
import { parseSearchResults } from '../../../adapters/corteidh/parse.ts';
import { toJudgments } from '../../../adapters/corteidh/map.ts';
import { corteIdhReplay } from '../../../adapters/corteidh/replay.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { corteIdhSource } from '../corteidh-source.ts';
import { corteIdhSearchCheck } from './corteidh-search-check.ts';
import { fixture } from './fixtures.ts';
import { SUMMA } from './summa.ts';

/** The Court's Series C judgments, merged with SUMMA's (RH_SUMMA_URL); its site also answers the advisory opinions and supervision listings. */
export const CORTEIDH: SourceDeclaration = {
  name: CORTEIDH_SOURCE,
  system: 'INTER_AMERICAN',
  defaultUrl: CORTEIDH_DEFAULTS.baseUrl,
  sources: (env) => [corteIdhSource({ baseUrl: baseUrlOf(CORTEIDH, env) }, baseUrlOf(SUMMA, env))],
  // Last year's contentious judgments (a complete year).
  checks: (now) => {
    const year = now.getUTCFullYear() - 1;
    return [
      corteIdhSearchCheck(
        CORTEIDH_SOURCE,
        'CC',
        { from: `${year}-01-01`, to: `${year}-12-31` },
        (body, url, w) => toJudgments(parseSearchResults(body, CORTEIDH_SOURCE, url), CORTEIDH_SOURCE, w).length,
      ),
    ];
  },
  replay: {
    mount: () =>
      corteIdhReplay(
        { CC: fixture('corteidh/jurisprudencia-CC-es.html'), OC: fixture('corteidh/jurisprudencia-OC-es.html') },
        // Only the listing of cases under supervision is recorded; the archived cases' listing is not (it answers 404).
        { '/casos_en_supervision_por_pais.cfm': fixture('corteidh/casos_en_supervision_por_pais-es.html') },
      ),
  },
  fixtures: [CORTEIDH_SOURCE],
  readme: {
    source: 'Inter-American Court',
    adapter: CORTEIDH_SOURCE,
    reads:
      "Series C judgments from the Court's search service (`POST get_jurisprudencia_search_tipo.cfm`, `li.search-result`), in Spanish as issued, each with the supervision of compliance of its case (`Decision.compliance`, matched by case name)",
  },
};
