/**
 * A case's name as both the Court and SUMMA title it, accents, case and "et al." / "y otros" dropped, so the two
 * sources' titles of one case meet:
 * caseNameOf('Caso Tzompaxtle Tecpile y otros Vs. México') === 'tzompaxtle tecpile';
 * caseNameOf('Martin del Campo Dodd. Preliminary Objections. Judgment. September 3, 2004') === 'martin del campo dodd'.
 */
export function caseNameOf(title: string): string {
  const name = title.replace(/^Caso\s+/, '').split(/\s+Vs\.\s+|\.\s/)[0];
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[,.]?\s+(?:et al|y otros?|y otras?)\.?$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
