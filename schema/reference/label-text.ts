const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * A source label as plain text: HTML entities decoded (text extracted from OHCHR's .docx keeps "&amp;"),
 * runs of whitespace (no-break spaces included) made one space, ends trimmed.
 * cleanLabel(' Refugees &amp; asylum seekers\u00a0') === 'Refugees & asylum seekers'
 */
export function cleanLabel(label: string): string {
  return label
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (entity, dec?: string, hex?: string, name?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return NAMED_ENTITIES[name!.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
