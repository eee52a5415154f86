import type { AdapterPage } from '../../adapters/_kit/types.ts';
import { createCorteIdhAdapter, CORTEIDH_SOURCE, type CorteIdhConfig } from '../../adapters/corteidh/index.ts';
import type { Decision } from '../../schema/types.ts';
import type { ContractSource } from '../_shared/contract-source.ts';
import { filteredPage } from '../_shared/filtered-page.ts';
import { IA_SYSTEM, toCourtDecision } from './to-contract.ts';

/**
 * The Inter-American Court's contentious-case judgments (Series C) through its jurisprudence search: one POST for the
 * years of the range; States and days are filtered here (the search's State ids are not published), total counts
 * the judgments the listing shows for the filter.
 */
export function corteIdhSource(config: Partial<CorteIdhConfig> = {}): ContractSource {
  const adapter = createCorteIdhAdapter(config);
  return {
    name: CORTEIDH_SOURCE,
    system: IA_SYSTEM,
    mechanisms: ['ia-iacthr'],
    canFilterBy: { themes: false, text: false, articles: false, importance: false, since: false },
    async decisions(q, ctx): Promise<AdapterPage<Decision>> {
      const listing = await adapter.judgments(q, ctx.fetcher);
      const warnings = [...listing.warnings];
      const decisions = listing.judgments.map((j) => toCourtDecision(j, listing.fetched, warnings));
      const page = filteredPage(decisions, q, { countries: (d) => d.respondents, order: (d) => ({ date: d.date, id: d.id }) });
      return { rows: page.rows, total: page.total, fetched: [listing.fetched], warnings: [...new Set(warnings)] };
    },
  };
}
