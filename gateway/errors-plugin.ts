import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Errors a client should not have to read: @apollo/gateway reports a failing part under the hidden
 * `parts` field with a wrong index, and an unreachable source subgraph is already named in `sources`.
 * Errors of the registry itself (it serves the whole page) are kept.
 */
function isReportedInSources(error: GraphQLFormattedError): boolean {
  if (error.path?.includes('parts')) return true;
  const ext = error.extensions as { code?: string; rightsHub?: { subgraph?: string } } | undefined;
  return ext?.code === 'RH_SUBGRAPH_UNREACHABLE' && ext.rightsHub?.subgraph !== 'registry';
}

export const errorsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const kept = response.body.singleResult.errors.filter((e) => !isReportedInSources(e));
        response.body.singleResult.errors = kept.length > 0 ? kept : undefined;
      },
    };
  },
};
