import type { ApolloServerPlugin } from '@apollo/server';
import { currentRequest } from './request.ts';
import { graphqlErrorsTotal, sourceStatusTotal } from './metrics.ts';

interface StatusLike {
  system?: unknown;
  source?: unknown;
  ok?: unknown;
  code?: unknown;
}

/** At most this many source outcomes are collected from one answer (a page has a few dozen). */
const MAX_OUTCOMES = 200;

/** The per-source statuses an answer carries (every `sources` list it selected), walked without recursion limits' risk. */
function sourceStatuses(data: unknown): StatusLike[] {
  const found: StatusLike[] = [];
  const stack: unknown[] = [data];
  while (stack.length && found.length < MAX_OUTCOMES) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      stack.push(...value);
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    const v = value as StatusLike;
    if (typeof v.source === 'string' && typeof v.ok === 'boolean') {
      found.push(v);
      continue;
    }
    stack.push(...Object.values(value));
  }
  return found;
}

const outcomeCode = (status: StatusLike) => (status.ok ? 'ok' : String(status.code ?? 'unknown'));
const outcomeOf = (status: StatusLike) => `${String(status.source)}:${outcomeCode(status)}`;

/** The per-source outcomes an answer carries, as its log line lists them: sourceOutcomes(data) → ['uhri:ok', 'hudoc-echr:RH_SOURCE_HTTP']. */
export function sourceOutcomes(data: unknown): string[] {
  return sourceStatuses(data).map(outcomeOf);
}

/**
 * Tells the request's record (observability/request.ts) the operation name, the error codes and the per-source
 * outcomes, and stamps every error with the request id so a user can quote it. `countSourceStatuses` is for the
 * system subgraphs, which make the statuses (the registry and the gateway pass them on: counting there would count twice).
 */
export function observePlugin(service: string, options: { countSourceStatuses?: boolean } = {}): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName }) {
          const record = currentRequest();
          if (record) record.operation = operationName ?? undefined;
        },
        async willSendResponse({ response }) {
          const record = currentRequest();
          // An operation no client sent (planned at start, gateway/plan-ahead.ts) answers nobody: nothing to count.
          if (!record || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          for (const error of result.errors ?? []) {
            const code = String((error.extensions as { code?: unknown } | undefined)?.code ?? 'UNKNOWN');
            graphqlErrorsTotal.inc({ service, code });
            record.errorCodes.push(code);
            (error as { extensions?: Record<string, unknown> }).extensions = { ...error.extensions, requestId: record.id };
          }
          const statuses = sourceStatuses(result.data);
          if (options.countSourceStatuses)
            for (const status of statuses)
              sourceStatusTotal.inc({ system: String(status.system ?? ''), source: String(status.source), code: outcomeCode(status) });
          record.sources = [...record.sources, ...statuses.map(outcomeOf)];
        },
      };
    },
  };
}
