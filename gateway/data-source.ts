import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLRequestContext, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { fetch } from 'undici';
import { UPSTREAM_BUDGET_HEADER, UPSTREAM_USED_HEADER } from '../subgraphs/_shared/upstream-budget.ts';
import { recordUpstreamUse, upstreamGrant } from './upstream-grants.ts';
import { SpanKind, inSpan, injectTraceHeaders } from '../observability/tracing.ts';
import { currentRequest } from '../observability/request.ts';

/**
 * A subgraph call with a deadline that never leaks the transport error (it names internal URLs): a
 * subgraph that cannot be reached in time answers an error naming only the subgraph, with a stable code.
 * The registry then sees that system's parts as {} and reports it in `sources`. Each call carries its share of the
 * request's upstream ceiling (upstream-grants.ts) and reports back what the subgraph says it used.
 * Each call is a client span; the trace context (traceparent) and the request id travel to the subgraph.
 */
export class HubDataSource extends RemoteGraphQLDataSource {
  constructor(readonly subgraphName: string, url: string, timeoutMs: number) {
    super({
      url,
      fetcher: ((input: string, init: object) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions): void {
    const headers = options.request.http?.headers;
    if (!headers) return;
    headers.set(UPSTREAM_BUDGET_HEADER, String(upstreamGrant(options.context, this.subgraphName)));
    injectTraceHeaders((name, value) => headers.set(name, value));
    const requestId = currentRequest()?.id;
    if (requestId) headers.set('x-request-id', requestId);
  }

  override didReceiveResponse({ response, context }: Required<Pick<GatewayGraphQLRequestContext, 'response' | 'context'>>): GatewayGraphQLResponse {
    recordUpstreamUse(context, this.subgraphName, response.http?.headers.get(UPSTREAM_USED_HEADER) ?? null);
    return response;
  }

  override process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    return inSpan(`subgraph ${this.subgraphName}`, SpanKind.CLIENT, { 'rh.subgraph': this.subgraphName }, async () => {
      try {
        return await super.process(options);
      } catch {
        // An answer that lacks a system is not to be cached (gateway/response-cache.ts).
        if ('incomingRequestContext' in options) options.incomingRequestContext.overallCachePolicy.restrict({ maxAge: 0 });
        return {
          errors: [{
            message: `The ${this.subgraphName} subgraph did not answer.`,
            extensions: { code: 'RH_SUBGRAPH_UNREACHABLE', rightsHub: { subgraph: this.subgraphName } },
          }],
        } as unknown as GatewayGraphQLResponse;
      }
    });
  }
}
