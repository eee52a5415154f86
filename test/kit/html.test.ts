import { describe, expect, it } from 'vitest';
import { decodeEntities, textOf } from '../../adapters/_kit/html.ts';

describe('the one entity decoder', () => {
  it('decodes named, decimal and hexadecimal entities', () => {
    expect(decodeEntities('Dom&#xED;nguez &amp; Fern&#225;ndez&nbsp;&#8217;')).toBe('Domínguez & Fernández\u00a0’');
  });

  it('keeps an entity that names no character as written, rather than throwing on it', () => {
    expect(decodeEntities('a &#99999999; b &#0; c &bogus;')).toBe('a &#99999999; b &#0; c &bogus;');
  });

  it('makes a no-break space one ordinary space in plain text', () => {
    expect(textOf('<td>Report&nbsp;No.&nbsp;12/14</td>')).toBe('Report No. 12/14');
  });
});
