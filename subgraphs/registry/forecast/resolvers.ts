import type { Review, Visit } from '../../../schema/types.ts';
import type { PartResult, RegistryTrust } from '../page.ts';
import { collectList, decodeQuestion, encodeQuestion, questionSources, questionStubs, type QuestionPart } from '../question.ts';
import { checkForecastArgs, type ForecastArgs, type ForecastQuestion, type Today } from './window.ts';
import { forecastReviews, forecastVisits, jointOpportunities, pendingRequests, pendingWarnings } from './assemble.ts';

type PartField = 'visitParts' | 'pendingParts' | 'reviewParts';
type ForecastRef = { id: string } & Partial<Record<PartField, PartResult[]>>;

/**
 * Per system: its visits of the window, its visits without a date range (for the pending requests, which have no
 * dates and so fall outside any range), and its reviews of the window; each one list's part of MAX_FIRST records.
 */
const partsOf = (q: ForecastQuestion): (QuestionPart & { field: PartField })[] => [
  { field: 'visitParts', kind: 'visits', filter: { ...q.filter, from: q.from, to: q.to } },
  { field: 'pendingParts', kind: 'visits', filter: q.filter },
  { field: 'reviewParts', kind: 'reviews', filter: { ...q.filter, from: q.from, to: q.to } },
];

/** Query.visitForecast and VisitForecast: `today` is the registry's clock (RH_TODAY pins it). */
export function forecastResolvers(trust: RegistryTrust, today: Today) {
  const answers = new WeakMap<ForecastRef, ReturnType<typeof assemble>>();
  function assemble(ref: ForecastRef) {
    const q = questionOf(ref);
    const [visitList, pendingList, reviewList] = partsOf(q).map((part) => collectList<Visit & Review>(part, ref[part.field], trust));
    const visits = forecastVisits(q, visitList.items);
    const pending = pendingRequests(pendingList.items);
    const reviews = forecastReviews(q, reviewList.items);
    const lists = [visitList, { ...pendingList, statuses: pendingWarnings(pendingList.statuses) }, reviewList];
    return {
      visits,
      pending,
      reviews,
      joint: jointOpportunities(q, visits, pending),
      sources: questionSources(lists, [...visits, ...pending, ...reviews]),
    };
  }
  const answerOf = (ref: ForecastRef) => {
    let answer = answers.get(ref);
    if (!answer) answers.set(ref, (answer = assemble(ref)));
    return answer;
  };
  const questionOf = (ref: ForecastRef) => decodeQuestion<ForecastQuestion>('visitForecast', ref.id, trust);
  const stubs = (field: PartField) => (ref: ForecastRef) =>
    questionStubs(
      partsOf(questionOf(ref)).find((p) => p.field === field)!,
      trust,
    );
  return {
    query: (_: unknown, args: ForecastArgs) => ({ id: encodeQuestion('visitForecast', checkForecastArgs(args, today), trust) }),
    VisitForecast: {
      __resolveReference: (ref: ForecastRef) => ref,
      from: (ref: ForecastRef) => questionOf(ref).from,
      to: (ref: ForecastRef) => questionOf(ref).to,
      months: (ref: ForecastRef) => questionOf(ref).months,
      jointWithinWeeks: (ref: ForecastRef) => questionOf(ref).jointWithinWeeks,
      visitParts: stubs('visitParts'),
      pendingParts: stubs('pendingParts'),
      reviewParts: stubs('reviewParts'),
      visits: (ref: ForecastRef) => answerOf(ref).visits,
      pendingRequests: (ref: ForecastRef) => answerOf(ref).pending,
      reviews: (ref: ForecastRef) => answerOf(ref).reviews,
      jointOpportunities: (ref: ForecastRef) => answerOf(ref).joint,
      sources: (ref: ForecastRef) => answerOf(ref).sources,
    },
  };
}
