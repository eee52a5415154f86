/**
 * The UHRI level-2 themes (schema/reference/themes.ts) of the mechanisms' mandates, for the joint-visit opportunities'
 * shared themes. Reviewable reference data: a thematic body's themes by its id; a special rapporteur's (UN, IACHR,
 * ACHPR) by the words of its mandate as the sources write it. Country mandates ("situation of human rights in …") and
 * general bodies (a commission's on-site visit) have none: their visits cover every theme, and share none in particular.
 */
const BODY_THEMES: Readonly<Record<string, readonly string[]>> = {
  'un-cat': ['D2'],
  'un-spt': ['D2', 'D3'],
  'un-cerd': ['B3'],
  'un-cedaw': ['F1'],
  'un-crc': ['F3'],
  'un-crpd': ['F4'],
  'un-ced': ['D3'],
  'un-cmw': ['G4'],
  'un-cescr': ['E1'],
  'coe-cpt': ['D2', 'D3'],
  'coe-ecri': ['B3'],
  'coe-greta': ['D2'],
  'coe-grevio': ['F1'],
  'coe-fcnm': ['G1'],
  'coe-ecsr': ['E1', 'E3'],
  'af-acerwc': ['F3'],
};

/** Mandate words → themes, as UHRI files each mandate's subject (UHRI puts trafficking and executions under D2). */
const MANDATE_THEMES: readonly [RegExp, readonly string[]][] = [
  [/torture|cruel, inhuman/i, ['D2']],
  [/arbitrary detention|deprived of (their )?liberty|prisons?\b/i, ['D3']],
  [/executions/i, ['D2']],
  [/disappearances/i, ['D3']],
  [/human rights defenders/i, ['H1']],
  [/expression|opinion|access to information/i, ['D4']],
  [/peaceful assembly|association/i, ['D4']],
  [/freedom of religion|religion or belief/i, ['D4']],
  [/independence of judges|lawyers/i, ['D5']],
  [/housing|right to food|drinking water|sanitation|extreme poverty/i, ['E2']],
  [/right to health|physical and mental health/i, ['E4']],
  [/right to education/i, ['E5']],
  [/cultural rights/i, ['E7']],
  [/migrants/i, ['G4']],
  [/refugees|asylum/i, ['G5']],
  [/internally displaced/i, ['G5']],
  [/indigenous/i, ['G3']],
  [/minorit/i, ['G1']],
  [/trafficking|slavery/i, ['D2']],
  [/women|gender/i, ['F1']],
  [/child/i, ['F3']],
  [/disabilit/i, ['F4']],
  [/racism|racial|xenophobia|discrimination/i, ['B3']],
  [/environment|toxic|hazardous substances|climate/i, ['B7']],
  [/right to development|international solidarity|democratic and equitable international order/i, ['B4']],
  [/counter-terrorism|countering terrorism/i, ['B8']],
  [/mercenaries/i, ['B9']],
  [/business|transnational corporations/i, ['B6']],
  [/truth, justice, reparation/i, ['B5']],
];

/**
 * A mechanism's themes: its body's, or those its mandates' words name.
 * themesOfMandate('un-sp', ['Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment']) → ['D2'];
 * themesOfMandate('coe-cpt', []) → ['D2', 'D3']; themesOfMandate('ia-iachr', []) → [].
 */
export function themesOfMandate(mechanismId: string, mandateLabels: readonly string[]): string[] {
  const themes = new Set(BODY_THEMES[mechanismId] ?? []);
  for (const label of mandateLabels)
    for (const [words, codes] of MANDATE_THEMES) if (words.test(label)) codes.forEach((c) => themes.add(c));
  return [...themes].sort();
}
