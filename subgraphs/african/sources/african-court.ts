import { AFRICAN_COURT_DEFAULTS, AFRICAN_COURT_SOURCE } from '../../../adapters/african-court/config.ts';
import { createAfricanCourtAdapter, type AfricanCourtConfig } from '../../../adapters/african-court/index.ts';
import { africanCourtCheck } from '../../../adapters/african-court/check.ts';
import { africanCourtReplay } from '../../../adapters/african-court/replay.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { IHRDA } from './ihrda.ts';
import { filtersApplied, type ContractSource, type SourceContext } from '../../_shared/contract-source.ts';
import { IHRDA_TEMPLATES, IHRDA_URL, wholeIhrda } from '../ihrda-source.ts';
import { sameCaseReader, type WholeSource } from '../same-case.ts';
import { AFRICAN_SYSTEM, toCourtDecision } from '../to-contract.ts';

/**
 * The African Court's registry of received applications as decisions (pending, decided, struck out, transferred:
 * caseStatus), merged with IHRDA's African Court template so that a case IHRDA also holds comes back once, with IHRDA
 * in alsoIn. The registry is one page (one cached GET); filtered by State and date, newest first, sliced; total exact.
 */
export function africanCourtSource(config: Partial<AfricanCourtConfig> = {}, ihrdaUrl: string = IHRDA_URL): ContractSource {
  const adapter = createAfricanCourtAdapter(config);
  const registry = async (ctx: SourceContext): Promise<WholeSource> => {
    const { rows, fetched } = await adapter.cases(ctx.fetcher);
    const warnings: string[] = [];
    return { rows: rows.map((c) => toCourtDecision(c, fetched, adapter.pageUrl, warnings)), fetched: [fetched], warnings };
  };
  return {
    name: AFRICAN_COURT_SOURCE,
    system: AFRICAN_SYSTEM,
    mechanisms: ['af-afchpr'],
    canFilterBy: filtersApplied(),
    decisions: sameCaseReader(
      registry,
      wholeIhrda(
        IHRDA_TEMPLATES.find((t) => t.mechanism === 'af-afchpr')!,
        ihrdaUrl,
      ),
    ),
  };
}

/** The African Court's registry, merged with IHRDA's African Court template (RH_IHRDA_URL). */
export const AFRICAN_COURT: SourceDeclaration = {
  name: AFRICAN_COURT_SOURCE,
  system: 'AFRICAN',
  defaultUrl: AFRICAN_COURT_DEFAULTS.baseUrl,
  sources: (env) => [africanCourtSource({ baseUrl: baseUrlOf(AFRICAN_COURT, env) }, baseUrlOf(IHRDA, env))],
  // The registry page: table#cases with seven columns.
  checks: () => [africanCourtCheck(AFRICAN_COURT_DEFAULTS, AFRICAN_COURT.name)],
  replay: { mount: () => africanCourtReplay() },
  fixtures: [AFRICAN_COURT_SOURCE],
  readme: {
    source: 'African Court (`table#cases`)',
    adapter: AFRICAN_COURT_SOURCE,
    reads:
      'the registry of applications: case number, parties, filed and decision dates, status (pending, decided, struck out, transferred)',
  },
};
