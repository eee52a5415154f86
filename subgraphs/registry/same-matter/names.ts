import anyAscii from 'any-ascii';
import { doubleMetaphone } from 'double-metaphone';

/**
 * Person names as secretariats and sources write them, compared so that accents, case, word order, initials and
 * transliteration variants do not hide the same person: 'Rodríguez Domínguez' ~ 'RODRIGUEZ DOMINGUEZ' ~
 * 'Domínguez, Rodríguez' (the same words), ~ 'Rodrigues Domingues' (the same sounds, Double Metaphone), ~ 'R.D.'.
 * any-ascii folds every script to ASCII (Шевчук → Shevchuk, Njawè → Njawe) before anything is compared.
 */

/** How strongly a record's words name the person asked about, strongest first. */
export type NameMatchKind = 'EXACT' | 'PHONETIC' | 'PARTIAL' | 'INITIALS';

export interface NameMatch {
  kind: NameMatchKind;
  /** The name as asked. */
  asked: string;
  /** The record's own words that matched, as the record writes them. */
  matched: string;
}

/** Words that join names rather than name anyone ('de la', 'y', 'bin', 'et al.'). */
const PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'le',
  'y',
  'e',
  'da',
  'das',
  'do',
  'dos',
  'van',
  'von',
  'der',
  'den',
  'di',
  'al',
  'el',
  'bin',
  'ben',
  'ibn',
  'et',
  'and',
  'others',
  'otros',
  'otras',
  'otra',
  'otro',
  'autres',
  'family',
  'familia',
  'mr',
  'mrs',
  'ms',
  'dr',
  'rev',
  'pr',
]);

interface Word {
  folded: string;
  original: string;
}

/** The words of a text, folded to lower-case ASCII: wordsOf('Rodríguez-Domínguez') → rodriguez, dominguez. */
function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}']+/gu)].flatMap((m) => {
    const folded = anyAscii(m[0])
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    return folded ? [{ folded, original: m[0] }] : [];
  });
}

const isNameWord = (w: Word) => !PARTICLES.has(w.folded);

/** Initials written as such: 'R.D.', 'M. N. N.', 'J.S.C.H', 'H.R.P.' → 'rd', 'mnn', 'jsch', 'hrp'. */
function initialGroupsOf(text: string): { letters: string; original: string }[] {
  return [...anyAscii(text).matchAll(/(?<![A-Za-z])((?:[A-Z]\s?\.\s?-?){1,}[A-Z](?![a-z])\.?)/g)]
    .map((m) => ({ letters: m[1].replace(/[^A-Z]/g, '').toLowerCase(), original: m[1].trim() }))
    .filter((g) => g.letters.length >= 2);
}

function soundsOf(word: string): string[] {
  return word.length < 2 ? [] : [...new Set(doubleMetaphone(word))].filter(Boolean);
}

function soundsAlike(a: string, b: string): boolean {
  const x = soundsOf(a);
  return x.length > 0 && soundsOf(b).some((code) => x.includes(code));
}

/**
 * How a record's text names a person, if it does: matchPerson('Rodríguez Domínguez', 'Rodriguez Dominguez v. Peru')
 * → EXACT; ('Tsatsu Tsikata', '322/06 Tsatsu Tsikata v Ghana') → EXACT; ('Rodrigues Domingues', …) → PHONETIC;
 * ('Rodríguez Domínguez', 'R.D. v. Switzerland') → INITIALS. Undefined when the text names nobody like them.
 */
export function matchPerson(asked: string, text: string): NameMatch | undefined {
  const person = wordsOf(asked).filter(isNameWord);
  if (person.length === 0) return undefined;
  const words = wordsOf(text).filter(isNameWord);
  const askedInitials = initialGroupsOf(asked);
  const personIsInitials =
    person.every((w) => w.folded.length === 1) || (askedInitials.length > 0 && askedInitials[0].letters.length === person.length);
  if (!personIsInitials) {
    const byWord = person.map((p) => words.find((w) => w.folded === p.folded));
    if (byWord.every(Boolean)) return { kind: 'EXACT', asked, matched: joinOriginal(byWord as Word[]) };
    const bySound = person.map((p, i) => byWord[i] ?? words.find((w) => soundsAlike(w.folded, p.folded)));
    if (bySound.every(Boolean)) return { kind: 'PHONETIC', asked, matched: joinOriginal(bySound as Word[]) };
    // Two of three or more names (a second surname or a middle name left out); never one name alone.
    const found = bySound.filter(Boolean) as Word[];
    if (person.length >= 3 && found.length >= 2) return { kind: 'PARTIAL', asked, matched: joinOriginal(found) };
  }
  const letters = personIsInitials ? person.map((w) => w.folded).join('') : person.map((w) => w.folded[0]).join('');
  if (letters.length < 2) return undefined;
  const group = initialGroupsOf(text).find((g) => g.letters === letters);
  if (group) return { kind: 'INITIALS', asked, matched: group.original };
  if (personIsInitials) {
    // 'R.D.' asked, a record naming Rodríguez Domínguez in full: consecutive words with those initials.
    for (let i = 0; i + letters.length <= words.length; i++) {
      const run = words.slice(i, i + letters.length);
      if (run.every((w, j) => w.folded.length > 1 && w.folded[0] === letters[j]))
        return { kind: 'INITIALS', asked, matched: joinOriginal(run) };
    }
  }
  return undefined;
}

function joinOriginal(words: Word[]): string {
  return [...new Set(words.map((w) => w.original))].join(' ');
}

/** Content words of free text for the facts comparison: folded, 4 letters or more, cut to a 6-letter stem. */
export function termsOf(text: string): Map<string, string> {
  const terms = new Map<string, string>();
  for (const w of wordsOf(text)) {
    if (w.folded.length < 4 || STOPWORDS.has(w.folded)) continue;
    const stem = w.folded.slice(0, 6);
    if (!terms.has(stem)) terms.set(stem, w.original);
  }
  return terms;
}

/** English, Spanish, French and Portuguese words too common in case titles and summaries to say anything about facts. */
const STOPWORDS = new Set([
  'that',
  'this',
  'with',
  'from',
  'were',
  'have',
  'been',
  'which',
  'their',
  'there',
  'they',
  'them',
  'after',
  'before',
  'during',
  'other',
  'against',
  'case',
  'cases',
  'caso',
  'affaire',
  'v',
  'vs',
  'versus',
  'contre',
  'judgment',
  'judgement',
  'decision',
  'report',
  'communication',
  'order',
  'para',
  'sobre',
  'como',
  'entre',
  'pour',
  'dans',
  'avec',
  'sont',
  'were',
  'also',
  'into',
  'under',
  'about',
  'whose',
  'when',
  'where',
  'republic',
  'republica',
  'state',
  'government',
  'kingdom',
  'federal',
  'united',
  'people',
  'peoples',
  'democratic',
  'others',
  'otros',
]);
