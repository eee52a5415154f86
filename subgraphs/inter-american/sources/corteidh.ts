import {
  CORTEIDH_DEFAULTS,
  CORTEIDH_SOURCE,
  createCorteIdhAdapter,
  CORTEIDH_SUPERVISION_SOURCE,
  type CorteIdhConfig,
} from '../../../adapters/corteidh/index.ts';
import { corteIdhReplay } from '../../../adapters/corteidh/replay.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { corteIdhJudgmentsCheck } from '../../../adapters/corteidh/check.ts';
import { fixture } from './fixtures.ts';
import { SUMMA } from './summa.ts';
import { readSupervision, supervisionByCase, withSupervision } from '../court-supervision.ts';
import type { Decision } from '../../../schema/types.ts';
import { filtersApplied, type ContractSource, type SourceContext } from '../../_shared/contract-source.ts';
import { sameCaseReader, type SameCase, type WholeSource } from '../../_shared/same-case.ts';
import { summaJudgments, SUMMA_URL } from '../summa-source.ts';
import { caseNameOf } from '../../../adapters/corteidh/index.ts';
import { IA_SYSTEM, toCourtDecision } from '../to-contract.ts';

/**
 * The same Court judgment in the Court's list and in SUMMA's: the same series number ('Series C No. 109'), or the same
 * case name on the same day. judgmentKeys(corteidh C-470) → ['Series C No. 470', 'tzompaxtle tecpile|2022-11-07'].
 */
export const SAME_JUDGMENT: SameCase = {
  other: 'SUMMA',
  keys: (d: Decision) => [...(d.series ? [d.series] : []), ...(d.date ? [`${caseNameOf(d.title)}|${d.date}`] : [])],
};

/**
 * The Inter-American Court's contentious-case judgments (Series C) through its jurisprudence search (one POST for the
 * years of the range; the search's State ids are not published), merged with SUMMA's judgments of the same years so
 * that a judgment in both comes back once — the Court's record, with SUMMA in alsoIn — and SUMMA's judgments the
 * Court's listing does not give are kept as SUMMA's. Each judgment whose case the Court lists under supervision of
 * compliance gets that supervision in `compliance` (see court-supervision.ts). States and days are filtered here; total is exact.
 */
export function corteIdhSource(config: Partial<CorteIdhConfig> = {}, summaUrl: string = SUMMA_URL): ContractSource {
  const adapter = createCorteIdhAdapter(config);
  const listing = async (q: { from: string | null; to: string | null }, ctx: SourceContext): Promise<WholeSource> => {
    const [found, supervision] = await Promise.all([
      adapter.judgments(q, ctx.fetcher),
      readSupervision(adapter, ctx.fetcher).catch((err: Error) => err),
    ]);
    const warnings = [...found.warnings];
    const judgments = found.judgments.map((j) => toCourtDecision(j, found.fetched, warnings));
    if (supervision instanceof Error) {
      warnings.push(`${CORTEIDH_SUPERVISION_SOURCE}: supervision of compliance left out: ${supervision.message}`);
      return { rows: judgments, fetched: [found.fetched], warnings };
    }
    const byCase = supervisionByCase(supervision.cases);
    return {
      rows: judgments.map((j) => withSupervision(j, byCase)),
      fetched: [found.fetched, ...supervision.fetched],
      warnings: [...warnings, ...supervision.warnings],
    };
  };
  return {
    name: CORTEIDH_SOURCE,
    system: IA_SYSTEM,
    mechanisms: ['ia-iacthr'],
    canFilterBy: filtersApplied(),
    decisions: sameCaseReader(listing, summaJudgments(summaUrl), SAME_JUDGMENT),
  };
}

/** The Court's Series C judgments, merged with SUMMA's (RH_SUMMA_URL); its site also answers the advisory opinions and supervision listings. */
export const CORTEIDH: SourceDeclaration = {
  name: CORTEIDH_SOURCE,
  system: 'INTER_AMERICAN',
  defaultUrl: CORTEIDH_DEFAULTS.baseUrl,
  sources: (env) => [corteIdhSource({ baseUrl: baseUrlOf(CORTEIDH, env) }, baseUrlOf(SUMMA, env))],
  // Last year's contentious judgments (a complete year).
  checks: (now) => [corteIdhJudgmentsCheck(CORTEIDH_DEFAULTS, CORTEIDH_SOURCE, now)],
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
