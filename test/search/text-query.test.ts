import { describe, expect, it } from 'vitest';
import {
  documentOf,
  matchesText,
  parseTextQuery,
  stemKeys,
  stemLanguagesOf,
  TextQueryError,
  type StemLanguage,
} from '../../schema/text-query.ts';

/** Real record texts from test/fixtures (the file each comes from is named beside it). */
const ECTHR_CONCLUSION = 'Violation of Article 3 - Prohibition of torture (Article 3 - Degrading treatment) (Substantive aspect)'; // hudoc-echr/records.json
const UPR_STATELESS =
  '140.253 Establish a specific procedure for determining stateless status and adopt concrete measures to improve the registration of stateless persons (Costa Rica);'; // uhri/export-full-en.json
const ECRI_PRESS_FR = "La Commission antiracisme du Conseil de l'Europe prépare un rapport sur la Pologne"; // hudoc-rss/ecri.xml
const SUMMA_TORTURE_ES = 'Tortura y tratos crueles, inhumanos o degradantes'; // summa/entities.json (thesaurus label)
const SUMMA_DETENTION_ES = 'Detención ilegal/arbitraria'; // summa/entities.json
const ROMA =
  '140.31 Step up the fight against racism and hate speech, and take measures to safeguard the rights of minorities, such as Roma, in education, employment and healthcare (China);'; // uhri/export-full-en.json
const ROMANIA = 'CIONCA v. Romania'; // hudoc-rss/exec.xml
const CPT_SECTION =
  'Transgender persons: core principles to ensure their respectful and decent treatment in prison / Risk of ill-treatment and verbal abuse by staff'; // hudoc-rss/cpt.xml

const matches = (query: string, text: string, languages: StemLanguage[] = []) =>
  matchesText(parseTextQuery(query), documentOf(text, languages));

describe('the hub text search: words, stems, phrases, AND / OR / NOT', () => {
  it('matches English words on their stem, whatever the case', () => {
    expect(matches('tortured', ECTHR_CONCLUSION, ['en'])).toBe(true);
    expect(matches('TORTURE', ECTHR_CONCLUSION, ['en'])).toBe(true);
    expect(matches('prohibitions', ECTHR_CONCLUSION, ['en'])).toBe(true);
    expect(matches('statelessness', UPR_STATELESS, ['en'])).toBe(true);
    expect(matches('measure', UPR_STATELESS, ['en'])).toBe(true);
    expect(matches('torment', ECTHR_CONCLUSION, ['en'])).toBe(false);
  });

  it('matches French and Spanish words on their stems, with or without accents', () => {
    expect(matches('rapports', ECRI_PRESS_FR, ['fr'])).toBe(true);
    expect(matches('preparer', ECRI_PRESS_FR, ['fr'])).toBe(true);
    expect(matches('torturas', SUMMA_TORTURE_ES, ['es'])).toBe(true);
    // "tortura" finds "torturas": the recorded data holds no "torturas", so the two are compared on their Spanish stem.
    expect(stemKeys('torturas', 'es')).toEqual(stemKeys('tortura', 'es'));
    expect(matches('detencion', SUMMA_DETENTION_ES, ['es'])).toBe(true);
    expect(matches('detenciones ilegales', SUMMA_DETENTION_ES, ['es'])).toBe(true);
  });

  it('matches whole words only: "Roma" is not in "Romania"', () => {
    expect(matches('Roma', ROMA)).toBe(true);
    expect(matches('Roma', ROMANIA)).toBe(false);
    expect(matches('Romania', ROMANIA)).toBe(true);
  });

  it('tries every stemmed language when the record names none, and only its own when it does', () => {
    expect(matches('torturas', SUMMA_TORTURE_ES)).toBe(true);
    expect(matches('inhumanos', SUMMA_TORTURE_ES, ['en'])).toBe(true); // the word itself still matches
    expect(matches('inhumana', SUMMA_TORTURE_ES, ['en'])).toBe(false); // English stems do not join inhumana and inhumanos
    expect(matches('inhumana', SUMMA_TORTURE_ES, ['es'])).toBe(true);
  });

  it('matches a quoted phrase as consecutive words, each on its stem', () => {
    expect(matches('"degrading treatments"', ECTHR_CONCLUSION, ['en'])).toBe(true);
    expect(matches('"treatment degrading"', ECTHR_CONCLUSION, ['en'])).toBe(false);
    expect(matches('"tratos crueles"', SUMMA_TORTURE_ES, ['es'])).toBe(true);
    expect(matches('"stateless persons"', UPR_STATELESS, ['en'])).toBe(true);
    // A written word of several words is a phrase: ill-treatment, l'Europe.
    expect(matches('"ill treatment"', CPT_SECTION, ['en'])).toBe(true);
    expect(matches('ill-treatments', CPT_SECTION, ['en'])).toBe(true);
    expect(matches("l'Europe", ECRI_PRESS_FR, ['fr'])).toBe(true);
  });

  it('combines with AND (also implicit), OR, NOT, -word and parentheses', () => {
    expect(matches('torture AND degrading', ECTHR_CONCLUSION, ['en'])).toBe(true);
    expect(matches('torture degrading', ECTHR_CONCLUSION, ['en'])).toBe(true);
    expect(matches('torture expulsion', ECTHR_CONCLUSION, ['en'])).toBe(false);
    expect(matches('expulsion OR torture', ECTHR_CONCLUSION, ['en'])).toBe(true);
    expect(matches('torture NOT degrading', ECTHR_CONCLUSION, ['en'])).toBe(false);
    expect(matches('torture -expulsion', ECTHR_CONCLUSION, ['en'])).toBe(true);
    expect(matches('(Roma OR Sinti) AND minority', ROMA, ['en'])).toBe(true);
    expect(matches('(Roma OR Sinti) AND prison', ROMA, ['en'])).toBe(false);
    // Lower-case and/or/not are words, not operators.
    expect(matches('torture and', ECTHR_CONCLUSION, ['en'])).toBe(false);
  });

  it('parses AND tighter than OR', () => {
    expect(parseTextQuery('a b OR c')).toEqual({
      op: 'or',
      parts: [
        {
          op: 'and',
          parts: [
            { op: 'word', word: 'a' },
            { op: 'word', word: 'b' },
          ],
        },
        { op: 'word', word: 'c' },
      ],
    });
    expect(parseTextQuery('NOT "x y"')).toEqual({ op: 'not', part: { op: 'phrase', words: ['x', 'y'] } });
  });

  it('refuses what it cannot read, saying why', () => {
    for (const [query, why] of [
      ['"torture', /not closed/],
      ['(torture OR', /OR needs a word/],
      ['(torture', /parenthesis is not closed/],
      ['torture)', /closing \) has no opening/],
      ['AND torture', /"AND" cannot start/],
      ['NOT', /NOT needs a word/],
      ['  ', /no word/],
      ['"" ()', /needs a word/],
    ] as const)
      expect(() => parseTextQuery(query), query).toThrow(why);
    expect(() => parseTextQuery('"torture')).toThrow(TextQueryError);
  });

  it('reads the languages records name in their own ways', () => {
    expect(stemLanguagesOf(['ENG', 'fre', 'Spanish', 'pt-BR', 'ru', null])).toEqual(['en', 'fr', 'es', 'pt']);
  });
});
