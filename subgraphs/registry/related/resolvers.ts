import type { Recommendation, RecordFilter } from '../../../schema/types.ts';
import { canonicalFilter } from '../../../schema/filter.ts';
import { MECHANISMS } from '../../../schema/reference/mechanisms.ts';
import { partsRequirement } from '../../../schema/index.ts';
import type { PartResult, RegistryTrust } from '../page.ts';
import { collectList, decodeQuestion, encodeQuestion, questionStubs, type QuestionPart } from '../question.ts';
import { relatedTo, type RelatedSource } from './similarity.ts';

/**
 * Recommendation.related: the registry gives each recommendation it returns a key carrying what relatedness is measured
 * from (signed, like a question's id) and one hidden part per system: the newest MAX_FIRST recommendations of the other
 * mechanisms to the same States. Once the systems answered (in parallel, @requires), it ranks them (./similarity.ts).
 */

export const RELATED_SDL = `extend type Recommendation @key(fields: "relatedKey") {
  "Opaque: what related recommendations are measured from, signed."
  relatedKey: String! @inaccessible
  relatedParts: [RecommendationPart!]! @inaccessible
  """
  Other mechanisms' recommendations to the same State, most related first: those sharing a UHRI theme with this one (own
  or derived) or with like text (BM25 over the candidates, stemmed), score = BM25 + 1 per shared theme. The candidates
  are the newest 100 of each system's other mechanisms' recommendations to the State, asked of every system in parallel.
  """
  related(first: Int = 5): [RelatedRecommendation!]! @requires(fields: "${partsRequirement('recommendations', 'relatedParts')}")
}

"A recommendation related to another, and why."
type RelatedRecommendation {
  recommendation: Recommendation!
  "BM25 of its text against the recommendation's, plus 1 per shared theme (three decimals)."
  score: Float!
  "The UHRI themes both have (own or derived)."
  sharedThemes: [ThemeRef!]!
  "The recommendation's words whose stems its text holds."
  matchedTerms: [String!]!
  "The reasons in words: the shared themes, the matched terms and their BM25."
  why: String!
}`;

/** At most this many related recommendations a field (first). */
const MAX_RELATED = 20;

interface RelatedQuestion extends RelatedSource {
  countries: string[];
  mechanism: string;
}
type RelatedRef = { relatedKey: string; relatedParts?: PartResult[] };

const known = (codes: (string | null)[]) => [...new Set(codes.filter((c): c is string => c !== null))];
const questionFrom = (r: Recommendation): RelatedQuestion => ({
  text: r.text,
  themes: known(r.themes.map((t) => t.code)),
  countries: known(r.countries.map((c) => c.code)),
  mechanism: r.mechanism.id,
});

/** The candidates' list: the same States, every mechanism but the recommendation's own (none when no State is known). */
function partOf(q: RelatedQuestion): QuestionPart | null {
  if (q.countries.length === 0) return null;
  const filter: RecordFilter = canonicalFilter({
    countries: q.countries,
    mechanisms: MECHANISMS.filter((m) => m.id !== q.mechanism).map((m) => m.id),
  });
  return { field: 'relatedParts', kind: 'recommendations', filter };
}

export function relatedResolvers(trust: RegistryTrust) {
  /** The question of a record the registry merged, or of a representation (its key, signed by this registry). */
  const questionOf = (parent: Recommendation | RelatedRef) =>
    'relatedKey' in parent ? decodeQuestion<RelatedQuestion>('related', parent.relatedKey, trust) : questionFrom(parent);
  return {
    __resolveReference: (ref: RelatedRef) => ref,
    relatedKey: (parent: Recommendation | RelatedRef) =>
      'relatedKey' in parent ? parent.relatedKey : encodeQuestion('related', questionFrom(parent), trust),
    relatedParts: (parent: Recommendation | RelatedRef) => {
      const part = partOf(questionOf(parent));
      return part ? questionStubs(part, trust) : [];
    },
    related: (ref: RelatedRef, { first }: { first?: number | null }) => {
      const q = questionOf(ref);
      const part = partOf(q);
      if (!part) return [];
      const candidates = collectList<Recommendation>(part, ref.relatedParts, trust).items.filter((c) => c.mechanism.id !== q.mechanism);
      return relatedTo(q, candidates, Math.min(Math.max(first ?? 5, 1), MAX_RELATED));
    },
  };
}
