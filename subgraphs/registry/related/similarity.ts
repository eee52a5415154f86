import MiniSearch from 'minisearch';
import type { Recommendation, ThemeRef } from '../../../schema/types.ts';
import { stemKeys, wordsOf } from '../../../schema/text-query.ts';

/**
 * Related recommendations: among the candidates (other mechanisms' recommendations to the same State), those whose text
 * is like the recommendation's (BM25 over the candidates, computed at query time with MiniSearch's defaults: k 1.2,
 * b 0.7, d 0.5) or that share a UHRI theme with it (own or derived). score = BM25 + 1 per shared theme, so text decides
 * among candidates of the same themes. Words are stemmed (Snowball, English: the recommendations the hub reads are in
 * English) as the text filter stems them; words of fewer than three letters and the commonest function words are left out.
 */

const STOP_WORDS = new Set(
  (
    'the and for that with this from its are was were has have had not but all any such which who ' +
    'into their them they also other been being shall should would could may can will'
  ).split(' '),
);

/** A word's BM25 term: its English stem, folded; null for the words left out. */
function termOf(word: string): string | null {
  return word.length < 3 || STOP_WORDS.has(word) ? null : stemKeys(word, 'en')[0];
}

export interface RelatedRecommendation {
  recommendation: Recommendation;
  score: number;
  sharedThemes: ThemeRef[];
  /** The recommendation's own words whose stems the candidate's text holds. */
  matchedTerms: string[];
  why: string;
}

/** What relatedness is measured from: the recommendation's text and its theme codes (own or derived). */
export interface RelatedSource {
  text: string;
  themes: string[];
}

/** The `first` candidates most related to `source`, best first (ties: newest, then id); none shares neither theme nor term. */
export function relatedTo(source: RelatedSource, candidates: readonly Recommendation[], first: number): RelatedRecommendation[] {
  const index = new MiniSearch<Recommendation>({ fields: ['text'], storeFields: [], tokenize: wordsOf, processTerm: termOf });
  index.addAll(candidates);
  const bm25 = new Map(index.search(source.text, { combineWith: 'OR' }).map((hit) => [hit.id as string, hit]));
  // The source's words by term, to show a matched term in the recommendation's own words.
  const wordOfTerm = new Map<string, string>();
  for (const word of wordsOf(source.text)) {
    const term = termOf(word);
    if (term && !wordOfTerm.has(term)) wordOfTerm.set(term, word);
  }
  const own = new Set(source.themes);
  return candidates
    .flatMap((candidate) => {
      const hit = bm25.get(candidate.id);
      const seen = new Set<string>();
      const sharedThemes = candidate.themes.filter((t) => t.code !== null && own.has(t.code) && !seen.has(t.code) && seen.add(t.code));
      const matchedTerms = (hit?.queryTerms ?? []).map((t) => wordOfTerm.get(t) ?? t);
      if (sharedThemes.length === 0 && matchedTerms.length === 0) return [];
      const score = Math.round(((hit?.score ?? 0) + sharedThemes.length) * 1000) / 1000;
      const why = [
        ...(sharedThemes.length
          ? [`shares the theme${sharedThemes.length > 1 ? 's' : ''} ${sharedThemes.map((t) => t.code).join(', ')}`]
          : []),
        ...(matchedTerms.length
          ? [`its text holds ${matchedTerms.map((t) => `"${t}"`).join(', ')} (BM25 ${Math.round((hit?.score ?? 0) * 1000) / 1000})`]
          : []),
      ].join('; ');
      return [{ recommendation: candidate, score, sharedThemes, matchedTerms, why }];
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        (b.recommendation.issuedOn ?? '').localeCompare(a.recommendation.issuedOn ?? '') ||
        a.recommendation.id.localeCompare(b.recommendation.id),
    )
    .slice(0, first);
}
