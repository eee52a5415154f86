import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { fetch } from 'undici';

/**
 * A subgraph call with a deadline that never leaks the transport error (it names internal URLs): a
 * subgraph that cannot be reached in time answers an error naming only the subgraph, with a stable code.
 * The registry then sees that system's parts as {} and reports it in `sources`.
 */
export class HubDataSource extends RemoteGraphQLDataSource {
  constructor(readonly subgraphName: string, url: string, timeoutMs: number) {
    super({
      url,
      fetcher: ((input: string, init: object) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
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
