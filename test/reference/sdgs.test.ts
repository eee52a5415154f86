import { describe, expect, it } from 'vitest';
import { parseSdgLabel } from '../../schema/reference/sdgs.ts';

describe('parseSdgLabel', () => {
  // Labels copied from the UHRI export records (CRC/PER, CESCR/AUS) and OHCHR's UPR 48 thematic list (Slovenia).
  it.each([
    [
      '16.2 - Protect children from abuse, exploitation, trafficking and violence',
      '16.2',
      '16.2 - Protect children from abuse, exploitation, trafficking and violence',
    ],
    [
      '16.a - Strong institutions to prevent violence, terrorism and crime',
      '16.a',
      '16.a - Strong institutions to prevent violence, terrorism and crime',
    ],
    ['17.18 - Enhance availability of reliable data', '17.18', '17.18 - Enhance availability of reliable data'],
    ["11.4 - Protect the world's cultural and natural heritage", '11.4', "11.4 - Protect the world's cultural and natural heritage"],
    ['1 - NO POVERTY', '1', '1 - NO POVERTY'],
    ['- 1 - NO POVERTY', '1', '1 - NO POVERTY'],
    ['- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS', '16', '16 - PEACE, JUSTICE AND STRONG INSTITUTIONS'],
  ])('reads "%s" as code %s', (label, code, kept) => {
    expect(parseSdgLabel(label)).toEqual({ code, label: kept });
  });

  it.each([
    ['2030 Agenda &amp; other voluntary commitments', '2030 Agenda & other voluntary commitments'],
    ['Right to health', 'Right to health'],
    ['18 - NO SUCH GOAL', '18 - NO SUCH GOAL'],
    ['16.2 Protect children', '16.2 Protect children'],
  ])('gives no code to "%s" and keeps its label', (label, kept) => {
    expect(parseSdgLabel(label)).toEqual({ code: null, label: kept });
  });
});
