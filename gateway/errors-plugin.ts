import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { tokenLimitError, withLimitCode } from '../platform/limits.ts';
import { upstreamUsed } from './upstream-grants.ts';

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

/**
 * The gateway throws these while choosing the operation to run and Apollo answers 500; they are the client's
 * mistake (several operations and no operationName, or an unknown one), answered 400 as a subgraph does.
 */
const OPERATION_RESOLUTION = /^(Must provide operation name|Unknown operation named)/;

/**
 * The gateway's errors in the hub's shape, and `extensions.rightsHub.upstreamRequests`: how many requests the
 * answer cost the mechanisms' sources (from cache or not), as the subgraphs counted them.
 */
export const errorsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        const upstreamRequests = upstreamUsed(contextValue);
        if (upstreamRequests !== undefined) result.extensions = { ...result.extensions, rightsHub: { upstreamRequests } };
        if (!result.errors) return;
        if (result.errors.some((e) => OPERATION_RESOLUTION.test(e.message))) {
          response.http.status = 400;
          result.errors = result.errors.map((e) => ({ ...e, extensions: { ...e.extensions, code: 'OPERATION_RESOLUTION_FAILURE' } }));
        }
        const kept = result.errors
          .filter((e) => !isReportedInSources(e))
          .map((e) => ({ ...withLimitCode(e), ...tokenLimitError(e.message) }));
        result.errors = kept.length > 0 ? kept : undefined;
      },
    };
  },
};
