import { ACHPR_DEFAULTS, ACHPR_SOURCE } from '../../../adapters/achpr/config.ts';
import { createAchprAdapter, type AchprConfig } from '../../../adapters/achpr/index.ts';
import { achprCheck } from '../../../adapters/achpr/check.ts';
import { achprReplay } from '../../../adapters/achpr/replay.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { IHRDA } from './ihrda.ts';
import { filtersApplied, type ContractSource, type SourceContext } from '../../_shared/contract-source.ts';
import { IHRDA_TEMPLATES, IHRDA_URL, wholeIhrda } from '../ihrda-source.ts';
import { sameCaseReader, type WholeSource } from '../same-case.ts';
import { AFRICAN_SYSTEM, toAchprDecision } from '../to-contract.ts';

/**
 * The African Commission's decisions on communications: its own listing (achpr.au.int, every page) merged with IHRDA's
 * ACHPR template, so that a communication in both comes back once — the Commission's record, dated and completed from
 * IHRDA, with IHRDA in alsoIn. Filtered by State and date, newest first, sliced; total exact.
 */
export function achprSource(config: Partial<AchprConfig> = {}, ihrdaUrl: string = IHRDA_URL): ContractSource {
  const adapter = createAchprAdapter(config);
  const listing = async (ctx: SourceContext): Promise<WholeSource> => {
    const { rows, fetched, warnings, complete } = await adapter.decisions(ctx.fetcher);
    return { rows: rows.map((r) => toAchprDecision(r.record, r.fetched, warnings)), fetched, warnings, complete };
  };
  return {
    name: ACHPR_SOURCE,
    system: AFRICAN_SYSTEM,
    mechanisms: ['af-achpr'],
    canFilterBy: filtersApplied(),
    decisions: sameCaseReader(
      listing,
      wholeIhrda(
        IHRDA_TEMPLATES.find((t) => t.mechanism === 'af-achpr')!,
        ihrdaUrl,
      ),
    ),
  };
}

/** The African Commission's decisions on communications, merged with IHRDA's (RH_IHRDA_URL); its site also lists its missions. */
export const ACHPR: SourceDeclaration = {
  name: ACHPR_SOURCE,
  system: 'AFRICAN',
  defaultUrl: ACHPR_DEFAULTS.baseUrl,
  sources: (env) => [achprSource({ baseUrl: baseUrlOf(ACHPR, env) }, baseUrlOf(IHRDA, env))],
  // The first decisions listing page: links to communication pages.
  checks: () => [achprCheck(ACHPR_DEFAULTS, ACHPR.name)],
  replay: { mount: () => achprReplay() },
  fixtures: [ACHPR_SOURCE],
  readme: {
    source: 'ACHPR (achpr.au.int)',
    adapter: ACHPR_SOURCE,
    reads: "decisions on communications from the paged category listing, merged with IHRDA's (one record, IHRDA in `alsoIn`)",
  },
};
