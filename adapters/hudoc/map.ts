import { checkRows } from '../_kit/sanity.ts';
import type { HudocSiteConfig } from './config.ts';
import { fromDayMonthYear, fromKpdate } from './dates.ts';
import { hudocSourceName, queryFieldsOf } from './fetch.ts';
import type { HudocColumns, HudocValue } from './parse.ts';

/** One HUDOC search hit, typed, with HUDOC's own wording kept (codes, conclusion text, collection names). */
export interface HudocRecord {
  /** The site's id column: ECHR itemid '001-242070'. */
  id: string;
  /** docname: 'CASE OF GORŠE v. SLOVENIA'. */
  title: string;
  /** appno split on ';': ['45443/21', '45483/21', '8701/23']. */
  appNumbers: string[];
  /** The State column split on ';', as HUDOC writes it (ISO alpha-3): ['SVN']. */
  respondents: string[];
  /** The date column (ECHR kpdate) as YYYY-MM-DD; null when absent or implausible. */
  date: string | null;
  /** The date column's text when it could not be used. */
  sourceDate: string | null;
  /** judgementdate 'dd/mm/yyyy 00:00:00' as YYYY-MM-DD. */
  judgmentDate: string | null;
  conclusion: string | null;
  /** violation / nonviolation / article split on ';': ['8', '8-1']. */
  violations: string[];
  nonViolations: string[];
  articles: string[];
  /** importance 1 (key case) to 4, whether HUDOC sent "1" or 1. */
  importance: number | null;
  ecli: string | null;
  /** languageisocode: 'ENG'. */
  language: string | null;
  /** doctype: HEJUD, HECOM, … */
  docType: string | null;
  /** doctypebranch: GRANDCHAMBER, CHAMBER, COMMITTEE, COMMUNICATEDCASES, … */
  docTypeBranch: string | null;
  /** documentcollectionid2 split on ';': ['CASELAW', 'JUDGMENTS', 'GRANDCHAMBER', 'ENG']. */
  collections: string[];
  /** originatingbody code as text ('8' = Grand Chamber). */
  originatingBody: string | null;
  /** typedescription code as text ('15'). */
  typeDescription: string | null;
}

/** A column as text: 1 → '1', '' and null → null, surrounding space trimmed. */
export function columnText(value: HudocValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

/** A ';'-separated column as a list: '3;34' → ['3', '34']; '' → []. */
export function columnList(value: HudocValue | undefined): string[] {
  return (columnText(value) ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** importance "1" or 1 → 1; anything else → null. */
function columnInt(value: HudocValue | undefined): number | null {
  const text = columnText(value);
  return text !== null && /^\d+$/.test(text) ? Number(text) : null;
}

/**
 * One `columns` object → HudocRecord. Example: { itemid: '001-234058', appno: '65275/19', respondent: 'GRC',
 * kpdate: '2024-05-23T00:00:00', importance: 4, violation: '3', nonviolation: '34' } →
 * { id: '001-234058', appNumbers: ['65275/19'], respondents: ['GRC'], date: '2024-05-23', importance: 4, violations: ['3'], … }
 */
export function mapHudocRecord(columns: HudocColumns, site: HudocSiteConfig): HudocRecord {
  const fields = queryFieldsOf(site);
  const kpdate = fromKpdate(columnText(columns[fields.dateField]));
  return {
    id: columnText(columns[site.idKey]) ?? '',
    title: columnText(columns.docname) ?? '',
    appNumbers: columnList(columns.appno),
    respondents: columnList(columns[fields.countryField]),
    date: kpdate.date,
    sourceDate: kpdate.sourceDate,
    judgmentDate: fromDayMonthYear(columnText(columns.judgementdate)).date,
    conclusion: columnText(columns.conclusion),
    violations: columnList(columns.violation),
    nonViolations: columnList(columns.nonviolation),
    articles: columnList(columns.article),
    importance: columnInt(columns.importance),
    ecli: columnText(columns.ecli),
    language: columnText(columns.languageisocode),
    docType: columnText(columns.doctype),
    docTypeBranch: columnText(columns.doctypebranch),
    collections: columnList(columns.documentcollectionid2),
    originatingBody: columnText(columns.originatingbody),
    typeDescription: columnText(columns.typedescription),
  };
}

/** A page of hits → records, sanity-checked (a page where no hit has an id throws RH_SOURCE_INSANE). */
export function mapHudocRecords(rows: HudocColumns[], site: HudocSiteConfig): HudocRecord[] {
  return checkRows(
    hudocSourceName(site),
    rows.map((r) => mapHudocRecord(r, site)),
  );
}
