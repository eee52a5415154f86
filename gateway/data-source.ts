import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLRequestContext, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { fetch } from 'undici';
import { UPSTREAM_BUDGET_HEADER, UPSTREAM_USED_HEADER } from '../platform/upstream-budget.ts';
import { recordUpstreamUse, upstreamGrant } from './upstream-grants.ts';
import { SpanKind, inSpan, injectTraceHeaders } from '../observability/tracing.ts';
import { currentRequest } from '../observability/request.ts';
import { credentialHeaders } from '../access/identity.ts';
import { isPlanningOnly, NOT_ASKED } from './plan-ahead.ts';

/**
 * A subgraph call with a deadline that never leaks the transport error (it names internal URLs): a
 * subgraph that cannot be reached in time answers an error naming only the subgraph, with a stable code.
 * The registry then sees that system's parts as {} and reports it in `sources`. Each call carries its grant from the
 * request's one pool of upstream requests (upstream-grants.ts) and reports back what the subgraph says it used.
 * Each call is a client span; the trace context (traceparent) and the request id travel to the subgraph, and so do the
 * caller's credentials (authorization, x-api-key) as the client sent them: each subgraph verifies them again. An
 * operation planned ahead (plan-ahead.ts) asks no subgraph.
 */
export class HubDataSource extends RemoteGraphQLDataSource {
  constructor(
    readonly subgraphName: string,
    url: string,
    timeoutMs: number,
  ) {
    super({
      url,
      fetcher: ((input: string, init: object) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions): void {
    const http = options.request.http;
    if (!http) return;
    const { headers } = http;
    // The call is known by its http object: the answer's request is a copy of this one, with the same http.
    headers.set(UPSTREAM_BUDGET_HEADER, String(upstreamGrant(options.context, this.subgraphName, http)));
    injectTraceHeaders((name, value) => headers.set(name, value));
    const requestId = currentRequest()?.id;
    if (requestId) headers.set('x-request-id', requestId);
    const incoming = 'incomingRequestContext' in options ? options.incomingRequestContext.request.http?.headers : undefined;
    if (incoming) for (const [name, value] of Object.entries(credentialHeaders(incoming))) headers.set(name, value);
  }

  override didReceiveResponse({
    request,
    response,
    context,
  }: Required<Pick<GatewayGraphQLRequestContext, 'request' | 'response' | 'context'>>): GatewayGraphQLResponse {
    if (request.http) recordUpstreamUse(context, request.http, response.http?.headers.get(UPSTREAM_USED_HEADER) ?? null);
    return response;
  }

  override process(options: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    if (isPlanningOnly(options.context)) return Promise.resolve(NOT_ASKED);
    return inSpan(`subgraph ${this.subgraphName}`, SpanKind.CLIENT, { 'rh.subgraph': this.subgraphName }, async () => {
      try {
        return await super.process(options);
      } catch {
        // An answer that lacks a system is not to be cached (gateway/response-cache.ts).
        if ('incomingRequestContext' in options) options.incomingRequestContext.overallCachePolicy.restrict({ maxAge: 0 });
        return {
          errors: [
            {
              message: `The ${this.subgraphName} subgraph did not answer.`,
              extensions: { code: 'RH_SUBGRAPH_UNREACHABLE', rightsHub: { subgraph: this.subgraphName } },
            },
          ],
        } as unknown as GatewayGraphQLResponse;
      }
    });
  }
}
