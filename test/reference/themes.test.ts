import { describe, expect, it } from 'vitest';
import { UHRI_THEMES, isThemeCode, themeCodeOfLabel } from '../../schema/reference/themes.ts';

describe('UHRI_THEMES', () => {
  it('holds the 39 level-2 themes from A1 to H1, with G5 twice as in impactoss', () => {
    expect(UHRI_THEMES).toHaveLength(39);
    expect(UHRI_THEMES[0]).toEqual({ code: 'A1', title: 'Scope of international obligations', shortTitle: 'Int. obligations' });
    expect(UHRI_THEMES.at(-1)?.code).toBe('H1');
    expect(UHRI_THEMES.filter((t) => t.code === 'G5').map((t) => t.title)).toEqual([
      'Refugees & asylum seekers',
      'Internally displaced persons',
    ]);
  });
});

describe('themeCodeOfLabel', () => {
  // Labels copied from the UHRI export records (CRC/PER, CESCR/AUS) and OHCHR's UPR 48 thematic list (Slovenia).
  it.each([
    ['Right to health', 'E4'],
    ['Refugees &amp; asylum seekers', 'G5'],
    ['Internally displaced persons', 'G5'],
    ['Business & Human Rights', 'B6'],
    ['Equality & non-discrimination', 'B3'],
    ['Economic, social & cultural rights - general measures of implementation', 'E1'],
    ['Civil &amp; political rights - general measures of implementation', 'D1'],
    ['Right to physical &amp; moral integrity', 'D2'],
    ['Liberty &amp; security of the person', 'D3'],
    ['Rights related to marriage &amp; family', 'D8'],
    ['Human rights education, trainings &amp; awareness raising', 'A5'],
    ['Right to an adequate standard of living', 'E2'],
    ['Members of minorities', 'G1'],
    ['Indigenous peoples', 'G3'],
    ['Persons with disabilities', 'F4'],
    ['RIGHT TO EDUCATION ', 'E5'],
    ['\u00a0Migrants\u00a0', 'G4'],
    ['- Right to health', 'E4'],
  ])('maps "%s" to %s', (label, code) => {
    expect(themeCodeOfLabel(label)).toBe(code);
  });

  it.each([
    'Violence against women',
    'Rights related to name, identity & nationality',
    'Human rights & the environment',
    'Labour rights and right to work',
    ' Participation of women in political & public life\u00a0',
  ])('gives no code to "%s", which is not a level-2 title', (label) => {
    expect(themeCodeOfLabel(label)).toBeUndefined();
  });
});

describe('isThemeCode', () => {
  it('knows A1, G5 and H1 but not C1, F2, e4 or E4 with spaces', () => {
    expect(['A1', 'G5', 'H1'].map(isThemeCode)).toEqual([true, true, true]);
    expect(['C1', 'F2', 'e4', ' E4'].map(isThemeCode)).toEqual([false, false, false, false]);
  });
});
