import { stemmer as englishStem } from '@orama/stemmers/english';
import { stemmer as frenchStem } from '@orama/stemmers/french';
import { stemmer as spanishStem } from '@orama/stemmers/spanish';
import { stemmer as portugueseStem } from '@orama/stemmers/portuguese';

/**
 * The hub's free-text search: `RecordFilter.text` parsed into words, "quoted phrases", AND / OR / NOT (also `-word`)
 * and parentheses, matched word by word, case- and diacritic-insensitive, on Snowball stems (@orama/stemmers) in
 * the record's language. Words side by side mean AND; AND binds tighter than OR.
 * matchesText(parseTextQuery('torture OR "ill-treatment"'), documentOf('Allegations of tortured detainees', ['en'])) === true
 */

export type StemLanguage = 'en' | 'fr' | 'es' | 'pt';
export const STEM_LANGUAGES: readonly StemLanguage[] = ['en', 'fr', 'es', 'pt'];
const STEMMERS: Record<StemLanguage, (word: string) => string> = { en: englishStem, fr: frenchStem, es: spanishStem, pt: portugueseStem };

export type TextQuery =
  | { op: 'word'; word: string }
  | { op: 'phrase'; words: string[] }
  | { op: 'and' | 'or'; parts: TextQuery[] }
  | { op: 'not'; part: TextQuery };

/** A query the parser cannot read; the message says where, for the client. */
export class TextQueryError extends Error {}

const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** 'Détention' → 'detention': lower case without diacritics (ß, æ and the like as NFKD leaves them). */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** The words of a text, lower-cased, diacritics kept (the stemmers read them): "l'État, non-refoulement" → ['l', 'état', 'non', 'refoulement']. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

// ---- parsing -------------------------------------------------------------------------------------------

type Token = { t: 'word' | 'phrase'; words: string[] } | { t: 'AND' | 'OR' | 'NOT' | '(' | ')' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:"([^"]*)("?)|(\()|(\))|(-)(?=[^\s-])|([^\s()"]+))/gy;
  let m: RegExpExecArray | null;
  let read = 0;
  while ((m = re.exec(text)) !== null && m[0] !== '') {
    read = re.lastIndex;
    const [, phrase, closed, open, close, minus, bare] = m;
    if (phrase !== undefined) {
      if (!closed) throw new TextQueryError('a quoted phrase is not closed: add the closing "');
      const words = wordsOf(phrase);
      if (words.length > 0) tokens.push({ t: 'phrase', words });
    } else if (open) tokens.push({ t: '(' });
    else if (close) tokens.push({ t: ')' });
    else if (minus) tokens.push({ t: 'NOT' });
    else if (bare === 'AND' || bare === 'OR' || bare === 'NOT') tokens.push({ t: bare });
    else {
      // "non-refoulement", "A/HRC/59/15": one written word of several words is a phrase of them.
      const words = wordsOf(bare);
      if (words.length > 0) tokens.push({ t: words.length === 1 ? 'word' : 'phrase', words });
    }
  }
  const rest = text.slice(read).trim();
  if (rest !== '') throw new TextQueryError(`cannot read the text from "${rest}"`);
  return tokens;
}

/**
 * parseTextQuery('Roma AND (housing OR eviction) NOT "Romania"') → and(Roma, or(housing, eviction), not(phrase)).
 * Throws TextQueryError on an unclosed quote or parenthesis, an operator with nothing to apply to, or no word at all.
 */
export function parseTextQuery(text: string): TextQuery {
  const tokens = tokenize(text);
  let at = 0;
  const peek = () => tokens[at];
  const expectOperand = (after: string) => {
    const next = peek();
    if (!next || next.t === ')' || next.t === 'AND' || next.t === 'OR')
      throw new TextQueryError(`${after} needs a word, a "phrase" or a (group) after it`);
  };
  const orExpr = (): TextQuery => {
    const parts = [andExpr()];
    while (peek()?.t === 'OR') {
      at++;
      expectOperand('OR');
      parts.push(andExpr());
    }
    return parts.length === 1 ? parts[0] : { op: 'or', parts };
  };
  const andExpr = (): TextQuery => {
    const parts = [unary()];
    for (let next = peek(); next && next.t !== 'OR' && next.t !== ')'; next = peek()) {
      if (next.t === 'AND') {
        at++;
        expectOperand('AND');
      }
      parts.push(unary());
    }
    return parts.length === 1 ? parts[0] : { op: 'and', parts };
  };
  const unary = (): TextQuery => {
    const token = tokens[at++];
    if (!token) throw new TextQueryError('the query ends where a word was expected');
    if (token.t === 'NOT') {
      expectOperand('NOT');
      return { op: 'not', part: unary() };
    }
    if (token.t === '(') {
      expectOperand('(');
      const inner = orExpr();
      if (tokens[at++]?.t !== ')') throw new TextQueryError('a parenthesis is not closed: add the closing )');
      return inner;
    }
    if (token.t === 'word') return { op: 'word', word: token.words[0] };
    if (token.t === 'phrase') return { op: 'phrase', words: token.words };
    throw new TextQueryError(`"${token.t}" cannot start a query or group; put a word before it`);
  };
  if (tokens.length === 0) throw new TextQueryError('no word to search for');
  const query = orExpr();
  if (at < tokens.length) throw new TextQueryError('a closing ) has no opening (');
  return query;
}

// ---- matching -----------------------------------------------------------------------------------------

/** Stems are pure; the same words recur across records, so each is stemmed once (bounded). */
const stemCache = new Map<string, string[]>();
const STEM_CACHE_MAX = 100_000;

/**
 * The keys a word matches by in one language: its stem, and the stem of its unaccented spelling, both folded,
 * so "detencion" typed without its accent still meets "detención".
 */
export function stemKeys(word: string, language: StemLanguage): string[] {
  const cacheKey = `${language}:${word}`;
  let keys = stemCache.get(cacheKey);
  if (!keys) {
    const stem = STEMMERS[language];
    const folded = foldWord(word);
    keys = [...new Set([foldWord(stem(word)), foldWord(stem(folded))])];
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(cacheKey, keys);
  }
  return keys;
}

/**
 * A record's text ready to match: its words (lower case, accents kept for the stemmers) and their folded spellings.
 * Words are stemmed only when they could match (same first two folded letters as a query word: Snowball stemmers
 * only ever change a word's ending), and each stem is cached, so matching costs little more than reading.
 */
export interface SearchDocument {
  languages: readonly StemLanguage[];
  words: string[];
  folded: string[];
}

/** documentOf('Tortured detainees', ['en']): the text to match, in the given languages (all four when none is known). */
export function documentOf(text: string, languages: readonly StemLanguage[]): SearchDocument {
  const words = wordsOf(text);
  const foldedText = wordsOf(foldWord(text));
  const folded = foldedText.length === words.length ? foldedText : words.map(foldWord);
  return { languages: languages.length > 0 ? languages : STEM_LANGUAGES, words, folded };
}

const PREFIX = 2;
const prefixOf = (folded: string) => folded.slice(0, PREFIX);

/** Whether the doc's word at `i` matches the query word (with its folded prefix) in `lang`. */
function matchesAt(doc: SearchDocument, i: number, word: string, prefix: string, lang: StemLanguage): boolean {
  if (prefixOf(doc.folded[i]) !== prefix) return false;
  const wanted = stemKeys(word, lang);
  return stemKeys(doc.words[i], lang).some((k) => wanted.includes(k));
}

function wordMatches(word: string, doc: SearchDocument): boolean {
  const prefix = prefixOf(foldWord(word));
  return doc.languages.some((lang) => doc.words.some((_, i) => matchesAt(doc, i, word, prefix, lang)));
}

function phraseMatches(words: string[], doc: SearchDocument): boolean {
  const prefixes = words.map((w) => prefixOf(foldWord(w)));
  return doc.languages.some((lang) => {
    for (let i = 0; i + words.length <= doc.words.length; i++)
      if (words.every((w, j) => matchesAt(doc, i + j, w, prefixes[j], lang))) return true;
    return false;
  });
}

export function matchesText(query: TextQuery, doc: SearchDocument): boolean {
  switch (query.op) {
    case 'word':
      return wordMatches(query.word, doc);
    case 'phrase':
      return phraseMatches(query.words, doc);
    case 'and':
      return query.parts.every((p) => matchesText(p, doc));
    case 'or':
      return query.parts.some((p) => matchesText(p, doc));
    case 'not':
      return !matchesText(query.part, doc);
  }
}

const LANGUAGE_NAMES: Record<string, StemLanguage> = {
  en: 'en',
  eng: 'en',
  english: 'en',
  fr: 'fr',
  fre: 'fr',
  fra: 'fr',
  french: 'fr',
  français: 'fr',
  es: 'es',
  spa: 'es',
  spanish: 'es',
  español: 'es',
  pt: 'pt',
  por: 'pt',
  portuguese: 'pt',
  português: 'pt',
};

/** The languages a record names (en, ENG, French, español…) that the hub stems in: stemLanguagesOf(['ENG', 'ru', null]) → ['en']. */
export function stemLanguagesOf(codes: readonly (string | null | undefined)[]): StemLanguage[] {
  const known = codes
    .map((c) => LANGUAGE_NAMES[c?.trim().toLowerCase().split(/[-_]/)[0] ?? ''])
    .filter((l): l is StemLanguage => l !== undefined);
  return [...new Set(known)];
}
