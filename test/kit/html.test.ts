import { describe, expect, it } from 'vitest';
import { cellsOf, decodeEntities, elementsOf, hrefsOf, linksOf, rowsOf, textOf } from '../../adapters/_kit/html.ts';

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

describe('HTML read as browsers read it', () => {
  it('decodes every named entity and the windows-1252 references browsers map', () => {
    expect(decodeEntities('Fern&aacute;ndez &ndash; M&eacute;xico')).toBe('Fernández – México');
    expect(decodeEntities('Inter-American Commission&#146;s report &#150; 2014')).toBe('Inter-American Commission’s report – 2014');
    expect(textOf('<p>S&atilde;o Tom&eacute; &amp; Pr&iacute;ncipe&hellip;</p>')).toBe('São Tomé & Príncipe…');
  });

  it('reads rows whose </tr> and </td> the page omits', () => {
    const rows = rowsOf('<table><tr><td>1<td>Alpha</td><tr><td>2</td><td>Beta</table>');
    expect(rows.map((r) => cellsOf(r).map(textOf))).toEqual([
      ['1', 'Alpha'],
      ['2', 'Beta'],
    ]);
  });

  it('keeps a table nested in a cell inside its row', () => {
    const html =
      '<table><tr class="r"><td>1</td><td><table><tr><td>a</td></tr><tr><td>b</td></tr></table></td><td>last</td></tr><tr class="r"><td>2</td><td>x</td><td>y</td></tr></table>';
    const rows = rowsOf(html, /class="r"/);
    expect(rows).toHaveLength(2);
    expect(cellsOf(rows[0]).map(textOf)).toEqual(['1', 'a b', 'last']);
  });

  it('reads links with any quoting and entities in the href', () => {
    expect(linksOf("<a href='a.pdf?x=1&amp;y=2'>Report&nbsp;1</a> <a class=x href=b.pdf>B</a>")).toEqual([
      { href: 'a.pdf?x=1&y=2', text: 'Report 1' },
      { href: 'b.pdf', text: 'B' },
    ]);
    expect(hrefsOf('<a href="Download.aspx?symbolno=A%2fB&amp;Lang=en">x</a>')).toEqual(['Download.aspx?symbolno=A%2fB&Lang=en']);
  });

  it('finds elements by a test, with their markup as written', () => {
    expect(
      elementsOf(
        '<ul><li class="search-result a">One</li><li>Two</li></ul>',
        (e) => e.name === 'li' && /search-result/.test(e.attribs.class ?? ''),
      ),
    ).toEqual([{ name: 'li', attribs: { class: 'search-result a' }, html: 'One' }]);
  });
});
