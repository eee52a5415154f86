import { SOURCE } from '../../../adapters/spinternet/fetch.ts';
import { SPINTERNET_DEFAULTS, standingInvitationsUrl, visitsUrl } from '../../../adapters/spinternet/index.ts';
import { parseStandingInvitationsPage, parseVisitsPage } from '../../../adapters/spinternet/parse.ts';
import { isoFromName } from '../../../schema/reference/countries.ts';
import { spinternetReplay } from '../../../adapters/spinternet/replay.ts';
import { textCheck, type SourceCheck } from '../../_shared/source-check.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { spinternetSource } from '../spinternet-source.ts';
import { standingInvitationResolvers } from '../standing-invitations.ts';

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
