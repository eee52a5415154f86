import { GraphQLError } from 'graphql';
import { asSourceError } from '../../adapters/_kit/errors.ts';
import { createSpinternetAdapter, standingInvitationsUrl, type SpinternetConfig } from '../../adapters/spinternet/index.ts';
import type { SourceContext } from '../_shared/contract-source.ts';
import { toStandingInvitation, type StandingInvitation } from './to-contract.ts';
import { SOURCE as SPINTERNET_SOURCE } from '../../adapters/spinternet/config.ts';

/**
 * Resolvers of the UN subgraph's Country (subgraphs/un/own.graphql): `standingInvitation` reads OHCHR's
 * standing-invitations page (cached, fetched once per request however many countries ask) and picks the State's row.
 * A page that cannot be read makes that one field null with an error carrying the source's code (RH_SOURCE_HTTP, …);
 * the rest of the country's answer is unaffected.
 * standingInvitationResolvers({ baseUrl }).Country.standingInvitation({ code: 'MEX' }, {}, ctx) → { since: '2003-01', … }
 */
export function standingInvitationResolvers(config: Partial<SpinternetConfig> = {}) {
  const adapter = createSpinternetAdapter(config);
  return {
    Country: {
      __resolveReference: ({ code }: { code: string }) => ({ code }),
      async standingInvitation({ code }: { code: string }, _args: unknown, ctx: SourceContext): Promise<StandingInvitation | null> {
        try {
          const { records, fetched } = await adapter.standingInvitations(ctx.fetcher);
          return toStandingInvitation(records, code, fetched, standingInvitationsUrl(adapter.config));
        } catch (err) {
          const error = asSourceError(err, SPINTERNET_SOURCE);
          throw new GraphQLError(`The special procedures' standing-invitations page could not be read: ${error.message}`, {
            extensions: { code: error.code, rightsHub: { system: 'UN', source: SPINTERNET_SOURCE } },
          });
        }
      },
    },
  };
}
