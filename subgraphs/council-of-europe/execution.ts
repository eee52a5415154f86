import type { Fetched, SourceFetcher } from '../../adapters/_kit/fetcher.ts';
import {
  createHudocAdapter,
  execDocumentsSite,
  execUrl,
  latestAction,
  sourcedExecCases,
  sourcedExecDocuments,
  type ExecutionCase,
  type ExecutionDocument,
  type HudocAdapter,
  type HudocSiteConfig,
  type HudocSearch,
} from '../../adapters/hudoc/index.ts';
import { mechanismRefOf } from '../../schema/reference/mechanisms.ts';
import type { Compliance, Decision, DocumentRef } from '../../schema/types.ts';
import { NO_FINDINGS } from '../_shared/contract-defaults.ts';
import { provenanceFrom } from '../_shared/provenance.ts';
import { COE_OWNER, COE_SYSTEM, countryFromCode } from './to-contract.ts';
import { HUDOC_SOURCES } from '../../adapters/hudoc/config.ts';

/** One execution case: its card where HUDOC-EXEC's case search gave one, and the Committee of Ministers' documents on it. */
export interface ExecutionRecord {
  card: { row: ExecutionCase; fetched: Fetched } | null;
  documents: { row: ExecutionDocument; fetched: Fetched }[];
}

/** What HUDOC-EXEC gave for one filter: the cases, how many cards and documents it holds for it, and evidence. */
export interface ExecutionRead {
  records: ExecutionRecord[];
  cardTotal: number;
  documentTotal: number;
  documentsRead: number;
  fetched: Fetched[];
  warnings: string[];
}

/** HUDOC-EXEC's two searches: case cards and documents, on the same sub-site. */
export interface ExecutionAdapters {
  cards: HudocAdapter;
  documents: HudocAdapter;
}

export function executionAdapters(site: HudocSiteConfig): ExecutionAdapters {
  return { cards: createHudocAdapter(site), documents: createHudocAdapter(execDocumentsSite(site)) };
}

/** What one execution read selects: States, days, application numbers, and how many cards and documents to read at most. */
export interface ExecutionFilter {
  countries: readonly string[];
  from: string | null;
  to: string | null;
  appNumbers?: readonly string[];
  maxCards: number;
  maxDocuments: number;
}

const LANGUAGES: Record<string, string> = { ENG: 'en', FRE: 'fr' };

/**
 * Files documents under the case cards sharing one of their application numbers; documents of a case with no card in
 * the read are grouped by application number into cases of their own (a repetitive case, or one outside the dates).
 */
export function assembleExecution(cards: ExecutionRecord['card'][], documents: ExecutionRecord['documents']): ExecutionRecord[] {
  const records: ExecutionRecord[] = cards.map((card) => ({ card, documents: [] }));
  const byAppNumber = new Map<string, ExecutionRecord[]>();
  const file = (record: ExecutionRecord, appNumbers: readonly string[]) =>
    appNumbers.forEach((n) => byAppNumber.set(n, [...new Set([...(byAppNumber.get(n) ?? []), record])]));
  for (const record of records) file(record, record.card!.row.appNumbers);
  for (const doc of documents) {
    const known = [...new Set(doc.row.appNumbers.flatMap((n) => byAppNumber.get(n) ?? []))];
    if (known.length > 0) known.forEach((record) => record.documents.push(doc));
    else {
      const record: ExecutionRecord = { card: null, documents: [doc] };
      records.push(record);
      file(record, doc.row.appNumbers);
    }
  }
  return records;
}

/** Application numbers asked in one query at most, so that its URL stays short (a page of judgments can name hundreds). */
const APP_NUMBERS_PER_QUERY = 40;

/** ['a', 'b', 'c'] in chunks of 2 → [['a', 'b'], ['c']]; no numbers → one query without them. */
function chunksOf(appNumbers: readonly string[] | undefined): (readonly string[] | undefined)[] {
  if (!appNumbers || appNumbers.length === 0) return [undefined];
  const chunks: string[][] = [];
  for (let i = 0; i < appNumbers.length; i += APP_NUMBERS_PER_QUERY) chunks.push(appNumbers.slice(i, i + APP_NUMBERS_PER_QUERY));
  return chunks;
}

/**
 * Reads HUDOC-EXEC for a filter: the case cards (the execution-case search) and the Committee of Ministers' documents
 * (newest first, at most maxDocuments), both through the same per-request fetcher, in parallel (application numbers in
 * chunks of 40 queries each, a card or document found by two of them kept once).
 */
export async function readExecution(adapters: ExecutionAdapters, filter: ExecutionFilter, fetcher: SourceFetcher): Promise<ExecutionRead> {
  const search = (limit: number, appNumbers: readonly string[] | undefined): HudocSearch => ({
    countries: [...filter.countries],
    from: filter.from,
    to: filter.to,
    text: null,
    offset: 0,
    limit,
    appNumbers,
  });
  const pages = await Promise.all(
    chunksOf(filter.appNumbers).map((chunk) =>
      Promise.all([
        adapters.cards.searchColumns(search(filter.maxCards, chunk), fetcher),
        adapters.documents.searchColumns(search(filter.maxDocuments, chunk), fetcher),
      ]),
    ),
  );
  const cards = new Map<string, NonNullable<ExecutionRecord['card']>>();
  const docs = new Map<string, ExecutionRecord['documents'][number]>();
  const warnings: string[] = [];
  let [cardTotal, documentTotal, documentsRead] = [0, 0, 0];
  for (const [cardPage, docPage] of pages) {
    const cardRows = sourcedExecCases(cardPage.rows);
    const docRows = sourcedExecDocuments(docPage.rows);
    for (const { record: row, fetched } of cardRows.rows) cards.set(row.id, cards.get(row.id) ?? { row, fetched });
    for (const { record: row, fetched } of docRows.rows) docs.set(row.id, docs.get(row.id) ?? { row, fetched });
    warnings.push(...cardPage.warnings, ...docPage.warnings, ...cardRows.warnings, ...docRows.warnings);
    cardTotal += cardPage.total ?? cardRows.rows.length;
    documentTotal += docPage.total ?? 0;
    documentsRead += docPage.rows.length;
  }
  if (documentTotal > documentsRead)
    warnings.push(
      `hudoc-exec: read the newest ${documentsRead} of ${documentTotal} Committee of Ministers documents for this query; older ones are not filed under their cases`,
    );
  return {
    records: assembleExecution([...cards.values()], [...docs.values()]),
    cardTotal,
    documentTotal,
    documentsRead,
    fetched: pages.flatMap(([c, d]) => [...c.fetched, ...d.fetched]),
    warnings: [...new Set(warnings)],
  };
}

function documentRef(doc: ExecutionDocument): DocumentRef {
  return {
    symbol: doc.reference,
    title: doc.title || null,
    url: execUrl(doc.id),
    language: (doc.language && LANGUAGES[doc.language]) ?? null,
  };
}

/**
 * An execution case's compliance: PENDING while execisclosed is false, CLOSED (on the final resolution's day) when true,
 * UNKNOWN when neither card nor document says; the track in words and as coded; the leading case (the card itself when
 * execisprecedent is true) and group; the raw status codes; the newest decision, notes or action report as lastAction.
 */
export function complianceOf(record: ExecutionRecord): Compliance {
  const card = record.card?.row ?? null;
  const latest = latestAction(record.documents.map((d) => d.row));
  const latestDoc = record.documents.find((d) => d.row === latest) ?? null;
  const closed = card?.closed ?? latest?.closed ?? null;
  const supervisionCode = card?.supervisionCode ?? latest?.supervisionCode ?? null;
  const fetched = record.card?.fetched ?? latestDoc!.fetched;
  return {
    state: closed === true ? 'CLOSED' : closed === false ? 'PENDING' : 'UNKNOWN',
    label: closed === true ? 'Closed' : closed === false ? 'Pending' : 'Not stated',
    supervision: card?.supervision ?? latest?.supervision ?? null,
    supervisionCode,
    leadingCase: card?.leading ? card.title : null,
    group: card?.groupId ?? null,
    statusCodes: (card?.statusCodes ?? []).map((c) => ({ ...c, label: null })),
    lastAction: latest ? documentRef(latest) : null,
    lastActionOn: latest?.date.date ?? null,
    lastActionType: latest?.type ?? null,
    closedOn: closed === true ? (card?.finalResolution.date ?? null) : null,
    provenance: provenanceFrom(
      COE_SYSTEM,
      HUDOC_SOURCES.exec,
      COE_OWNER,
      fetched,
      card ? execUrl(card.id) : latest ? execUrl(latest.id) : null,
    ),
  };
}

/**
 * An execution case as a Committee of Ministers record: the card's title, application numbers, State and judgment date;
 * a case known only from its documents takes the judgment's name from them (execdocnamefromechr) and is dated by its
 * newest document (HUDOC-EXEC's documents do not carry the judgment's date).
 * executionDecision(MAHMUT KAYA's card) → { id: 'hudoc-exec:004-34566', kind: 'OTHER', kindLabel: 'CEC', compliance: {
 * state: 'PENDING', supervision: 'standard', … } }
 */
export function executionDecision(record: ExecutionRecord, warnings: string[]): Decision {
  const compliance = complianceOf(record);
  const card = record.card?.row ?? null;
  const latest = latestAction(record.documents.map((d) => d.row))!;
  const state = card?.state ?? latest?.state ?? null;
  const date = card ? card.judgment : latest.date;
  return {
    id: card ? `hudoc-exec:${card.id}` : `hudoc-exec:${latest.appNumbers.join(';')}`,
    mechanism: mechanismRefOf('coe-cm'),
    title: card?.title ?? latest.caseName ?? latest.title,
    caseNumbers: card?.appNumbers ?? latest.appNumbers,
    respondents: state ? [countryFromCode(state, warnings)] : [],
    date: date.date,
    sourceDate: date.sourceDate,
    kind: 'OTHER',
    kindLabel: card ? 'CEC' : null,
    articles: [],
    ...NO_FINDINGS,
    url: compliance.provenance.sourceUrl,
    languages: [],
    caseStatus: compliance.state === 'PENDING' ? 'PENDING' : compliance.state === 'CLOSED' ? 'OTHER' : null,
    caseStatusLabel: compliance.label,
    compliance,
    series: null,
    provenance: compliance.provenance,
    alsoIn: [],
  };
}

/**
 * An ECtHR decision with the execution of its application numbers: compliance from the case that holds one of them (its
 * card first, a leading card before the others), and the card in `alsoIn`. A decision no execution case names is unchanged.
 */
export function withExecution(decision: Decision, records: readonly ExecutionRecord[]): Decision {
  const numbers = new Set(decision.caseNumbers);
  const appNumbersOf = (r: ExecutionRecord) => r.card?.row.appNumbers ?? r.documents.flatMap((d) => d.row.appNumbers);
  const matching = records.filter((r) => appNumbersOf(r).some((n) => numbers.has(n)));
  if (matching.length === 0) return decision;
  const best = [...matching].sort((a, b) => rankOf(a) - rankOf(b))[0];
  const compliance = complianceOf(best);
  const cards = matching
    .filter((r) => r.card)
    .map((r) => provenanceFrom(COE_SYSTEM, HUDOC_SOURCES.exec, COE_OWNER, r.card!.fetched, execUrl(r.card!.row.id)));
  return { ...decision, compliance, alsoIn: [...decision.alsoIn, ...cards] };
}

const rankOf = (r: ExecutionRecord) => (r.card ? (r.card.row.leading ? 0 : 1) : 2);
