import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Fetched, SourceFetcher } from '../../adapters/_kit/fetcher.ts';

/**
 * How long a subgraph's answer may be cached (by the gateway's response cache, gateway/response-cache.ts): until the
 * first of the source copies that fed it stops being fresh, and not at all when a source failed or was served stale
 * (the next request should ask it again). Sent as the standard cache hint, `cache-control: max-age=N`, which
 * @apollo/gateway folds into the request's overall cache policy (the smallest of its subgraph calls).
 */
export class AnswerFreshness {
  private until = Infinity;
  private refused = false;

  constructor(private readonly now: () => number = Date.now) {}

  /** A copy a source answer was read from. */
  fed(fetched: Pick<Fetched, 'freshUntil' | 'stale'>): void {
    if (fetched.stale) this.refused = true;
    else if (fetched.freshUntil !== undefined) this.until = Math.min(this.until, fetched.freshUntil);
  }

  /** A source failed (or was served stale): the answer is not cached. */
  refuse(): void {
    this.refused = true;
  }

  /** Whole seconds the answer stays fresh; undefined when no source fed it (the subgraph's default applies). */
  maxAgeSeconds(): number | undefined {
    if (this.refused) return 0;
    if (this.until === Infinity) return undefined;
    return Math.max(0, Math.floor((this.until - this.now()) / 1000));
  }
}

/**
 * How long an answer that no source fed may be cached: the registry's reference data and page arithmetic, which change
 * only with a new release. The cache hint of every other answer is its AnswerFreshness.
 */
export const REFERENCE_MAX_AGE_SECONDS = 24 * 3600;

/** Restricts the request's cache policy to what its context's AnswerFreshness allows (before Apollo's cache-control plugin writes the header). */
export const answerFreshnessPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, overallCachePolicy }) {
        const maxAge = (contextValue as { freshness?: AnswerFreshness }).freshness?.maxAgeSeconds();
        if (maxAge !== undefined) overallCachePolicy.restrict({ maxAge });
      },
    };
  },
};

/**
 * A fetcher whose every answer is noted in `freshness`: also covers resolvers that read a source outside the slices. A
 * failed read is not noted: an adapter may expect one (a listing year not published); a failure that reaches the answer
 * is a source status that is not ok (the slice refuses then) or a GraphQL error (never cached).
 */
export function freshnessNoted(fetcher: SourceFetcher, freshness: AnswerFreshness): SourceFetcher {
  const noted = async (read: Promise<Fetched>) => {
    const fetched = await read;
    freshness.fed(fetched);
    return fetched;
  };
  return { get: (url, opts) => noted(fetcher.get(url, opts)), post: (url, form, opts) => noted(fetcher.post(url, form, opts)) };
}
