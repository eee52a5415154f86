import type { System } from '../types.ts';

/*
 * Which human-rights systems each State belongs to, as of 2026, by ISO 3166-1 alpha-3 code.
 * These are facts the hub maintains itself (no source publishes them in a usable form); each list
 * is ordered by the State's English name, and test/reference/memberships.test.ts checks every code
 * against ISO 3166 and every count against the published one.
 */

/** The 193 member States of the United Nations (un.org "Member States"). Observer States (Holy See, State of Palestine) are not members. */
export const UN_MEMBERS: readonly string[] = [
  'AFG',
  'ALB',
  'DZA',
  'AND',
  'AGO',
  'ATG',
  'ARG',
  'ARM',
  'AUS',
  'AUT',
  'AZE',
  'BHS',
  'BHR',
  'BGD',
  'BRB',
  'BLR',
  'BEL',
  'BLZ',
  'BEN',
  'BTN',
  'BOL',
  'BIH',
  'BWA',
  'BRA',
  'BRN',
  'BGR',
  'BFA',
  'BDI',
  'CPV',
  'KHM',
  'CMR',
  'CAN',
  'CAF',
  'TCD',
  'CHL',
  'CHN',
  'COL',
  'COM',
  'COG',
  'CRI',
  'CIV',
  'HRV',
  'CUB',
  'CYP',
  'CZE',
  'PRK',
  'COD',
  'DNK',
  'DJI',
  'DMA',
  'DOM',
  'ECU',
  'EGY',
  'SLV',
  'GNQ',
  'ERI',
  'EST',
  'SWZ',
  'ETH',
  'FJI',
  'FIN',
  'FRA',
  'GAB',
  'GMB',
  'GEO',
  'DEU',
  'GHA',
  'GRC',
  'GRD',
  'GTM',
  'GIN',
  'GNB',
  'GUY',
  'HTI',
  'HND',
  'HUN',
  'ISL',
  'IND',
  'IDN',
  'IRN',
  'IRQ',
  'IRL',
  'ISR',
  'ITA',
  'JAM',
  'JPN',
  'JOR',
  'KAZ',
  'KEN',
  'KIR',
  'KWT',
  'KGZ',
  'LAO',
  'LVA',
  'LBN',
  'LSO',
  'LBR',
  'LBY',
  'LIE',
  'LTU',
  'LUX',
  'MDG',
  'MWI',
  'MYS',
  'MDV',
  'MLI',
  'MLT',
  'MHL',
  'MRT',
  'MUS',
  'MEX',
  'FSM',
  'MCO',
  'MNG',
  'MNE',
  'MAR',
  'MOZ',
  'MMR',
  'NAM',
  'NRU',
  'NPL',
  'NLD',
  'NZL',
  'NIC',
  'NER',
  'NGA',
  'MKD',
  'NOR',
  'OMN',
  'PAK',
  'PLW',
  'PAN',
  'PNG',
  'PRY',
  'PER',
  'PHL',
  'POL',
  'PRT',
  'QAT',
  'KOR',
  'MDA',
  'ROU',
  'RUS',
  'RWA',
  'KNA',
  'LCA',
  'VCT',
  'WSM',
  'SMR',
  'STP',
  'SAU',
  'SEN',
  'SRB',
  'SYC',
  'SLE',
  'SGP',
  'SVK',
  'SVN',
  'SLB',
  'SOM',
  'ZAF',
  'SSD',
  'ESP',
  'LKA',
  'SDN',
  'SUR',
  'SWE',
  'CHE',
  'SYR',
  'TJK',
  'THA',
  'TLS',
  'TGO',
  'TON',
  'TTO',
  'TUN',
  'TUR',
  'TKM',
  'TUV',
  'UGA',
  'UKR',
  'ARE',
  'GBR',
  'TZA',
  'USA',
  'URY',
  'UZB',
  'VUT',
  'VEN',
  'VNM',
  'YEM',
  'ZMB',
  'ZWE',
];

/**
 * The 46 member States of the Council of Europe, all bound by the European Convention on Human Rights.
 * Russia was expelled on 16 March 2022 (and ceased to be a Convention party on 16 September 2022); Belarus never joined.
 */
export const COE_MEMBERS: readonly string[] = [
  'ALB',
  'AND',
  'ARM',
  'AUT',
  'AZE',
  'BEL',
  'BIH',
  'BGR',
  'HRV',
  'CYP',
  'CZE',
  'DNK',
  'EST',
  'FIN',
  'FRA',
  'GEO',
  'DEU',
  'GRC',
  'HUN',
  'ISL',
  'IRL',
  'ITA',
  'LVA',
  'LIE',
  'LTU',
  'LUX',
  'MLT',
  'MDA',
  'MCO',
  'MNE',
  'NLD',
  'MKD',
  'NOR',
  'POL',
  'PRT',
  'ROU',
  'SMR',
  'SRB',
  'SVK',
  'SVN',
  'ESP',
  'SWE',
  'CHE',
  'TUR',
  'UKR',
  'GBR',
];

/**
 * The member States of the Organization of American States: the 35 States that ratified the OAS Charter,
 * less Nicaragua, whose denunciation of the Charter (November 2021) took effect on 19 November 2023 — so 34.
 * Venezuela denounced the Charter in April 2017 (effect April 2019), but the OAS, which is the source followed
 * here (oas.org "Member States"), still lists it: its Permanent Council seated a representative of the
 * National Assembly in 2019. Cuba is listed by the OAS too (the 1962 exclusion was lifted in 2009).
 */
export const OAS_MEMBERS: readonly string[] = [
  'ATG',
  'ARG',
  'BHS',
  'BRB',
  'BLZ',
  'BOL',
  'BRA',
  'CAN',
  'CHL',
  'COL',
  'CRI',
  'CUB',
  'DMA',
  'DOM',
  'ECU',
  'SLV',
  'GRD',
  'GTM',
  'GUY',
  'HTI',
  'HND',
  'JAM',
  'MEX',
  'PAN',
  'PRY',
  'PER',
  'KNA',
  'LCA',
  'VCT',
  'SUR',
  'TTO',
  'USA',
  'URY',
  'VEN',
];

/**
 * The 23 States parties to the American Convention on Human Rights (25 ratified; Trinidad and Tobago denounced it
 * in 1998, Venezuela in 2012). Nicaragua left the OAS but not the Convention, so the Inter-American Commission and
 * Court keep their competence over it.
 */
export const AMERICAN_CONVENTION_PARTIES: readonly string[] = [
  'ARG',
  'BRB',
  'BOL',
  'BRA',
  'CHL',
  'COL',
  'CRI',
  'DMA',
  'DOM',
  'ECU',
  'SLV',
  'GRD',
  'GTM',
  'HTI',
  'HND',
  'JAM',
  'MEX',
  'NIC',
  'PAN',
  'PRY',
  'PER',
  'SUR',
  'URY',
];

/**
 * The 20 States that accept the contentious jurisdiction of the Inter-American Court of Human Rights (Article 62
 * of the Convention). The Dominican Republic is counted: the Court did not accept its Constitutional Tribunal's
 * 2014 ruling (TC/0256/14) that the acceptance was void.
 */
export const IACTHR_JURISDICTION: readonly string[] = [
  'ARG',
  'BRB',
  'BOL',
  'BRA',
  'CHL',
  'COL',
  'CRI',
  'DOM',
  'ECU',
  'SLV',
  'GTM',
  'HTI',
  'HND',
  'MEX',
  'NIC',
  'PAN',
  'PRY',
  'PER',
  'SUR',
  'URY',
];

/**
 * The 55 member States of the African Union. Morocco rejoined in January 2017. The Sahrawi Arab Democratic Republic
 * is a member; ISO 3166 has no code for it, so it is recorded as ESH ("Western Sahara"), the territory it claims.
 * States suspended from AU activities after coups (e.g. Mali, Burkina Faso, Niger, Guinea, Sudan, Gabon) remain members.
 */
export const AU_MEMBERS: readonly string[] = [
  'DZA',
  'AGO',
  'BEN',
  'BWA',
  'BFA',
  'BDI',
  'CPV',
  'CMR',
  'CAF',
  'TCD',
  'COM',
  'COG',
  'COD',
  'CIV',
  'DJI',
  'EGY',
  'GNQ',
  'ERI',
  'SWZ',
  'ETH',
  'GAB',
  'GMB',
  'GHA',
  'GIN',
  'GNB',
  'KEN',
  'LSO',
  'LBR',
  'LBY',
  'MDG',
  'MWI',
  'MLI',
  'MRT',
  'MUS',
  'MAR',
  'MOZ',
  'NAM',
  'NER',
  'NGA',
  'RWA',
  'ESH',
  'STP',
  'SEN',
  'SYC',
  'SLE',
  'SOM',
  'ZAF',
  'SSD',
  'SDN',
  'TZA',
  'TGO',
  'TUN',
  'UGA',
  'ZMB',
  'ZWE',
];

/** AU members that are not party to the African Charter on Human and Peoples' Rights (so the African Commission cannot hear communications against them). */
const NOT_AFRICAN_CHARTER_PARTIES: readonly string[] = ['MAR'];

/**
 * How many AU members have ratified the Protocol establishing the African Court (34, as the Court reports). The list
 * itself is not recorded here: the hub does not hold a verified copy of it, and only the count is certain.
 */
export const AFCHPR_PROTOCOL_RATIFICATIONS = 34;

/**
 * The 8 States whose declaration under Article 34(6) of the Protocol is in force, so individuals and NGOs can bring
 * cases to the African Court directly (the Court's "Declarations" page: 12 made; Rwanda, Tanzania, Benin and
 * Côte d'Ivoire withdrew theirs in 2016–2020). Without it the Court hears a State only on referral by the Commission.
 */
export const AFCHPR_DIRECT_ACCESS: readonly string[] = ['BFA', 'GMB', 'GHA', 'GNB', 'MWI', 'MLI', 'NER', 'TUN'];

/**
 * The African Court's jurisdiction over the States that withdrew their Article 34(6) declaration: a withdrawal takes
 * effect a year after it is deposited and does not touch the cases filed before then, which the Court goes on hearing
 * and deciding (Ingabire v. Rwanda, 2016; the Court's many Tanzanian cases). Each State with the day its withdrawal
 * took effect: individuals' applications filed before that day are heard.
 */
export const AFCHPR_WITHDRAWN_DECLARATIONS: Readonly<Record<string, string>> = {
  RWA: '2017-03-01',
  TZA: '2020-11-22',
  BEN: '2021-03-26',
  CIV: '2021-04-29',
};

const setOf = (codes: readonly string[]): ReadonlySet<string> => new Set(codes);
const UN = setOf(UN_MEMBERS);
const COE = setOf(COE_MEMBERS);
const OAS = setOf(OAS_MEMBERS);
const CONVENTION = setOf(AMERICAN_CONVENTION_PARTIES);
const IACTHR = setOf(IACTHR_JURISDICTION);
const AU = setOf(AU_MEMBERS);
const NOT_CHARTER = setOf(NOT_AFRICAN_CHARTER_PARTIES);
const AFCHPR = setOf([...AFCHPR_DIRECT_ACCESS, ...Object.keys(AFCHPR_WITHDRAWN_DECLARATIONS)]);

const inInterAmerican = (code: string): boolean => OAS.has(code) || CONVENTION.has(code);

/**
 * The systems a State takes part in: UN for UN members, EUROPEAN for CoE members, INTER_AMERICAN for OAS members and
 * American Convention parties, AFRICAN for AU members. Unknown or non-member codes give [].
 * systemsOf('SVN') → ['UN', 'EUROPEAN']; systemsOf('NIC') → ['UN', 'INTER_AMERICAN']; systemsOf('ESH') → ['AFRICAN'].
 */
export function systemsOf(alpha3: string): System[] {
  const code = alpha3.trim().toUpperCase();
  const systems: System[] = [];
  if (UN.has(code)) systems.push('UN');
  if (COE.has(code)) systems.push('EUROPEAN');
  if (inInterAmerican(code)) systems.push('INTER_AMERICAN');
  if (AU.has(code)) systems.push('AFRICAN');
  return systems;
}

/**
 * Ids of the regional mechanisms (schema/reference/mechanisms.ts) that can hear an individual complaint against a State:
 * coe-ecthr (CoE members), ia-iachr (OAS members and Convention parties), ia-iacthr (States accepting its
 * jurisdiction), af-achpr (African Charter parties), af-afchpr (States with an Article 34(6) declaration, and those whose
 * withdrawn declaration still covers the cases filed before it took effect).
 * complaintBodiesOf('MEX') → ['ia-iachr', 'ia-iacthr']; complaintBodiesOf('USA') → ['ia-iachr'];
 * complaintBodiesOf('GHA') → ['af-achpr', 'af-afchpr']; complaintBodiesOf('TZA') → ['af-achpr', 'af-afchpr']; complaintBodiesOf('RUS') → [].
 */
export function complaintBodiesOf(alpha3: string): string[] {
  const code = alpha3.trim().toUpperCase();
  const ids: string[] = [];
  if (COE.has(code)) ids.push('coe-ecthr');
  if (inInterAmerican(code)) ids.push('ia-iachr');
  if (IACTHR.has(code)) ids.push('ia-iacthr');
  if (AU.has(code) && !NOT_CHARTER.has(code)) ids.push('af-achpr');
  if (AFCHPR.has(code)) ids.push('af-afchpr');
  return ids;
}
