import type { ThemeRef } from '../types.ts';
import { UHRI_THEMES } from './themes.ts';

/**
 * UHRI themes (level 2, A1–H1) for records whose source gives none: the hub's own reading, to let a theme
 * question cross systems, and marked `derived` so that it never passes for the source's. Two grounds, each row
 * saying why, for review:
 *  - the body's mandate: a body that only ever deals with one subject (GRETA: trafficking) gives it to every record;
 *  - a decision's articles: the right each article of the convention protects (the ECHR's Article 3: torture).
 * A row's codes are the UHRI level-2 themes under which UHRI files that subject (torture and trafficking under
 * "Right to physical and moral integrity", racial discrimination under "Equality and non-discrimination", …).
 */
export interface ThemeRule {
  codes: readonly string[];
  /** Why, as a reviewer would check it: the mandate or the article and the right it protects. */
  basis: string;
}

/** By mechanism id: bodies whose mandate is one subject. General bodies (ECtHR, CCPR, UPR, IACHR, ACHPR …) have no row. */
export const MANDATE_THEMES: Readonly<Record<string, ThemeRule>> = {
  'un-cat': { codes: ['D2'], basis: 'mandate of the Committee against Torture (torture and ill-treatment)' },
  'un-spt': {
    codes: ['D2', 'D3'],
    basis: 'mandate of the Subcommittee on Prevention of Torture (torture; places of deprivation of liberty)',
  },
  'un-cerd': { codes: ['B3'], basis: 'mandate of CERD (racial discrimination)' },
  'un-cedaw': { codes: ['F1', 'B3'], basis: 'mandate of CEDAW (discrimination against women)' },
  'un-crc': { codes: ['F3'], basis: 'mandate of the Committee on the Rights of the Child (children)' },
  'un-crpd': { codes: ['F4'], basis: 'mandate of CRPD (persons with disabilities)' },
  'un-ced': { codes: ['D3'], basis: 'mandate of the Committee on Enforced Disappearances (enforced disappearance)' },
  'un-cmw': { codes: ['G4'], basis: 'mandate of the Committee on Migrant Workers (migrants)' },
  'un-cescr': { codes: ['E1'], basis: 'mandate of CESCR (economic, social and cultural rights)' },
  'coe-cpt': { codes: ['D2', 'D3'], basis: 'mandate of the CPT (torture and ill-treatment of persons deprived of their liberty)' },
  'coe-ecri': { codes: ['B3'], basis: 'mandate of ECRI (racism, racial discrimination, intolerance)' },
  'coe-greta': { codes: ['D2'], basis: 'mandate of GRETA (trafficking in human beings)' },
  'coe-grevio': { codes: ['F1'], basis: 'mandate of GREVIO (violence against women and domestic violence)' },
  'coe-fcnm': { codes: ['G1'], basis: 'mandate of the Advisory Committee on the Framework Convention (national minorities)' },
  'coe-ecsr': { codes: ['E1'], basis: 'mandate of the European Committee of Social Rights (the European Social Charter)' },
  'af-acerwc': { codes: ['F3'], basis: 'mandate of the ACERWC (rights and welfare of the child)' },
};

type Convention = 'ECHR' | 'ESC' | 'ACHR' | 'ACHPR';

/**
 * The convention whose articles a mechanism's decisions cite, as the source writes them: ECHR "3", "6-1", "P1-1";
 * ESC "31-1"; the American Convention "5", "8.1", "Artículo 5"; the African Charter "7(1)(c)".
 */
const CONVENTION_OF: Readonly<Record<string, Convention>> = {
  'coe-ecthr': 'ECHR',
  'coe-cm': 'ECHR',
  'coe-ecsr': 'ESC',
  'ia-iacthr': 'ACHR',
  'ia-iachr': 'ACHR',
  'af-achpr': 'ACHPR',
  'af-afchpr': 'ACHPR',
};

/** Article (its leading number, or P<protocol>-<article>) → the right it protects and its UHRI themes. */
export const ARTICLE_THEMES: Readonly<Record<Convention, Readonly<Record<string, ThemeRule>>>> = {
  ECHR: {
    '2': { codes: ['D2'], basis: 'ECHR Article 2, right to life' },
    '3': { codes: ['D2'], basis: 'ECHR Article 3, prohibition of torture and inhuman or degrading treatment' },
    '4': { codes: ['D2', 'E3'], basis: 'ECHR Article 4, prohibition of slavery and forced labour' },
    '5': { codes: ['D3'], basis: 'ECHR Article 5, right to liberty and security' },
    '6': { codes: ['D5'], basis: 'ECHR Article 6, right to a fair trial' },
    '7': { codes: ['D5'], basis: 'ECHR Article 7, no punishment without law' },
    '8': { codes: ['D8', 'D4'], basis: 'ECHR Article 8, right to respect for private and family life' },
    '9': { codes: ['D4'], basis: 'ECHR Article 9, freedom of thought, conscience and religion' },
    '10': { codes: ['D4'], basis: 'ECHR Article 10, freedom of expression' },
    '11': { codes: ['D4'], basis: 'ECHR Article 11, freedom of assembly and association' },
    '12': { codes: ['D8'], basis: 'ECHR Article 12, right to marry' },
    '13': { codes: ['B5'], basis: 'ECHR Article 13, right to an effective remedy' },
    '14': { codes: ['B3'], basis: 'ECHR Article 14, prohibition of discrimination' },
    'P1-1': { codes: ['E6'], basis: 'ECHR Protocol 1 Article 1, protection of property' },
    'P1-2': { codes: ['E5'], basis: 'ECHR Protocol 1 Article 2, right to education' },
    'P1-3': { codes: ['D7'], basis: 'ECHR Protocol 1 Article 3, right to free elections' },
    'P4-2': { codes: ['D4'], basis: 'ECHR Protocol 4 Article 2, freedom of movement' },
    'P4-4': { codes: ['G4'], basis: 'ECHR Protocol 4 Article 4, prohibition of collective expulsion of aliens' },
    'P7-1': { codes: ['G4'], basis: 'ECHR Protocol 7 Article 1, procedural safeguards relating to expulsion of aliens' },
    'P7-2': { codes: ['D5'], basis: 'ECHR Protocol 7 Article 2, right of appeal in criminal matters' },
    'P7-4': { codes: ['D5'], basis: 'ECHR Protocol 7 Article 4, right not to be tried or punished twice' },
    'P12-1': { codes: ['B3'], basis: 'ECHR Protocol 12 Article 1, general prohibition of discrimination' },
  },
  ESC: {
    '1': { codes: ['E3'], basis: 'European Social Charter Article 1, right to work' },
    '2': { codes: ['E3'], basis: 'European Social Charter Article 2, right to just conditions of work' },
    '3': { codes: ['E3'], basis: 'European Social Charter Article 3, right to safe and healthy working conditions' },
    '4': { codes: ['E3'], basis: 'European Social Charter Article 4, right to a fair remuneration' },
    '5': { codes: ['E3'], basis: 'European Social Charter Article 5, right to organise' },
    '6': { codes: ['E3'], basis: 'European Social Charter Article 6, right to bargain collectively' },
    '7': { codes: ['F3', 'E3'], basis: 'European Social Charter Article 7, right of children and young persons to protection' },
    '8': { codes: ['F1', 'E3'], basis: 'European Social Charter Article 8, right of employed women to protection of maternity' },
    '11': { codes: ['E4'], basis: 'European Social Charter Article 11, right to protection of health' },
    '12': { codes: ['E2'], basis: 'European Social Charter Article 12, right to social security' },
    '13': { codes: ['E2'], basis: 'European Social Charter Article 13, right to social and medical assistance' },
    '15': { codes: ['F4'], basis: 'European Social Charter Article 15, rights of persons with disabilities' },
    '16': { codes: ['D8'], basis: 'European Social Charter Article 16, right of the family to protection' },
    '17': { codes: ['F3'], basis: 'European Social Charter Article 17, right of children to protection' },
    '19': { codes: ['G4'], basis: 'European Social Charter Article 19, right of migrant workers to protection' },
    '20': {
      codes: ['B3', 'F1'],
      basis: 'European Social Charter Article 20, equal opportunities without discrimination on the grounds of sex',
    },
    '23': { codes: ['E2'], basis: 'European Social Charter Article 23, right of elderly persons to social protection' },
    '24': { codes: ['E3'], basis: 'European Social Charter Article 24, right to protection in cases of termination of employment' },
    '30': { codes: ['E2'], basis: 'European Social Charter Article 30, right to protection against poverty and social exclusion' },
    '31': { codes: ['E2'], basis: 'European Social Charter Article 31, right to housing' },
    E: { codes: ['B3'], basis: 'European Social Charter Article E, non-discrimination' },
  },
  ACHR: {
    '3': { codes: ['D6'], basis: 'American Convention Article 3, right to juridical personality' },
    '4': { codes: ['D2'], basis: 'American Convention Article 4, right to life' },
    '5': { codes: ['D2'], basis: 'American Convention Article 5, right to humane treatment (torture)' },
    '6': { codes: ['D2'], basis: 'American Convention Article 6, freedom from slavery' },
    '7': { codes: ['D3'], basis: 'American Convention Article 7, right to personal liberty' },
    '8': { codes: ['D5'], basis: 'American Convention Article 8, right to a fair trial' },
    '9': { codes: ['D5'], basis: 'American Convention Article 9, freedom from ex post facto laws' },
    '10': { codes: ['B5'], basis: 'American Convention Article 10, right to compensation' },
    '11': { codes: ['D8', 'D4'], basis: 'American Convention Article 11, right to privacy' },
    '12': { codes: ['D4'], basis: 'American Convention Article 12, freedom of conscience and religion' },
    '13': { codes: ['D4'], basis: 'American Convention Article 13, freedom of thought and expression' },
    '15': { codes: ['D4'], basis: 'American Convention Article 15, right of assembly' },
    '16': { codes: ['D4'], basis: 'American Convention Article 16, freedom of association' },
    '17': { codes: ['D8'], basis: 'American Convention Article 17, rights of the family' },
    '18': { codes: ['D6'], basis: 'American Convention Article 18, right to a name' },
    '19': { codes: ['F3'], basis: 'American Convention Article 19, rights of the child' },
    '20': { codes: ['D6'], basis: 'American Convention Article 20, right to nationality' },
    '21': { codes: ['E6'], basis: 'American Convention Article 21, right to property' },
    '22': { codes: ['D4'], basis: 'American Convention Article 22, freedom of movement and residence' },
    '23': { codes: ['D7'], basis: 'American Convention Article 23, right to participate in government' },
    '24': { codes: ['B3'], basis: 'American Convention Article 24, right to equal protection' },
    '25': { codes: ['B5'], basis: 'American Convention Article 25, right to judicial protection' },
    '26': { codes: ['E1'], basis: 'American Convention Article 26, progressive development of economic, social and cultural rights' },
  },
  ACHPR: {
    '2': { codes: ['B3'], basis: "African Charter Article 2, enjoyment of the Charter's rights without distinction" },
    '3': { codes: ['B3'], basis: 'African Charter Article 3, equality before the law' },
    '4': { codes: ['D2'], basis: 'African Charter Article 4, right to life and integrity of the person' },
    '5': { codes: ['D2'], basis: 'African Charter Article 5, dignity; prohibition of slavery and torture' },
    '6': { codes: ['D3'], basis: 'African Charter Article 6, right to liberty and security' },
    '7': { codes: ['D5'], basis: "African Charter Article 7, right to have one's cause heard" },
    '8': { codes: ['D4'], basis: 'African Charter Article 8, freedom of conscience and religion' },
    '9': { codes: ['D4'], basis: 'African Charter Article 9, right to information and freedom of expression' },
    '10': { codes: ['D4'], basis: 'African Charter Article 10, freedom of association' },
    '11': { codes: ['D4'], basis: 'African Charter Article 11, freedom of assembly' },
    '12': { codes: ['D4', 'G5'], basis: 'African Charter Article 12, freedom of movement; right to seek asylum' },
    '13': { codes: ['D7'], basis: 'African Charter Article 13, right to participate in government' },
    '14': { codes: ['E6'], basis: 'African Charter Article 14, right to property' },
    '15': { codes: ['E3'], basis: 'African Charter Article 15, right to work' },
    '16': { codes: ['E4'], basis: 'African Charter Article 16, right to health' },
    '17': { codes: ['E5', 'E7'], basis: 'African Charter Article 17, right to education and cultural life' },
    '18': { codes: ['D8'], basis: 'African Charter Article 18, protection of the family' },
    '20': { codes: ['B2'], basis: 'African Charter Article 20, right to self-determination' },
    '21': { codes: ['B2'], basis: 'African Charter Article 21, free disposal of wealth and natural resources' },
    '22': { codes: ['B4'], basis: 'African Charter Article 22, right to development' },
    '24': { codes: ['B7'], basis: 'African Charter Article 24, right to a satisfactory environment' },
  },
};

/**
 * Thematic mandates, read from their titles as the source names them (Visit.mandateLabels, Communication.mandateLabels):
 * one UN mechanism id (un-sp) covers some 60 special procedures, and the ACHPR's missions name its special
 * rapporteurs ("SR Human Rights Defenders"), so the title is the mandate. A country mandate matches none.
 */
export const MANDATE_TITLE_THEMES: readonly (ThemeRule & { title: RegExp })[] = [
  { title: /\btorture\b/i, codes: ['D2'], basis: 'mandate on torture' },
  { title: /\btrafficking\b|\bslavery\b/i, codes: ['D2'], basis: 'mandate on trafficking or slavery' },
  {
    title: /extrajudicial|summary or arbitrary executions/i,
    codes: ['D2'],
    basis: 'mandate on extrajudicial, summary or arbitrary executions',
  },
  {
    title: /enforced or involuntary disappearances|arbitrary detention|conditions of detention|prisons/i,
    codes: ['D3'],
    basis: 'mandate on disappearances, detention or prisons',
  },
  { title: /human rights defenders/i, codes: ['H1'], basis: 'mandate on human rights defenders' },
  {
    title: /freedom of (opinion|expression|religion|peaceful assembly)|association/i,
    codes: ['D4'],
    basis: 'mandate on a fundamental freedom',
  },
  { title: /independence of judges/i, codes: ['D5'], basis: 'mandate on the independence of judges and lawyers' },
  { title: /racism|racial discrimination|people of african descent/i, codes: ['B3'], basis: 'mandate on racism or racial discrimination' },
  {
    title: /violence against women|discrimination against women|women'?s rights|rights of women/i,
    codes: ['F1'],
    basis: 'mandate on women',
  },
  { title: /economic, social and cultural rights/i, codes: ['E1'], basis: 'mandate on economic, social and cultural rights' },
  { title: /\bchild(ren)?\b/i, codes: ['F3'], basis: 'mandate on children' },
  { title: /disabilit/i, codes: ['F4'], basis: 'mandate on persons with disabilities' },
  { title: /minority issues/i, codes: ['G1'], basis: 'mandate on minority issues' },
  { title: /indigenous/i, codes: ['G3'], basis: 'mandate on indigenous peoples' },
  { title: /\bmigrants\b/i, codes: ['G4'], basis: 'mandate on migrants' },
  { title: /internally displaced/i, codes: ['G5'], basis: 'mandate on internally displaced persons' },
  { title: /\bhealth\b/i, codes: ['E4'], basis: 'mandate on the right to health' },
  { title: /right to education/i, codes: ['E5'], basis: 'mandate on the right to education' },
  { title: /\bhousing\b|right to food|drinking water|extreme poverty/i, codes: ['E2'], basis: 'mandate on an adequate standard of living' },
  { title: /cultural rights/i, codes: ['E7'], basis: 'mandate on cultural rights' },
  { title: /\benvironment\b|climate change|toxic/i, codes: ['B7'], basis: 'mandate on the environment' },
  { title: /counter[- ]terrorism/i, codes: ['B8'], basis: 'mandate on counter-terrorism' },
  { title: /mercenaries/i, codes: ['B9'], basis: 'mandate on mercenaries' },
  { title: /business|extractive industries/i, codes: ['B6'], basis: 'mandate on business (or extractive industries) and human rights' },
  { title: /right to development/i, codes: ['B4'], basis: 'mandate on the right to development' },
];

/** '6-1' → '6', 'P1-1' → 'P1-1', 'Article 31-1' → '31', 'Artículo 8.1' → '8', '7(1)(c)' → '7': the key of the concordance. */
function articleKey(article: string, convention: Convention): string {
  const bare = article
    .trim()
    .replace(/^(art(icle|[ií]culo)?|art\.)\.?\s*/i, '')
    .toUpperCase();
  const protocol = bare.match(/^P\d+-\d+/);
  if (protocol && convention === 'ECHR') return protocol[0];
  return bare.split(/[-.\s§(]/)[0];
}

const TITLE_OF = new Map(UHRI_THEMES.map((t) => [t.code, t.title]));

/**
 * The derived themes of one record, each code once with the first ground that gave it.
 * derivedThemes({ mechanismIds: ['coe-ecthr'], articles: ['3', '6-1'] })
 *   → [{ code: 'D2', …, derived: true, derivedFrom: 'ECHR Article 3, …' }, { code: 'D5', …, derivedFrom: 'ECHR Article 6, …' }]
 */
export function derivedThemes(of: {
  mechanismIds: readonly string[];
  articles?: readonly string[];
  mandateTitles?: readonly string[];
}): ThemeRef[] {
  const rules: ThemeRule[] = [];
  for (const id of of.mechanismIds) {
    const mandate = MANDATE_THEMES[id];
    if (mandate) rules.push(mandate);
    const convention = CONVENTION_OF[id];
    if (convention)
      for (const a of of.articles ?? []) {
        const rule = ARTICLE_THEMES[convention][articleKey(a, convention)];
        if (rule) rules.push(rule);
      }
  }
  for (const title of of.mandateTitles ?? []) rules.push(...MANDATE_TITLE_THEMES.filter((r) => r.title.test(title)));
  const byCode = new Map<string, ThemeRef>();
  for (const rule of rules)
    for (const code of rule.codes)
      if (!byCode.has(code)) byCode.set(code, { code, label: TITLE_OF.get(code) ?? code, derived: true, derivedFrom: rule.basis });
  return [...byCode.values()];
}
