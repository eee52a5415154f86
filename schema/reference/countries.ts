import { readFileSync } from 'node:fs';

/** One ISO 3166-1 country with its UN M49 region (lukes/ISO-3166-Countries-with-Regional-Codes, CC BY-SA 4.0). */
export interface IsoCountry {
  alpha3: string;
  alpha2: string;
  name: string;
  region: string | null;
  subRegion: string | null;
}

export const ISO_COUNTRIES: readonly IsoCountry[] = JSON.parse(readFileSync(new URL('./iso3166.json', import.meta.url), 'utf8'));

const BY_ALPHA3 = new Map(ISO_COUNTRIES.map((c) => [c.alpha3, c]));
const BY_ALPHA2 = new Map(ISO_COUNTRIES.map((c) => [c.alpha2, c]));

/**
 * Names sources use that are not ISO's own: UN naming (UHRI, OHCHR), short forms, and the
 * Council of Europe's spellings (HUDOC writes "THE REPUBLIC OF MOLDOVA", "TÜRKİYE").
 */
const ALIASES: Record<string, string> = {
  'Bolivia (Plurinational State of)': 'BOL',
  Bolivia: 'BOL',
  "Democratic People's Republic of Korea": 'PRK',
  'Republic of Korea': 'KOR',
  'South Korea': 'KOR',
  'Democratic Republic of the Congo': 'COD',
  'Democratic Republic of Congo': 'COD',
  'Iran (Islamic Republic of)': 'IRN',
  Iran: 'IRN',
  'Micronesia (Federated States of)': 'FSM',
  Netherlands: 'NLD',
  'Republic of Moldova': 'MDA',
  Moldova: 'MDA',
  'São Tomé and Principe': 'STP',
  'State of Palestine': 'PSE',
  Palestine: 'PSE',
  'United Republic of Tanzania': 'TZA',
  Tanzania: 'TZA',
  'Venezuela (Bolivarian Republic of)': 'VEN',
  Venezuela: 'VEN',
  'Czech Republic': 'CZE',
  'United Kingdom': 'GBR',
  'United States': 'USA',
  Russia: 'RUS',
  Turkey: 'TUR',
  Syria: 'SYR',
  'Viet Nam': 'VNM',
  Vietnam: 'VNM',
  Laos: 'LAO',
  "Lao People's Democratic Republic": 'LAO',
  'Cape Verde': 'CPV',
  "Cote d'Ivoire": 'CIV',
  'Ivory Coast': 'CIV',
  Swaziland: 'SWZ',
  'Holy See': 'VAT',
  'The former Yugoslav Republic of Macedonia': 'MKD',
  'Republic of North Macedonia': 'MKD',
  // The Inter-American Court's and the OAS's Spanish names, where they differ from the English ones.
  Brasil: 'BRA',
  'Trinidad y Tobago': 'TTO',
  'República Dominicana': 'DOM',
  Surinam: 'SUR',
  'Estados Unidos': 'USA',
  // UPR recommending States (OHCHR thematic lists) and Council of Europe bodies (ECRI, CommHR) write these:
  'Bolivarian Republic of Venezuela': 'VEN',
  'Islamic Republic of Iran': 'IRN',
  'Kingdom of the Netherlands': 'NLD',
  'Slovak Republic': 'SVK',
  // Older, short and Council of Europe names met in the recorded feeds (CPT, GRETA, ESC, HUDOC ids).
  Macedonia: 'MKD',
  'Former Yugoslav Republic of Macedonia': 'MKD',
  FYROM: 'MKD',
  'FYR of Macedonia': 'MKD',
  'Republic of Macedonia': 'MKD',
  'Great Britain': 'GBR',
  'Great Britain and Northern Ireland': 'GBR',
  Turkiye: 'TUR',
  'Republic of Türkiye': 'TUR',
  'Republic of Turkey': 'TUR',
  'Bosnia Herzegovina': 'BIH',
  Byelorussia: 'BLR',
  Belorussia: 'BLR',
  'Occupied Palestinian Territory': 'PSE',
  'Occupied Palestinian Territories': 'PSE',
  // French names the African bodies' pages use (ACHPR, the African Court).
  'République du Congo': 'COG',
  'République démocratique du Congo': 'COD',
  'République centrafricaine': 'CAF',
  Cameroun: 'CMR',
  Tchad: 'TCD',
  Guinée: 'GIN',
  'Guinée équatoriale': 'GNQ',
  'Guinée-Bissau': 'GNB',
  Maroc: 'MAR',
  Algérie: 'DZA',
  Tunisie: 'TUN',
  Mauritanie: 'MRT',
  Égypte: 'EGY',
  Éthiopie: 'ETH',
  Libye: 'LBY',
  Comores: 'COM',
  Maurice: 'MUS',
  Soudan: 'SDN',
  'Soudan du Sud': 'SSD',
  'Afrique du Sud': 'ZAF',
  Ouganda: 'UGA',
  Tanzanie: 'TZA',
  Zambie: 'ZMB',
  Namibie: 'NAM',
  Gambie: 'GMB',
  'Cap-Vert': 'CPV',
  'Kyrgyz Republic': 'KGZ',
  Kirghizia: 'KGZ',
  'Hellenic Republic': 'GRC',
  'East Timor': 'TLS',
  Burma: 'MMR',
  Zaire: 'COD',
  Vatican: 'VAT',
  Holland: 'NLD',
};

/**
 * Parts of a State that sources report on under its name, by the State's code: the sub-national parts and dependent
 * territories a Council of Europe body or a treaty reports separately ("United Kingdom (Scotland)", ESC's
 * "Netherlands Aruba", CPT's "United Kingdom (Sovereign Base Areas in Cyprus)"). Such a name resolves to the State
 * party's code; the territory is kept in the name as written.
 */
const TERRITORIES: Record<string, readonly string[]> = {
  GBR: [
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
    'England and Wales',
    'Isle of Man',
    'Jersey',
    'Guernsey',
    'Bailiwick of Jersey',
    'Bailiwick of Guernsey',
    'Gibraltar',
    'Bermuda',
    'Anguilla',
    'Cayman Islands',
    'Montserrat',
    'British Virgin Islands',
    'Falkland Islands',
    'Turks and Caicos Islands',
    'Sovereign Base Areas in Cyprus',
    'Sovereign Base Areas of Akrotiri and Dhekelia',
    'Crown Dependencies',
    'Overseas Territories',
  ],
  NLD: [
    'Aruba',
    'Curaçao',
    'Sint Maarten',
    'Caribbean part',
    'Caribbean part of the Kingdom',
    'Caribbean Netherlands',
    'Bonaire',
    'Sint Eustatius',
    'Saba',
    'Netherlands Antilles',
    'European part',
    'European part of the Kingdom',
  ],
  DNK: ['Faroe Islands', 'Faroes', 'Greenland'],
  FIN: ['Åland Islands', 'Aland'],
  NOR: ['Svalbard'],
  PRT: ['Azores', 'Madeira'],
  FRA: ['French Polynesia', 'New Caledonia', 'Overseas departments', 'Mayotte', 'Guadeloupe', 'Martinique', 'French Guiana', 'Réunion'],
  USA: ['Puerto Rico', 'Guam', 'United States Virgin Islands', 'American Samoa', 'Northern Mariana Islands'],
  NZL: ['Tokelau', 'Cook Islands', 'Niue'],
  CHN: ['Hong Kong', 'Hong Kong SAR', 'Macao', 'Macao SAR', 'Macau'],
};

/**
 * Lowercase, no accents or dotted capitals, no quotes, no leading "the", no trailing "*" (UHRI's "Kosovo*"), hyphens,
 * underscores and dashes as spaces (ids write "San-Marino"), single spaces.
 */
export function normalizeCountryName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&amp;/g, '&')
    .replace(/[’`]/g, "'")
    .replace(/["“”„«»]|^'+|'+$/g, '')
    .replace(/\*+\s*$/, '')
    .replace(/[-_‐‑–—]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const BY_NAME = new Map<string, string>();
for (const c of ISO_COUNTRIES) BY_NAME.set(normalizeCountryName(c.name), c.alpha3);
for (const [name, code] of Object.entries(ALIASES)) BY_NAME.set(normalizeCountryName(name), code);

/** Normalized name of a part → the codes of the States it is a part of. */
const TERRITORY_OF = new Map<string, Set<string>>();
for (const [state, parts] of Object.entries(TERRITORIES))
  for (const part of parts) {
    const key = normalizeCountryName(part);
    TERRITORY_OF.set(key, new Set([...(TERRITORY_OF.get(key) ?? []), state]));
  }

const isTerritoryOf = (part: string, state: string | undefined): boolean =>
  state !== undefined && (TERRITORY_OF.get(normalizeCountryName(part))?.has(state) ?? false);

/** A State and one of its parts in either order, in any wording: "Netherlands Aruba", "Aruba (Netherlands)", "United Kingdom - Scotland". */
function stateOfTerritory(key: string): string | undefined {
  const words = key.split(' ');
  for (let i = 1; i < words.length; i++) {
    const head = words.slice(0, i).join(' ');
    const tail = words.slice(i).join(' ');
    const headState = BY_NAME.get(head);
    if (isTerritoryOf(tail, headState)) return headState;
    const tailState = BY_NAME.get(tail);
    if (isTerritoryOf(head, tailState)) return tailState;
  }
  return undefined;
}

/**
 * A name in one of the wordings the recorded feeds use, resolved in order: as written; without a trailing part in
 * brackets ("United Kingdom (Scotland)"); as a State and one of its parts ("Netherlands Caribbean part"); inverted
 * ("Moldova, Republic of" is ISO's; "Macedonia, the former Yugoslav Republic of").
 */
function codeOfName(name: string): string | undefined {
  const key = normalizeCountryName(name);
  const exact = BY_NAME.get(key);
  if (exact) return exact;
  const bracket = name.match(/^(.*?)\s*[([]\s*(.+?)\s*[)\]]\s*$/);
  if (bracket) {
    const [, head, inner] = bracket;
    const headState = BY_NAME.get(normalizeCountryName(head));
    const innerState = BY_NAME.get(normalizeCountryName(inner));
    if (innerState && isTerritoryOf(head, innerState)) return innerState;
    if (headState) return headState;
  }
  const spaced = normalizeCountryName(name.replace(/[,:/()[\]]+/g, ' '));
  const territorial = stateOfTerritory(spaced);
  if (territorial) return territorial;
  const inverted = name.match(/^([^,]+),\s*(.+)$/);
  const invertedCode = inverted ? BY_NAME.get(normalizeCountryName(`${inverted[2]} ${inverted[1]}`)) : undefined;
  return invertedCode ?? BY_NAME.get(key.replace(OFFICIAL_FORM, ''));
}

/** The official long form before a short name ('Federal Republic of Nigeria', "People's Democratic Republic of Algeria"). */
const OFFICIAL_FORM =
  /^(?:(?:federal|united|democratic|people's|islamic|plurinational|bolivarian|socialist|arab|hellenic|oriental|principality|grand duchy|kingdom|republic|state|commonwealth|sultanate|of|the)\s+)+(?=\S)/;

/**
 * The one shared name → code resolver for every adapter.
 * isoFromName('Türkiye') === 'TUR'; isoFromName('THE REPUBLIC OF MOLDOVA') === 'MDA';
 * isoFromName('SVN') === 'SVN'; isoFromName('Kosovo*') === undefined (not in ISO 3166: report it, keep the record).
 */
export function isoFromName(name: string): string | undefined {
  const trimmed = name.trim();
  if (/^[A-Z]{3}$/.test(trimmed) && BY_ALPHA3.has(trimmed)) return trimmed;
  if (/^[A-Z]{2}$/.test(trimmed)) return BY_ALPHA2.get(trimmed)?.alpha3;
  return codeOfName(trimmed);
}

/** The longest name the resolver knows has eight words ("United Kingdom of Great Britain and Northern Ireland"). */
const MAX_NAME_WORDS = 8;

/**
 * The first State (as written) that a longer text names, the longest name winning where names overlap:
 * findCountryIn('Baseline Evaluation Report SAN MARINO') → { code: 'SMR', name: 'SAN MARINO' };
 * findCountryIn('GREVIO_Inf(2022)3_United-Kingdom_baseline') → { code: 'GBR', name: 'United-Kingdom' }; none → null.
 */
export function findCountryIn(text: string): { code: string; name: string } | null {
  const words = [...text.matchAll(/[\p{L}\p{M}'’]+/gu)];
  const keys = words.map((w) => normalizeCountryName(w[0]));
  for (let i = 0; i < words.length; i++) {
    // The longest run of words from here that is a name; runs of three letters or fewer are codes or words, not names.
    for (let j = Math.min(words.length, i + MAX_NAME_WORDS); j > i; j--) {
      const code = BY_NAME.get(keys.slice(i, j).join(' '));
      if (!code || keys.slice(i, j).join(' ').length <= 3) continue;
      return { code, name: text.slice(words[i].index!, words[j - 1].index! + words[j - 1][0].length) };
    }
  }
  return null;
}

/** countryByCode('SVN')?.name === 'Slovenia'; accepts alpha-2 too: countryByCode('si')?.alpha3 === 'SVN'. */
export function countryByCode(code: string): IsoCountry | undefined {
  const upper = code.trim().toUpperCase();
  return upper.length === 2 ? BY_ALPHA2.get(upper) : BY_ALPHA3.get(upper);
}
