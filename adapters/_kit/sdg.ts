/**
 * The SDG target or goal code a label starts with (UHRI's and the UPR matrices' wording '<code> - <text>'):
 * sdgCodeOf('16.2 - Protect children …') === '16.2'; sdgCodeOf('16.a - Strong institutions …') === '16.a';
 * sdgCodeOf('11 - SUSTAINABLE CITIES AND COMMUNITIES') === '11'; null when the label starts with no code.
 */
export function sdgCodeOf(label: string): string | null {
  return label.match(/^(\d{1,2}(?:\.[0-9a-z]{1,2})?)\s+-\s/i)?.[1] ?? null;
}
