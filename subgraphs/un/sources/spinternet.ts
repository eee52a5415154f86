import { SOURCE } from '../../../adapters/spinternet/fetch.ts';
import {
  SPINTERNET_DEFAULTS,
  standingInvitationsUrl,
  visitsUrl,
  createSpinternetAdapter,
  type SpinternetConfig,
} from '../../../adapters/spinternet/index.ts';
import { parseStandingInvitationsPage, parseVisitsPage } from '../../../adapters/spinternet/parse.ts';
import { isoFromName } from '../../../schema/reference/countries.ts';
import { spinternetReplay } from '../../../adapters/spinternet/replay.ts';
import { textCheck, type SourceCheck } from '../../../adapters/_kit/source-check.ts';
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

/**
 * The standing-invitations table: parsed with the adapter's parser; a State name outside ISO 3166 is drift too, since
 * Country.standingInvitation would then answer null for that State.
 */
function standingInvitationsCheck(): SourceCheck {
  const url = standingInvitationsUrl(SPINTERNET_DEFAULTS);
  return {
    source: `${SOURCE}-standing-invitations`,
    system: 'UN',
    url,
    async run(http) {
      const { body } = await http.getText(url, { source: SOURCE });
      try {
        const rows = parseStandingInvitationsPage(body, url);
        const unknown = rows.filter((r) => !isoFromName(r.country)).map((r) => r.country);
        return {
          records: rows.length,
          problems: [
            ...(rows.length === 0 ? ['the standing-invitations table listed no State'] : []),
            ...(unknown.length > 0
              ? [`State names not in ISO 3166 (their invitation cannot be found by code): ${unknown.join(', ')}`]
              : []),
          ],
        };
      } catch (err) {
        return { records: 0, problems: [(err as Error).message] };
      }
    },
  };
}

/** Special procedures: country visits, and the standing invitations the UN subgraph's Country.standingInvitation answers. */
export const SPINTERNET: SourceDeclaration = {
  name: SOURCE,
  system: 'UN',
  defaultUrl: SPINTERNET_DEFAULTS.baseUrl,
  sources: (env) => [spinternetSource({ baseUrl: baseUrlOf(SPINTERNET, env) })],
  resolvers: (env) => standingInvitationResolvers({ baseUrl: baseUrlOf(SPINTERNET, env) }),
  checks: () => {
    const visits = visitsUrl(SPINTERNET_DEFAULTS);
    return [textCheck(SOURCE, 'UN', visits, (body) => parseVisitsPage(body, visits).length), standingInvitationsCheck()];
  },
  replay: { mount: () => spinternetReplay() },
  fixtures: [SOURCE],
  readme: {
    source: 'Special procedures (spinternet)',
    adapter: SOURCE,
    reads:
      'country visits with their status (requested … completed), dates and report symbols; standing invitations (`Country.standingInvitation`, answered by the UN subgraph)',
  },
};
