import type { MechanismRef, System } from '../types.ts';

export type MechanismKind =
  'TREATY_BODY' | 'PEER_REVIEW' | 'SPECIAL_PROCEDURE' | 'COURT' | 'COMMISSION' | 'MONITORING_BODY' | 'POLITICAL_BODY';

export interface Mechanism extends MechanismRef {
  kind: MechanismKind;
  /** Who publishes the mechanism's records (provenance owner). */
  owner: string;
}

const un = (id: string, acronym: string, name: string, kind: MechanismKind): Mechanism => ({
  id,
  acronym,
  name,
  system: 'UN',
  kind,
  owner: 'OHCHR',
});
const coe = (id: string, acronym: string, name: string, kind: MechanismKind): Mechanism => ({
  id,
  acronym,
  name,
  system: 'EUROPEAN',
  kind,
  owner: 'Council of Europe',
});
const af = (id: string, acronym: string, name: string, kind: MechanismKind, owner: string): Mechanism => ({
  id,
  acronym,
  name,
  system: 'AFRICAN',
  kind,
  owner,
});

/** The mechanisms the hub knows. Ids are stable: filters and records use them. */
export const MECHANISMS: readonly Mechanism[] = [
  un('un-ccpr', 'CCPR', 'Human Rights Committee', 'TREATY_BODY'),
  un('un-cescr', 'CESCR', 'Committee on Economic, Social and Cultural Rights', 'TREATY_BODY'),
  un('un-cat', 'CAT', 'Committee against Torture', 'TREATY_BODY'),
  un('un-spt', 'SPT', 'Subcommittee on Prevention of Torture', 'TREATY_BODY'),
  un('un-cerd', 'CERD', 'Committee on the Elimination of Racial Discrimination', 'TREATY_BODY'),
  un('un-cedaw', 'CEDAW', 'Committee on the Elimination of Discrimination against Women', 'TREATY_BODY'),
  un('un-crc', 'CRC', 'Committee on the Rights of the Child', 'TREATY_BODY'),
  un('un-crpd', 'CRPD', 'Committee on the Rights of Persons with Disabilities', 'TREATY_BODY'),
  un('un-ced', 'CED', 'Committee on Enforced Disappearances', 'TREATY_BODY'),
  un('un-cmw', 'CMW', 'Committee on Migrant Workers', 'TREATY_BODY'),
  un('un-upr', 'UPR', 'Universal Periodic Review (Human Rights Council)', 'PEER_REVIEW'),
  un('un-sp', 'SP', 'Special Procedures of the Human Rights Council', 'SPECIAL_PROCEDURE'),
  coe('coe-ecthr', 'ECtHR', 'European Court of Human Rights', 'COURT'),
  coe('coe-cm', 'CM', 'Committee of Ministers (execution of judgments)', 'POLITICAL_BODY'),
  coe('coe-cpt', 'CPT', 'European Committee for the Prevention of Torture', 'MONITORING_BODY'),
  coe('coe-ecsr', 'ECSR', 'European Committee of Social Rights', 'MONITORING_BODY'),
  coe('coe-ecri', 'ECRI', 'European Commission against Racism and Intolerance', 'MONITORING_BODY'),
  coe('coe-greta', 'GRETA', 'Group of Experts on Action against Trafficking in Human Beings', 'MONITORING_BODY'),
  coe('coe-grevio', 'GREVIO', 'Group of Experts on Action against Violence against Women and Domestic Violence', 'MONITORING_BODY'),
  coe('coe-fcnm', 'ACFC', 'Advisory Committee on the Framework Convention for the Protection of National Minorities', 'MONITORING_BODY'),
  coe('coe-commhr', 'CommHR', 'Commissioner for Human Rights', 'MONITORING_BODY'),
  {
    id: 'ia-iachr',
    acronym: 'IACHR',
    name: 'Inter-American Commission on Human Rights',
    system: 'INTER_AMERICAN',
    kind: 'COMMISSION',
    owner: 'Organization of American States',
  },
  {
    id: 'ia-iacthr',
    acronym: 'IACtHR',
    name: 'Inter-American Court of Human Rights',
    system: 'INTER_AMERICAN',
    kind: 'COURT',
    owner: 'Inter-American Court of Human Rights',
  },
  af('af-achpr', 'ACHPR', "African Commission on Human and Peoples' Rights", 'COMMISSION', 'African Union'),
  af('af-afchpr', 'AfCHPR', "African Court on Human and Peoples' Rights", 'COURT', 'African Union'),
  af('af-acerwc', 'ACERWC', 'African Committee of Experts on the Rights and Welfare of the Child', 'TREATY_BODY', 'African Union'),
  // Sub-regional courts that hear human-rights cases; the hub reads their case law through IHRDA's database.
  af('af-ecowas-ccj', 'ECOWAS CCJ', 'ECOWAS Community Court of Justice', 'COURT', 'Economic Community of West African States'),
  af('af-eacj', 'EACJ', 'East African Court of Justice', 'COURT', 'East African Community'),
  af('af-sadc-t', 'SADC Tribunal', 'SADC Tribunal', 'COURT', 'Southern African Development Community'),
];

const BY_ID = new Map(MECHANISMS.map((m) => [m.id, m]));
const BY_ACRONYM = new Map(MECHANISMS.map((m) => [`${m.system}:${m.acronym.toUpperCase()}`, m]));

/** mechanismById('coe-ecthr')?.acronym === 'ECtHR' */
export function mechanismById(id: string): Mechanism | undefined {
  return BY_ID.get(id);
}

/** mechanismByAcronym('UN', 'crc')?.id === 'un-crc'; UHRI's "SR Torture" is a special procedure: undefined here. */
export function mechanismByAcronym(system: System, acronym: string): Mechanism | undefined {
  return BY_ACRONYM.get(`${system}:${acronym.trim().toUpperCase()}`);
}

/**
 * How sources name another system's mechanism in running text (a joint visit's partner). Regional names first: their
 * rapporteurs are "Special Rapporteurs" too. Every UN special-procedure mandate is the one un-sp mechanism.
 */
const NAMED_IN_TEXT: readonly [RegExp, string][] = [
  [/\bIACHR\b|Inter-American Commission on Human Rights/gi, 'ia-iachr'],
  [/\bACHPR\b|African Commission on Human and Peoples/gi, 'af-achpr'],
  [
    /\b(?:UN|United Nations)\s+(?:Special Rapporteur|Independent Expert|Working Group|Special Representative|special procedures)/gi,
    'un-sp',
  ],
];

/**
 * The mechanisms a source's words name, where the words say which system each belongs to, once each, in the order named:
 * mechanismsNamedIn('the IACHR and ACHPR Special Rapporteurs').map((m) => m.id) → ['ia-iachr', 'af-achpr'];
 * mechanismsNamedIn('the UN Special Rapporteur on the situation of human rights defenders') → [un-sp];
 * mechanismsNamedIn('the Special Rapporteur on the right to food') → [] (no system named).
 */
export function mechanismsNamedIn(text: string): Mechanism[] {
  const named = NAMED_IN_TEXT.flatMap(([re, id]) => [...text.matchAll(re)].map((m) => ({ at: m.index, id })));
  const ids = [...new Set(named.sort((a, b) => a.at - b.at).map((n) => n.id))];
  return ids.map((id) => mechanismById(id) as Mechanism);
}

/** mechanismRefOf('coe-cpt').acronym === 'CPT'; an id the hub does not know is a programming error and throws. */
export function mechanismRefOf(id: string): MechanismRef {
  const m = mechanismById(id);
  if (!m) throw new Error(`Unknown mechanism id "${id}": add it to schema/reference/mechanisms.ts`);
  return mechanismRef(m);
}

/** The contract's MechanismRef of a known mechanism (fields the SDL exposes, nothing else). */
export function mechanismRef(m: Mechanism): MechanismRef {
  return { id: m.id, acronym: m.acronym, name: m.name, system: m.system };
}
