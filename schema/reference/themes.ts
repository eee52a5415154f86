import { readFileSync } from 'node:fs';
import { cleanLabel } from './label-text.ts';

/** A UHRI level-2 theme: code A1–H1, full title and impactoss's short title. */
export interface UhriTheme {
  code: string;
  title: string;
  shortTitle: string;
}

/**
 * The 39 UHRI level-2 themes, in the order of impactoss's seeds (see uhri-taxonomy.json's _source).
 * G5 appears twice in the source — "Refugees & asylum seekers" and "Internally displaced persons" — and both
 * titles are kept under G5, as UHRI groups them.
 */
export const UHRI_THEMES: readonly UhriTheme[] = JSON.parse(readFileSync(new URL('./uhri-taxonomy.json', import.meta.url), 'utf8')).themes;

/** Case, a "- " bullet, "&" against "and", entities and spacing set aside: the key two spellings of one title share. */
const titleKey = (label: string): string =>
  cleanLabel(label)
    .replace(/^-\s+/, '')
    .toLowerCase()
    .replace(/\s*&\s*/g, ' and ');

const CODE_BY_TITLE = new Map(UHRI_THEMES.map((t) => [titleKey(t.title), t.code]));
const CODES: ReadonlySet<string> = new Set(UHRI_THEMES.map((t) => t.code));

/**
 * The level-2 code of a theme label that is a level-2 title, or undefined (UHRI's finer labels have no code here).
 * themeCodeOfLabel('Right to health') === 'E4'; themeCodeOfLabel('Refugees &amp; asylum seekers') === 'G5';
 * themeCodeOfLabel('Equality & non-discrimination') === 'B3'; themeCodeOfLabel('Violence against women') === undefined.
 */
export function themeCodeOfLabel(label: string): string | undefined {
  return CODE_BY_TITLE.get(titleKey(label));
}

/** isThemeCode('G5') === true; isThemeCode('C1') === false (UHRI has no C group at level 2). */
export function isThemeCode(code: string): boolean {
  return CODES.has(code);
}
