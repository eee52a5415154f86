import { isoFromName } from '../../schema/reference/countries.ts';
import { textCheck, type SourceCheck } from '../_kit/source-check.ts';
import type { SpinternetConfig } from './config.ts';
import { standingInvitationsUrl, visitsUrl } from './fetch.ts';
import { parseStandingInvitationsPage, parseVisitsPage } from './parse.ts';

/**
 * The live drift checks of the special procedures' pages: the country-visits table, and the standing-invitations table
 * (checked as `<source>-standing-invitations`), each parsed with the adapter's parser.
 */
export function spinternetChecks(config: Pick<SpinternetConfig, 'baseUrl'>, source: string): SourceCheck[] {
  const visits = visitsUrl(config);
  return [textCheck(source, 'UN', visits, (body) => parseVisitsPage(body, visits).length), standingInvitationsCheck(config, source)];
}

/**
 * The standing-invitations table: parsed with the adapter's parser; a State name outside ISO 3166 is drift too, since
 * Country.standingInvitation would then answer null for that State.
 */
function standingInvitationsCheck(config: Pick<SpinternetConfig, 'baseUrl'>, source: string): SourceCheck {
  const url = standingInvitationsUrl(config);
  return {
    source: `${source}-standing-invitations`,
    system: 'UN',
    url,
    async run(http) {
      const { body } = await http.getText(url, { source });
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
