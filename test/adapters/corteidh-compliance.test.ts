import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanEntryText, toAdvisoryOpinion, toAdvisoryOpinions } from '../../adapters/corteidh/advisory.ts';
import { CORTEIDH_DEFAULTS } from '../../adapters/corteidh/config.ts';
import { searchForm } from '../../adapters/corteidh/fetch.ts';
import { parseSearchResults } from '../../adapters/corteidh/parse.ts';
import { parseSupervisionListing } from '../../adapters/corteidh/supervision.ts';

const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url);
const OPINIONS = fixture('corteidh/jurisprudencia-OC-es.html');
const SUPERVISION = fixture('corteidh/casos_en_supervision_por_pais-es.html');
const LISTING_URL = 'https://www.corteidh.or.cr/casos_en_supervision_por_pais.cfm?lang=es';
const NOW = new Date('2026-07-15T00:00:00Z');

describe("the Court's advisory opinions (search type OC)", () => {
  const warnings: string[] = [];
  const opinions = toAdvisoryOpinions(
    parseSearchResults(readFileSync(OPINIONS, 'utf8'), 'corteidh-advisory', 'u'),
    'corteidh-advisory',
    warnings,
  );

  it('reads OC-3, OC-2 and OC-1 whole, as the expected output beside the fixture says', () => {
    expect([opinions.map((o) => o.number), warnings]).toEqual([['OC-3/83', 'OC-2/82', 'OC-1/82'], []]);
  });

  it("cleans the listing's junk without losing a word: buttons out, separate opinions kept, the subject whole", () => {
    const oc3 = opinions[0];
    expect(oc3).toMatchObject({
      id: 'A-3',
      seriesNumber: 3,
      date: '1983-09-08',
      sourceDate: '8 de septiembre de 1983',
      separateOpinions: ['Juez Reina', 'Juez Piza Escalante'],
      subject: 'Restricciones a la pena de muerte (Arts. 4.2 y 4.4 Convención Americana sobre Derechos Humanos)',
      documents: [{ url: 'https://www.corteidh.or.cr/docs/opiniones/seriea_03_esp.pdf', language: 'es', kind: 'advisory opinion' }],
    });
    expect(opinions[2].subject).toBe(
      '"Otros tratados" objeto de la función consultiva de la Corte (Art. 64 Convención Americana sobre Derechos Humanos)',
    );
    expect(opinions[2].documents[0].url).toBe('https://www.corteidh.or.cr/docs/opiniones/seriea_01_esp1.pdf');
    expect(JSON.stringify(opinions)).not.toMatch(/Ficha|Idiomas|\\[rnt]/);
    expect(cleanEntryText('Serie A No. 3. Voto: \r\n\t\tJuez Reina Ficha  técnica Idiomas disponibles')).toBe(
      'Serie A No. 3. Voto: Juez Reina',
    );
  });

  it('reads the variance of the form: case, spacing, "del", "Nº", a date with º, and names an entry it cannot read', () => {
    const w: string[] = [];
    const odd = toAdvisoryOpinion(
      {
        citation: 'La  colegiación obligatoria de periodistas. OPINIÓN CONSULTIVA oc-5 / 85 del 13 de Noviembre de 1985. Serie A Nº 5',
        links: [],
      },
      's',
      w,
    );
    expect(odd).toMatchObject({ id: 'A-5', number: 'OC-5/85', date: '1985-11-13', subject: 'La colegiación obligatoria de periodistas' });
    expect(toAdvisoryOpinion({ citation: 'Ficha técnica', links: [] }, 's', w)).toBeNull();
    expect(w).toEqual(['s: advisory-opinion entry not in the Court\'s form, left out: ""']);
  });

  it('asks the search for advisory opinions from 1982, the year of OC-1', () => {
    const form = searchForm(CORTEIDH_DEFAULTS, 'OC', { from: null, to: null }, NOW);
    expect([form.get('nId_Tipo_Jurisprudencia'), form.get('sYear'), form.get('sYear2')]).toEqual(['OC', '1982', '2026']);
  });
});

describe("the Court's listing of cases under supervision of compliance", () => {
  const listing = parseSupervisionListing(readFileSync(SUPERVISION, 'utf8'), 'corteidh-supervision', LISTING_URL, NOW);

  it('reads Garrido y Baigorria and its two resolutions, newest first, as the expected output beside the fixture says', () => {
    expect(listing.cases.map((c) => [c.caseName, c.resolutions.map((r) => [r.id, r.date])])).toEqual([
      [
        'Garrido y Baigorria',
        [
          ['garrido_30_08_17', '2017-08-30'],
          ['garrido_17_11_04', '2004-11-17'],
        ],
      ],
    ]);
    expect(listing.cases[0].resolutions[0].url).toBe('https://www.corteidh.or.cr/docs/supervisiones/garrido_30_08_17.pdf');
  });

  it('dates a resolution from its file name when the link gives no date, and leaves the undated summaries out', () => {
    const html = `<table><tr><td><a href="ver_ficha_tecnica.cfm?nId_Ficha=1&amp;lang=es">Caso  Garrido y Baigorria</a></td><td>Sentencia</td>
      <td><A HREF="http://corteidh.or.cr/docs/supervisiones/garrido_17_11_04.pdf">Resolución</A> <a href="/docs/supervisiones/garridoc.pdf">Cumplimiento</a></td></tr>
      <tr><td>12</td><td><a href="/docs/supervisiones/x_01_02_99.pdf">1º de febrero de 1999</a></td></tr></table>`;
    const read = parseSupervisionListing(html, 's', LISTING_URL, NOW);
    expect(read.cases).toEqual([
      {
        caseName: 'Garrido y Baigorria',
        resolutions: [
          {
            id: 'garrido_17_11_04',
            url: 'http://corteidh.or.cr/docs/supervisiones/garrido_17_11_04.pdf',
            date: '2004-11-17',
            sourceDate: '17_11_04',
          },
        ],
      },
    ]);
    expect(read.warnings).toEqual(['s: 1 listing rows name no case and were left out (resolutions x_01_02_99)']);
  });

  it('keeps a file name whose escape is broken as written, and unescapes a good one', () => {
    const html = `<table><tr><td>Caso Garrido y Baigorria</td>
      <td><a href="/docs/supervisiones/garrido%5F17_11_04.pdf">Resolución</a> <a href="/docs/supervisiones/garrido%E0%A4%A_01_02_05.pdf">Resolución</a></td></tr></table>`;
    const read = parseSupervisionListing(html, 's', LISTING_URL, NOW);
    expect(read.cases[0].resolutions.map((r) => [r.id, r.date])).toEqual([
      ['garrido%E0%A4%A_01_02_05', '2005-02-01'],
      ['garrido_17_11_04', '2004-11-17'],
    ]);
  });

  it('refuses a page that is not the listing', () => {
    expect(() => parseSupervisionListing('<html><body>Mantenimiento</body></html>', 's', LISTING_URL)).toThrow(
      /no table row linking a resolution/,
    );
  });
});
