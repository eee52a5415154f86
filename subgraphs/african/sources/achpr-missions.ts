import { ACHPR_DEFAULTS, ACHPR_MISSIONS_SOURCE, ACHPR_SOURCE } from '../../../adapters/achpr/config.ts';
import { createAchprAdapter, type AchprConfig } from '../../../adapters/achpr/index.ts';
import { achprMissionsCheck } from '../../../adapters/achpr/check.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { ACHPR } from './achpr.ts';
import { sortDateOf } from '../../../schema/merge.ts';
import type { Visit } from '../../../schema/types.ts';
import { filtersApplied, type ContractSource } from '../../_shared/contract-source.ts';
import { filteredPage } from '../../_shared/filtered-page.ts';
import { AFRICAN_SYSTEM, toAchprVisits } from '../to-contract.ts';

/**
 * The African Commission's promotion and fact-finding missions as visits: its "Mission Reports" listing
 * (achpr.au.int/en/category/mission-reports, every page, cached), one Visit per State visited (a mission to the same
 * State and day listed twice comes back once), filtered by State and date, newest first by the hub's date
 * (startDate, else publishedOn; undated missions last), sliced; total exact.
 * achprMissionsSource({ baseUrl: 'https://achpr.au.int' }).visits({ ...q, countries: ['TZA'] }, ctx) → the January 2023 promotion mission.
 */
export function achprMissionsSource(config: Partial<AchprConfig> = {}): ContractSource {
  const adapter = createAchprAdapter(config);
  return {
    name: ACHPR_MISSIONS_SOURCE,
    system: AFRICAN_SYSTEM,
    mechanisms: ['af-achpr'],
    canFilterBy: filtersApplied(),
    async visits(q, ctx) {
      const { rows, fetched, warnings } = await adapter.missions(ctx.fetcher);
      const mapped: string[] = [];
      const visits = new Map<string, Visit>();
      for (const { record, fetched: from } of rows)
        for (const v of toAchprVisits(record, from, mapped)) if (!visits.has(v.id)) visits.set(v.id, v);
      const page = filteredPage([...visits.values()], q, {
        countries: (v) => [v.country],
        order: (v) => ({ date: sortDateOf(v), id: v.id }),
      });
      return { ...page, fetched, warnings: [...warnings, ...new Set(mapped)] };
    },
  };
}

export const ACHPR_MISSIONS: SourceDeclaration = {
  name: ACHPR_MISSIONS_SOURCE,
  system: 'AFRICAN',
  defaultUrl: ACHPR_DEFAULTS.baseUrl,
  site: ACHPR,
  sources: (env) => [achprMissionsSource({ baseUrl: baseUrlOf(ACHPR_MISSIONS, env) })],
  // The first missions listing page: entries naming a State.
  checks: () => [achprMissionsCheck(ACHPR_DEFAULTS, ACHPR_MISSIONS.name)],
  fixtures: [ACHPR_SOURCE],
  readme: {
    source: 'ACHPR, promotion and fact-finding missions',
    adapter: ACHPR_SOURCE,
    reads: "the Commission's promotion and fact-finding missions (`Visit`) from the paged mission-reports listing",
  },
};
