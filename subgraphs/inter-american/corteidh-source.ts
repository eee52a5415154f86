import { createCorteIdhAdapter, CORTEIDH_SOURCE, type CorteIdhConfig } from '../../adapters/corteidh/index.ts';
import type { Decision } from '../../schema/types.ts';
import { filtersApplied, type ContractSource, type SourceContext } from '../_shared/contract-source.ts';
import { sameCaseReader, type SameCase, type WholeSource } from '../_shared/same-case.ts';
import { summaJudgments, SUMMA_URL } from './summa-source.ts';
import { IA_SYSTEM, toCourtDecision } from './to-contract.ts';

/**
 * A case's name as both sources title it, accents, case and "et al." / "y otros" dropped:
 * caseNameOf('Caso Tzompaxtle Tecpile y otros Vs. México') === 'tzompaxtle tecpile';
 * caseNameOf('Martin del Campo Dodd. Preliminary Objections. Judgment. September 3, 2004') === 'martin del campo dodd'.
 */
export function caseNameOf(title: string): string {
  const name = title.replace(/^Caso\s+/, '').split(/\s+Vs\.\s+|\.\s/)[0];
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[,.]?\s+(?:et al|y otros?|y otras?)\.?$/, '').replace(/\s+/g, ' ').trim();
}

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
 * Court's listing does not give are kept as SUMMA's. States and days are filtered here; total is exact.
 */
export function corteIdhSource(config: Partial<CorteIdhConfig> = {}, summaUrl: string = SUMMA_URL): ContractSource {
  const adapter = createCorteIdhAdapter(config);
  const listing = async (q: { from: string | null; to: string | null }, ctx: SourceContext): Promise<WholeSource> => {
    const found = await adapter.judgments(q, ctx.fetcher);
    const warnings = [...found.warnings];
    return { rows: found.judgments.map((j) => toCourtDecision(j, found.fetched, warnings)), fetched: [found.fetched], warnings };
  };
  return {
    name: CORTEIDH_SOURCE,
    system: IA_SYSTEM,
    mechanisms: ['ia-iacthr'],
    canFilterBy: filtersApplied(),
    decisions: sameCaseReader(listing, summaJudgments(summaUrl), SAME_JUDGMENT),
  };
}
