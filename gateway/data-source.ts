import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLRequestContext, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { fetch } from 'undici';
import { UPSTREAM_BUDGET_HEADER, UPSTREAM_USED_HEADER } from '../subgraphs/_shared/upstream-budget.ts';
import { recordUpstreamUse, upstreamGrant } from './upstream-grants.ts';

/**
 * A subgraph call with a deadline that never leaks the transport error (it names internal URLs): a
 * subgraph that cannot be reached in time answers an error naming only the subgraph, with a stable code.
 * The registry then sees that system's parts as {} and reports it in `sources`. Each call carries its share of the
 * request's upstream ceiling (upstream-grants.ts) and reports back what the subgraph says it used.
 */
export class HubDataSource extends RemoteGraphQLDataSource {
  constructor(readonly subgraphName: string, url: string, timeoutMs: number) {
    super({
      url,
      fetcher: ((input: string, init: object) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions): void {
    options.request.http?.headers.set(UPSTREAM_BUDGET_HEADER, String(upstreamGrant(options.context, this.subgraphName)));
  }

  override didReceiveResponse({ response, context }: Required<Pick<GatewayGraphQLRequestContext, 'response' | 'context'>>): GatewayGraphQLResponse {
    recordUpstreamUse(context, this.subgraphName, response.http?.headers.get(UPSTREAM_USED_HEADER) ?? null);
    return response;
  }

  override async process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch {
      return {
        errors: [{
          message: `The ${this.subgraphName} subgraph did not answer.`,
          extensions: { code: 'RH_SUBGRAPH_UNREACHABLE', rightsHub: { subgraph: this.subgraphName } },
        }],
      } as unknown as GatewayGraphQLResponse;
    }
  }
}
