import { SOURCE } from '../../../adapters/spinternet/fetch.ts';
import { SPINTERNET_DEFAULTS, visitsUrl, createSpinternetAdapter, type SpinternetConfig } from '../../../adapters/spinternet/index.ts';
import { spinternetChecks } from '../../../adapters/spinternet/check.ts';
import { spinternetReplay } from '../../../adapters/spinternet/replay.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { standingInvitationResolvers } from '../standing-invitations.ts';
import type { Visit } from '../../../schema/types.ts';
import type { AdapterPage } from '../../../adapters/_kit/types.ts';
import { filtersApplied, type ContractQuery, type ContractSource, type SourceContext } from '../../_shared/contract-source.ts';
import { sortDateOf } from '../../../schema/merge.ts';
import { filteredPage } from '../../_shared/filtered-page.ts';
import { toSpVisit } from '../to-contract.ts';
import { SOURCE as SPINTERNET_SOURCE } from '../../../adapters/spinternet/config.ts';

/**
 * Special-procedures country visits (completed, under way, scheduled, accepted, requested, cancelled) from the
 * country-visits page, read whole and filtered here, in the hub's order (start date; a visit known only by its year sorts last).
 * await spinternetSource({ baseUrl }).visits!({ …q, countries: ['MEX'] }, ctx) → rows: [the 2011 right-to-food mission, the 2010 joint visit with the IACHR]
 */
export function spinternetSource(config: Partial<SpinternetConfig> = {}): ContractSource {
  const adapter = createSpinternetAdapter(config);

  async function visits(q: ContractQuery, ctx: SourceContext): Promise<AdapterPage<Visit>> {
    const { records, fetched } = await adapter.visits(ctx.fetcher);
    const all = uniqueIds(records.map((r) => toSpVisit(r, fetched, visitsUrl(adapter.config))));
    const warnings = [
      ...new Set(
        all
          .filter((v) => v.country.code === null)
          .map((v) => `spinternet country name "${v.country.name}" is not in ISO 3166; kept with code null`),
      ),
    ];
    const page = filteredPage(all, q, {
      countries: (v) => [v.country],
      mechanisms: (v) => [v.mechanism],
      order: (v) => ({ date: sortDateOf(v), id: v.id }),
    });
    return { rows: page.rows, total: page.total, fetched: [fetched], warnings };
  }

  return {
    name: SPINTERNET_SOURCE,
    system: 'UN',
    mechanisms: ['un-sp'],
    canFilterBy: filtersApplied(),
    visits,
  };
}

/** Two rows with the same mandate, country and date get '#2', '#3' … so ids stay unique. */
function uniqueIds(visits: Visit[]): Visit[] {
  const seen = new Map<string, number>();
  return visits.map((v) => {
    const n = (seen.get(v.id) ?? 0) + 1;
    seen.set(v.id, n);
    return n === 1 ? v : { ...v, id: `${v.id}#${n}` };
  });
}

/** Special procedures: country visits, and the standing invitations the UN subgraph's Country.standingInvitation answers. */
export const SPINTERNET: SourceDeclaration = {
  name: SOURCE,
  system: 'UN',
  defaultUrl: SPINTERNET_DEFAULTS.baseUrl,
  sources: (env) => [spinternetSource({ baseUrl: baseUrlOf(SPINTERNET, env) })],
  resolvers: (env) => standingInvitationResolvers({ baseUrl: baseUrlOf(SPINTERNET, env) }),
  checks: () => spinternetChecks(SPINTERNET_DEFAULTS, SOURCE),
  replay: { mount: () => spinternetReplay() },
  fixtures: [SOURCE],
  readme: {
    source: 'Special procedures (spinternet)',
    adapter: SOURCE,
    reads:
      'country visits with their status (requested … completed), dates and report symbols; standing invitations (`Country.standingInvitation`, answered by the UN subgraph)',
  },
};
