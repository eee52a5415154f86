import type { RegistryTrust } from './page.ts';
import { sameMatterResolvers } from './same-matter/resolvers.ts';
import { forecastResolvers } from './forecast/resolvers.ts';
import type { Today } from './forecast/window.ts';
import { matrixResolvers } from './matrix/resolvers.ts';
import { relatedResolvers } from './related/resolvers.ts';

/**
 * The registry's resolvers with the questions (./question.ts) added: Query.sameMatter, Query.visitForecast,
 * Query.recommendationMatrix and Recommendation.related, and their types.
 */
export function withQuestions<R extends { Query: object }>(trust: RegistryTrust, today: Today, resolvers: R) {
  const sameMatter = sameMatterResolvers(trust);
  const forecast = forecastResolvers(trust, today);
  const matrix = matrixResolvers(trust);
  return {
    ...resolvers,
    Query: { ...resolvers.Query, sameMatter: sameMatter.query, visitForecast: forecast.query, recommendationMatrix: matrix.query },
    SameMatterResult: sameMatter.SameMatterResult,
    VisitForecast: forecast.VisitForecast,
    RecommendationMatrix: matrix.RecommendationMatrix,
    Recommendation: relatedResolvers(trust),
  };
}
