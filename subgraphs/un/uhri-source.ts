import type { Recommendation } from '../../schema/types.ts';
import type { AdapterPage } from '../../adapters/_kit/types.ts';
import type { UhriConfig } from '../../adapters/uhri/config.ts';
import { createUhriAdapter } from '../../adapters/uhri/index.ts';
import { MECHANISMS, mechanismById } from '../../schema/reference/mechanisms.ts';
import { filtersApplied, type ContractQuery, type ContractSource, type SourceContext } from '../_shared/contract-source.ts';
import { recommendationWarnings, toRecommendation } from './to-contract.ts';

/** Every UN mechanism: UHRI indexes the treaty bodies, the special procedures and the UPR. */
const UN_MECHANISMS: readonly string[] = MECHANISMS.filter((m) => m.system === 'UN').map((m) => m.id);

/**
 * UHRI as the UN subgraph's source of recommendations and observations. Themes (A1–H1 codes) and mechanisms
 * are filtered in the adapter, before paging, so `total` is right; mechanism ids become UHRI bodies by acronym
 * (un-crc → CRC, un-upr → UPR, un-sp → SP: every special-procedure mandate).
 * const uhri = uhriSource({ indexDir }); await uhri.recommendations!({ countries: ['SVN'], …, themes: ['G1'], mechanisms: ['un-upr'] }, ctx)
 */
export function uhriSource(config: Partial<UhriConfig> = {}): ContractSource {
  const adapter = createUhriAdapter(config);

  async function recommendations(q: ContractQuery, ctx: SourceContext): Promise<AdapterPage<Recommendation>> {
    const ours = q.mechanisms.filter((id) => UN_MECHANISMS.includes(id));
    if (q.mechanisms.length > 0 && ours.length === 0) return { rows: [], total: 0, fetched: [], warnings: [] };
    const page = await adapter.search({ ...q, bodies: ours.map((id) => mechanismById(id)!.acronym) }, { http: ctx.http });
    const rows = page.rows.map((r) => toRecommendation(r, page.fetched[0]));
    return { rows, total: page.total, fetched: page.fetched, warnings: [...new Set([...page.warnings, ...rows.flatMap(recommendationWarnings)])] };
  }

  return {
    name: 'uhri', system: 'UN', mechanisms: UN_MECHANISMS, canFilterBy: filtersApplied('themes', 'text'),
    textSearch: "the hub's stemmed word matching, in English, over the index", recommendations,
  };
}
