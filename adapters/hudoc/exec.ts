import { fromDayMonthYear, fromKpdate, type SourcedDate } from './dates.ts';
import { columnList, columnText } from './map.ts';
import type { HudocColumns, HudocValue } from './parse.ts';
import type { Sourced } from '../_kit/fetcher.ts';

/**
 * HUDOC-EXEC's JSON rows, typed: execution case cards (execdocumenttype CEC) and the Committee of Ministers' documents
 * on the cases (decisions, notes, action plans and reports). Codes are kept as HUDOC-EXEC writes them; only the
 * supervision track is given words, those of the Committee of Ministers (enhanced / standard supervision).
 */

/** execsupervision → the track: ENHA → 'enhanced', STAND → 'standard', NEW → 'not yet classified' (a new case awaiting it). */
export type SupervisionTrack = 'enhanced' | 'standard' | 'not yet classified';

const TRACKS: Record<string, SupervisionTrack> = { ENHA: 'enhanced', STAND: 'standard', NEW: 'not yet classified' };

/** supervisionTrack(' enha ') === 'enhanced'; an unknown code → null (the code itself is kept by the caller). */
export function supervisionTrack(code: string | null): SupervisionTrack | null {
  return code ? (TRACKS[code.trim().toUpperCase()] ?? null) : null;
}

/** One of HUDOC-EXEC's status columns as the source codes it, e.g. { field: 'execshortstatusexecution', value: '3' }. */
export interface ExecStatusCode {
  field: string;
  value: string;
}

/** The status columns kept raw: HUDOC-EXEC publishes no wording for their codes with the search results. */
const STATUS_FIELDS = ['execshortstatusexecution', 'execapstatus'] as const;

/** A HUDOC-EXEC case card. */
export interface ExecutionCase {
  /** execidentifier: '004-34566'. */
  id: string;
  /** exectitle: 'MAHMUT KAYA v. Turkey'. */
  title: string;
  /** execappno split on ';': ['22535/93']. */
  appNumbers: string[];
  /** execstate, ISO alpha-3 as HUDOC writes it: 'TUR'. */
  state: string | null;
  /** execsupervision as written: 'STAND'. */
  supervisionCode: string | null;
  supervision: SupervisionTrack | null;
  /** execisclosed: false while the Committee of Ministers supervises the case; null when absent or unreadable. */
  closed: boolean | null;
  /** execisprecedent: true for a leading case. */
  leading: boolean | null;
  /** execmastergroupid: the group the case is examined in ('885'); null when HUDOC-EXEC leaves it empty. */
  groupId: string | null;
  judgment: SourcedDate;
  finalJudgment: SourcedDate;
  /** execfinalresolutiondateastext: the day the final resolution closed the case. */
  finalResolution: SourcedDate;
  statusCodes: ExecStatusCode[];
  /** execlanguage: 'ENG'. */
  language: string | null;
}

/** A Committee of Ministers document on a case. */
export interface ExecutionDocument {
  /** sharepointid: '93165'. */
  id: string;
  /** execdocumenttype as written: 'CMDEC', 'CMNOT', 'acp', 'acr'. */
  type: string;
  /** execdocumentreference: 'CM/Del/Dec(2026)1553/H46-19', 'DH-DD(2026)381'. */
  reference: string | null;
  title: string;
  /** execdocnamefromechr: the judgment's name as the Court gave it ('LINGURAR v. ROMANIA'). */
  caseName: string | null;
  appNumbers: string[];
  state: string | null;
  /** execlanguage: 'ENG', 'FRE'. */
  language: string | null;
  /** execpublisheddate as YYYY-MM-DD. */
  date: SourcedDate;
  supervisionCode: string | null;
  supervision: SupervisionTrack | null;
  closed: boolean | null;
}

/** What one page of rows gave: the rows read, and a warning naming the rows that could not be. */
export interface ExecRows<T> {
  rows: T[];
  warnings: string[];
}

/** How one kind of row is read: its noun, its id column, and the reading (a string says why a row cannot be read). */
interface RowKind<T> {
  what: string;
  idKey: string;
  read: (columns: HudocColumns) => T | string;
}

/** 'False', 'false', false, 0 → false; 'True', true, 1 → true; anything else → null. */
function columnBool(value: HudocValue | undefined): boolean | null {
  const text = columnText(value)?.toLowerCase();
  return text === 'true' || text === '1' ? true : text === 'false' || text === '0' ? false : null;
}

/** A HUDOC date column in either of its forms: '2000-03-28T00:00:00' or '28/03/2000' ('28/03/2000 00:00:00'). */
export function execDate(value: HudocValue | undefined): SourcedDate {
  const text = columnText(value);
  const iso = fromKpdate(text);
  return iso.date ? iso : fromDayMonthYear(text);
}

/** The first usable of several date columns: the text form, then the date column behind it. */
function firstDate(...values: (HudocValue | undefined)[]): SourcedDate {
  const dates = values.map(execDate);
  return dates.find((d) => d.date) ?? dates.find((d) => d.sourceDate) ?? { date: null, sourceDate: null };
}

/**
 * Reads every row, naming those that cannot be read (no id, no application number) in one warning; a row read keeps
 * what it was paired with (`fetched`: the answer it came from).
 */
function readRows<T, F>(kind: RowKind<T>, rows: readonly { record: HudocColumns; fetched: F }[]): ExecRows<{ record: T; fetched: F }> {
  const kept: { record: T; fetched: F }[] = [];
  const unread: string[] = [];
  rows.forEach(({ record: columns, fetched }, i) => {
    const row = kind.read(columns);
    if (typeof row === 'string') unread.push(`${columnText(columns[kind.idKey]) ?? `row ${i + 1}`} (${row})`);
    else kept.push({ record: row, fetched });
  });
  const warnings =
    unread.length > 0 ? [`hudoc-exec: ${unread.length} ${kind.what} could not be read and were left out: ${unread.join(', ')}`] : [];
  return { rows: kept, warnings };
}

/** Rows read on their own, with no answer beside them. */
function readBareRows<T>(kind: RowKind<T>, rows: readonly HudocColumns[]): ExecRows<T> {
  const read = readRows(
    kind,
    rows.map((record) => ({ record, fetched: null })),
  );
  return { rows: read.rows.map((r) => r.record), warnings: read.warnings };
}

/**
 * Case-card rows → cases. Example: { execidentifier: '004-34566', exectitle: 'MAHMUT KAYA v. Turkey', execappno: '22535/93',
 * execstate: 'TUR', execsupervision: 'STAND', execisclosed: 'False', execshortstatusexecution: '1', execapstatus: '2',
 * execmastergroupid: '885', execjudgmentdateastext: '28/03/2000' } → { id: '004-34566', supervision: 'standard', closed: false,
 * groupId: '885', judgment: { date: '2000-03-28' }, statusCodes: [{ field: 'execshortstatusexecution', value: '1' }, …], … }
 */
export function execCasesOf(rows: readonly HudocColumns[]): ExecRows<ExecutionCase> {
  return readBareRows(CASE_CARDS, rows);
}

/** execCasesOf over a HUDOC page's rows, each with the answer it was read from: every case read keeps its answer. */
export function sourcedExecCases(rows: readonly Sourced<HudocColumns>[]): ExecRows<Sourced<ExecutionCase>> {
  return readRows(CASE_CARDS, rows);
}

const CASE_CARDS: RowKind<ExecutionCase> = {
  what: 'case cards',
  idKey: 'execidentifier',
  read: (c) => {
    const id = columnText(c.execidentifier);
    const appNumbers = columnList(c.execappno);
    if (!id) return 'no execidentifier';
    if (appNumbers.length === 0) return 'no execappno';
    const supervisionCode = columnText(c.execsupervision);
    return {
      id,
      title: columnText(c.exectitle) ?? '',
      appNumbers,
      state: columnText(c.execstate)?.toUpperCase() ?? null,
      supervisionCode,
      supervision: supervisionTrack(supervisionCode),
      closed: columnBool(c.execisclosed),
      leading: columnBool(c.execisprecedent),
      groupId: columnText(c.execmastergroupid),
      judgment: firstDate(c.execjudgmentdateastext, c.execjudgmentdate),
      finalJudgment: firstDate(c.execfinaljudgmentdateastext, c.execfinaljudgmentdate),
      finalResolution: firstDate(c.execfinalresolutiondateastext, c.execfinalresolutiondate),
      statusCodes: STATUS_FIELDS.flatMap((field) => {
        const value = columnText(c[field]);
        return value === null ? [] : [{ field, value }];
      }),
      language: columnText(c.execlanguage),
    };
  },
};

/**
 * Document rows → documents. Example: { sharepointid: '93165', execdocumenttype: 'CMDEC', execdocumentreference:
 * 'CM/Del/Dec(2026)1553/H46-19', execappno: '33349/10;3566/16', execpublisheddate: '2026-03-10T00:00:00', … } →
 * { id: '93165', type: 'CMDEC', reference: 'CM/Del/Dec(2026)1553/H46-19', appNumbers: ['33349/10', '3566/16'], date: { date: '2026-03-10' }, … }
 */
export function execDocumentsOf(rows: readonly HudocColumns[]): ExecRows<ExecutionDocument> {
  return readBareRows(DOCUMENTS, rows);
}

/** execDocumentsOf over a HUDOC page's rows, each with the answer it was read from: every document read keeps its answer. */
export function sourcedExecDocuments(rows: readonly Sourced<HudocColumns>[]): ExecRows<Sourced<ExecutionDocument>> {
  return readRows(DOCUMENTS, rows);
}

const DOCUMENTS: RowKind<ExecutionDocument> = {
  what: 'documents',
  idKey: 'sharepointid',
  read: (c) => {
    const id = columnText(c.sharepointid);
    const type = columnText(c.execdocumenttype);
    const appNumbers = columnList(c.execappno);
    if (!id) return 'no sharepointid';
    if (!type) return 'no execdocumenttype';
    if (appNumbers.length === 0) return 'no execappno';
    const supervisionCode = columnText(c.execsupervision);
    return {
      id,
      // HUDOC-EXEC's collection values may come compound ('CMDEC;all'): the first part is the type.
      type: type.split(';')[0].trim(),
      reference: columnText(c.execdocumentreference),
      title: columnText(c.exectitle) ?? '',
      caseName: columnText(c.execdocnamefromechr),
      appNumbers,
      state: columnText(c.execstate)?.toUpperCase() ?? null,
      language: columnText(c.execlanguage)?.toUpperCase() ?? null,
      date: firstDate(c.execpublisheddate, c.execpublisheddateastext),
      supervisionCode,
      supervision: supervisionTrack(supervisionCode),
      closed: columnBool(c.execisclosed),
    };
  },
};

/** On one day, the decision is the Committee's act and the notes prepared it: decisions first, then reports, plans, notes. */
const ACTION_RANK = ['CMDEC', 'acr', 'acp', 'CMNOT'];

/**
 * The newest of a case's documents: by date, then decision before report, plan and notes, then the English version.
 * latestAction([notes of 2026-03-10, decision (fre) of 2026-03-10, decision (eng) of 2026-03-10]) → the English decision.
 */
export function latestAction(documents: readonly ExecutionDocument[]): ExecutionDocument | null {
  const rank = (d: ExecutionDocument) => [
    ACTION_RANK.indexOf(d.type) === -1 ? ACTION_RANK.length : ACTION_RANK.indexOf(d.type),
    d.language === 'ENG' ? 0 : 1,
  ];
  return (
    [...documents].sort((a, b) => {
      const [da, db] = [a.date.date ?? '', b.date.date ?? ''];
      if (da !== db) return da < db ? 1 : -1;
      const [ra, rb] = [rank(a), rank(b)];
      return ra[0] - rb[0] || ra[1] - rb[1] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    })[0] ?? null
  );
}

/** The public page of a HUDOC-EXEC card or document: execUrl('004-34566') === 'https://hudoc.exec.coe.int/eng?i=004-34566' */
export function execUrl(id: string): string {
  return `https://hudoc.exec.coe.int/eng?i=${encodeURIComponent(id)}`;
}
