import { describe, expect, it } from 'vitest';
import { matchPerson } from '../../subgraphs/registry/same-matter/names.ts';
import { RIGHTS_CONCORDANCE, parseRightReference, rightsOfArticle } from '../../schema/reference/rights-concordance.ts';
import { isThemeCode } from '../../schema/reference/themes.ts';
import { themesOfMandate } from '../../schema/reference/mandate-themes.ts';

describe('person names', () => {
  it('survive accents, case and order', () => {
    expect(matchPerson('Rodríguez Domínguez', 'Rodriguez Dominguez v. Peru')).toMatchObject({
      kind: 'EXACT',
      matched: 'Rodriguez Dominguez',
    });
    expect(matchPerson('Domínguez, Rodríguez', 'RODRÍGUEZ DOMÍNGUEZ v. PERU')).toMatchObject({ kind: 'EXACT' });
    expect(matchPerson('Pius Njawè Noumeni', '290/04 Open Society Justice Initiative (on behalf of Pius Njawe Noumeni)')).toMatchObject({
      kind: 'EXACT',
    });
  });

  it('survive transliteration variants (same sounds), and other scripts', () => {
    expect(matchPerson('Rodrigues Domingues', 'Rodríguez Domínguez')).toMatchObject({ kind: 'PHONETIC', matched: 'Rodríguez Domínguez' });
    expect(matchPerson('Mohammed Gonzalez', 'Muhammad González v. Spain')).toMatchObject({ kind: 'PHONETIC' });
    expect(matchPerson('Шевчук Богдан', 'CASE OF BOGDAN SHEVCHUK')).toMatchObject({ kind: 'EXACT', matched: 'SHEVCHUK BOGDAN' });
  });

  it('match initials both ways, and a second surname left out', () => {
    expect(matchPerson('Rodríguez Domínguez', 'R.D. v. Switzerland')).toMatchObject({ kind: 'INITIALS', matched: 'R.D.' });
    expect(matchPerson('R.D.', 'Rodríguez Domínguez v. Switzerland')).toMatchObject({ kind: 'INITIALS', matched: 'Rodríguez Domínguez' });
    expect(matchPerson('M. N. N.', 'M. N. N. v. Denmark')).toMatchObject({ kind: 'INITIALS' });
    expect(matchPerson('Karen Noelia Llantoy Huamán', 'Llantoy Huamán')).toMatchObject({ kind: 'PARTIAL' });
  });

  it('do not match another person, or one common name alone', () => {
    expect(matchPerson('Rodríguez Domínguez', 'Gerasimov v. Kazakhstan')).toBeUndefined();
    expect(matchPerson('Tsatsu Tsikata', 'Stephen O. Aigbe')).toBeUndefined();
    expect(matchPerson('Ana Gómez López', 'Ana Pérez')).toBeUndefined();
    expect(matchPerson('R.D.', 'B.M.S. v. Sweden')).toBeUndefined();
  });
});

describe('the rights concordance', () => {
  it("pairs the conventions' articles on one right", () => {
    const torture = (instrument: Parameters<typeof rightsOfArticle>[0], article: string) =>
      rightsOfArticle(instrument, article).map((r) => r.row.right);
    expect(torture('ICCPR', '7')).toEqual(['torture']);
    expect(torture('ECHR', '3')).toEqual(['torture']);
    expect(torture('ACHR', '5')).toEqual(['torture']);
    expect(torture('ACHPR', '5')).toEqual(['torture']);
    expect(torture('CAT', '16')).toEqual(['torture']);
    expect(torture('ECHR', '6-1')).toEqual(['fair-trial']);
    expect(torture('ECHR', 'P1-1')).toEqual(['property']);
    expect(torture('ICCPR', '2(3)')).toEqual(['remedy']);
    expect(torture('ICCPR', '2')).toEqual(['non-discrimination', 'remedy']);
    expect(torture('ACHPR', '7(1)(a)')).toEqual(['fair-trial', 'remedy']);
    expect(torture('ICCPR', '99')).toEqual([]);
  });

  it('reads references as secretariats write them', () => {
    expect(parseRightReference('ICCPR 7')).toEqual({ instrument: 'ICCPR', article: '7' });
    expect(parseRightReference('echr p1-1')).toEqual({ instrument: 'ECHR', article: 'P1-1' });
    expect(parseRightReference('CAT art. 16')).toEqual({ instrument: 'CAT', article: '16' });
    expect(parseRightReference('Geneva 3')).toBeUndefined();
  });

  it('cites every article and files every right under a UHRI theme', () => {
    for (const row of RIGHTS_CONCORDANCE) {
      expect(isThemeCode(row.theme)).toBe(true);
      for (const cited of Object.values(row.articles).flat()) expect(cited!.cites.length).toBeGreaterThan(5);
    }
  });
});

describe('mandate themes', () => {
  it("come from the body, or from the mandate's words", () => {
    expect(themesOfMandate('un-sp', ['Special Rapporteur on the situation of human rights defenders'])).toEqual(['H1']);
    expect(themesOfMandate('coe-cpt', [])).toEqual(['D2', 'D3']);
    expect(themesOfMandate('un-sp', ['Independent Expert on the situation of human rights in Somalia'])).toEqual([]);
  });
});
