import { describe, expect, it } from 'vitest';
import { ARTICLE_THEMES, MANDATE_THEMES, MANDATE_TITLE_THEMES, derivedThemes } from '../../schema/reference/derived-themes.ts';
import { isThemeCode } from '../../schema/reference/themes.ts';
import { mechanismById } from '../../schema/reference/mechanisms.ts';

const codes = (of: Parameters<typeof derivedThemes>[0]) => derivedThemes(of).map((t) => t.code);

describe('derived UHRI themes (schema/reference/derived-themes.ts)', () => {
  it('uses only real UHRI level-2 codes and known mechanisms, each row with its ground', () => {
    const rules = [
      ...Object.values(MANDATE_THEMES),
      ...Object.values(ARTICLE_THEMES).flatMap((rows) => Object.values(rows)),
      ...MANDATE_TITLE_THEMES,
    ];
    for (const rule of rules) {
      expect(rule.codes.length, rule.basis).toBeGreaterThan(0);
      for (const code of rule.codes) expect(isThemeCode(code), `${code} (${rule.basis})`).toBe(true);
      expect(rule.basis.length).toBeGreaterThan(10);
    }
    for (const id of Object.keys(MANDATE_THEMES)) expect(mechanismById(id), id).toBeDefined();
    // The ECHR rows cite the article they key.
    for (const [article, rule] of Object.entries(ARTICLE_THEMES.ECHR)) {
      const protocol = article.match(/^P(\d+)-(\d+)$/);
      expect(rule.basis).toContain(protocol ? `Protocol ${protocol[1]} Article ${protocol[2]}` : `Article ${article},`);
    }
  });

  it('gives each single-subject body its mandate: ECRI racial discrimination, GRETA trafficking, GREVIO violence against women, CPT torture', () => {
    expect(codes({ mechanismIds: ['coe-ecri'] })).toEqual(['B3']);
    expect(codes({ mechanismIds: ['coe-greta'] })).toEqual(['D2']);
    expect(codes({ mechanismIds: ['coe-grevio'] })).toEqual(['F1']);
    expect(codes({ mechanismIds: ['coe-cpt'] })).toEqual(['D2', 'D3']);
    expect(codes({ mechanismIds: ['un-cat'] })).toEqual(['D2']);
    // General bodies get nothing from their mandate.
    expect(codes({ mechanismIds: ['coe-ecthr'] })).toEqual([]);
    expect(codes({ mechanismIds: ['ia-iacthr'] })).toEqual([]);
  });

  it("reads a judgment's articles as HUDOC writes them through the ECHR concordance, once per code", () => {
    // hudoc-echr/records.json: "article":"35;35-1;35-3-a;6;6-1;P7-2" and "3;34".
    expect(codes({ mechanismIds: ['coe-ecthr'], articles: ['35', '35-1', '35-3-a', '6', '6-1', 'P7-2'] })).toEqual(['D5']);
    const torture = derivedThemes({ mechanismIds: ['coe-ecthr'], articles: ['3', '34'] });
    expect(torture).toEqual([
      {
        code: 'D2',
        label: 'Right to physical and moral integrity',
        derived: true,
        derivedFrom: 'ECHR Article 3, prohibition of torture and inhuman or degrading treatment',
      },
    ]);
    expect(codes({ mechanismIds: ['coe-ecthr'], articles: ['P1-1', '14'] })).toEqual(['E6', 'B3']);
    // The American Convention and the African Charter, as their sources number articles.
    expect(codes({ mechanismIds: ['ia-iacthr'], articles: ['Artículo 5', '8.1', '25'] })).toEqual(['D2', 'D5', 'B5']);
    expect(codes({ mechanismIds: ['af-achpr'], articles: ['7(1)(c)', 'Article 5'] })).toEqual(['D5', 'D2']);
    // ESC conclusions name "Article 31-1" (housing): the Charter's own concordance, after the ECSR's mandate.
    expect(codes({ mechanismIds: ['coe-ecsr'], articles: ['31-1'] })).toEqual(['E1', 'E2']);
  });

  it('reads thematic mandates from their titles, for special procedures and the ACHPR alike', () => {
    expect(
      codes({
        mechanismIds: ['un-sp'],
        mandateTitles: ['Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment'],
      }),
    ).toEqual(['D2']);
    expect(codes({ mechanismIds: ['af-achpr'], mandateTitles: ['Reine Alapini-Gansou (SR Human Rights Defenders)'] })).toEqual(['H1']);
    expect(codes({ mechanismIds: ['un-sp'], mandateTitles: ['Special Rapporteur on the situation of human rights in Belarus'] })).toEqual(
      [],
    );
  });
});
