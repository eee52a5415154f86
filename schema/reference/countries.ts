import { readFileSync } from 'node:fs';

/** One ISO 3166-1 country with its UN M49 region (lukes/ISO-3166-Countries-with-Regional-Codes, CC BY-SA 4.0). */
export interface IsoCountry {
  alpha3: string;
  alpha2: string;
  name: string;
  region: string | null;
  subRegion: string | null;
}

export const ISO_COUNTRIES: readonly IsoCountry[] = JSON.parse(
  readFileSync(new URL('./iso3166.json', import.meta.url), 'utf8'),
);

const BY_ALPHA3 = new Map(ISO_COUNTRIES.map((c) => [c.alpha3, c]));
const BY_ALPHA2 = new Map(ISO_COUNTRIES.map((c) => [c.alpha2, c]));

/**
 * Names sources use that are not ISO's own: UN naming (UHRI, OHCHR), short forms, and the
 * Council of Europe's spellings (HUDOC writes "THE REPUBLIC OF MOLDOVA", "TÜRKİYE").
 */
const ALIASES: Record<string, string> = {
  'Bolivia (Plurinational State of)': 'BOL', Bolivia: 'BOL',
  "Democratic People's Republic of Korea": 'PRK', 'Republic of Korea': 'KOR', 'South Korea': 'KOR',
  'Democratic Republic of the Congo': 'COD', 'Democratic Republic of Congo': 'COD', 'Iran (Islamic Republic of)': 'IRN', Iran: 'IRN',
  'Micronesia (Federated States of)': 'FSM', Netherlands: 'NLD', 'Republic of Moldova': 'MDA', Moldova: 'MDA',
  'São Tomé and Principe': 'STP', 'State of Palestine': 'PSE', Palestine: 'PSE', 'United Republic of Tanzania': 'TZA',
  Tanzania: 'TZA', 'Venezuela (Bolivarian Republic of)': 'VEN', Venezuela: 'VEN', 'Czech Republic': 'CZE',
  'United Kingdom': 'GBR', 'United States': 'USA', Russia: 'RUS', Turkey: 'TUR', Syria: 'SYR', 'Viet Nam': 'VNM',
  Vietnam: 'VNM', Laos: 'LAO', "Lao People's Democratic Republic": 'LAO', 'Cape Verde': 'CPV', "Cote d'Ivoire": 'CIV',
  'Ivory Coast': 'CIV', Swaziland: 'SWZ', 'Holy See': 'VAT', 'The former Yugoslav Republic of Macedonia': 'MKD',
  'Republic of North Macedonia': 'MKD',
  // The Inter-American Court's and the OAS's Spanish names, where they differ from the English ones.
  Brasil: 'BRA', 'Trinidad y Tobago': 'TTO', 'República Dominicana': 'DOM', Surinam: 'SUR', 'Estados Unidos': 'USA',
  // UPR recommending States (OHCHR thematic lists) and Council of Europe bodies (ECRI, CommHR) write these:
  'Bolivarian Republic of Venezuela': 'VEN', 'Islamic Republic of Iran': 'IRN', 'Kingdom of the Netherlands': 'NLD',
  'Slovak Republic': 'SVK',
};

/** Lowercase, no accents or dotted capitals, no leading "the", no trailing "*" (UHRI's "Kosovo*"), single spaces. */
export function normalizeCountryName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\*+$/, '')
    .replace(/&amp;/g, '&')
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const BY_NAME = new Map<string, string>();
for (const c of ISO_COUNTRIES) BY_NAME.set(normalizeCountryName(c.name), c.alpha3);
for (const [name, code] of Object.entries(ALIASES)) BY_NAME.set(normalizeCountryName(name), code);

/**
 * The one shared name → code resolver for every adapter.
 * isoFromName('Türkiye') === 'TUR'; isoFromName('THE REPUBLIC OF MOLDOVA') === 'MDA';
 * isoFromName('SVN') === 'SVN'; isoFromName('Kosovo*') === undefined (not in ISO 3166: report it, keep the record).
 */
export function isoFromName(name: string): string | undefined {
  const trimmed = name.trim();
  if (/^[A-Z]{3}$/.test(trimmed) && BY_ALPHA3.has(trimmed)) return trimmed;
  if (/^[A-Z]{2}$/.test(trimmed)) return BY_ALPHA2.get(trimmed)?.alpha3;
  return BY_NAME.get(normalizeCountryName(trimmed));
}

/** countryByCode('SVN')?.name === 'Slovenia'; accepts alpha-2 too: countryByCode('si')?.alpha3 === 'SVN'. */
export function countryByCode(code: string): IsoCountry | undefined {
  const upper = code.trim().toUpperCase();
  return upper.length === 2 ? BY_ALPHA2.get(upper) : BY_ALPHA3.get(upper);
}
