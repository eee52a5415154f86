import { createAchprAdapter, type AchprConfig } from '../../adapters/achpr/index.ts';
import { sortDateOf } from '../../schema/merge.ts';
import type { Visit } from '../../schema/types.ts';
import { filtersApplied, type ContractSource } from '../_shared/contract-source.ts';
import { filteredPage } from '../_shared/filtered-page.ts';
import { AFRICAN_SYSTEM, toAchprVisits } from './to-contract.ts';
import { ACHPR_MISSIONS_SOURCE } from '../../adapters/achpr/config.ts';

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
