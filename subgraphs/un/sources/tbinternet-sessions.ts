import type { Fetched } from '../../../adapters/_kit/fetcher.ts';
import {
  createTbinternetAdapter,
  TBINTERNET_DEFAULTS,
  sessionDetailsUrl,
  type TbinternetConfig,
  type TbReviewRecord,
} from '../../../adapters/tbinternet/index.ts';
import { tbinternetSessionsCheck } from '../../../adapters/tbinternet/check.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { TBINTERNET } from './tbinternet.ts';
import { SOURCE as TBINTERNET_SOURCE } from '../../../adapters/tbinternet/config.ts';
import type { AdapterPage } from '../../../adapters/_kit/types.ts';
import { mechanismRefOf } from '../../../schema/reference/mechanisms.ts';
import type { Review, ReviewStatus } from '../../../schema/types.ts';
import { filtersApplied, type ContractQuery, type ContractSource, type SourceContext } from '../../_shared/contract-source.ts';
import { countryRefOf } from '../../_shared/country-ref.ts';
import { filteredPage } from '../../_shared/filtered-page.ts';
import { provenanceFrom } from '../../_shared/provenance.ts';

export const TBINTERNET_SESSIONS = 'tbinternet-sessions';

/** The treaty bodies whose session calendar the hub reads, by mechanism id: the Treaty parameter of SessionsList.aspx. */
const TREATIES: Record<string, string> = { 'un-cat': 'CAT', 'un-ccpr': 'CCPR', 'un-cedaw': 'CEDAW', 'un-crc': 'CRC' };

/** A review status from the page's wording, most specific first ('scheduled, then postponed' is postponed). */
const REVIEW_STATUSES: [RegExp, ReviewStatus][] = [
  [/postpone/i, 'POSTPONED'],
  [/cancel/i, 'CANCELLED'],
  [/^(reviewed|considered|examined|completed)/i, 'COMPLETED'],
  [/scheduled|planned|announced|forthcoming/i, 'SCHEDULED'],
];

/**
 * tbReviewStatus('reviewed (concluding observations adopted)') === 'COMPLETED'; tbReviewStatus('planned') ===
 * 'SCHEDULED'; unknown wording or none → 'UNKNOWN'.
 */
export function tbReviewStatus(label: string | null): ReviewStatus {
  return (label && REVIEW_STATUSES.find(([re]) => re.test(label))?.[1]) || 'UNKNOWN';
}

/**
 * A State's review at a treaty-body session as a contract Review: dated by the dialogue's first day where the page gives
 * it, else by the session's first day, else its last; status mapped from the page's wording, which is kept.
 * toTbReview(mexicoCat2019, fetched, baseUrl, w) → { id: 'tbinternet-sessions:9101:MEX', mechanism: { id: 'un-cat', … }, session: null,
 *   date: '2019-04-25', sessionStart: '2019-04-23', sessionEnd: '2019-05-17', dialogueDates: '25-26 April', reviewStatus: 'SCHEDULED', … }
 */
export function toTbReview(r: TbReviewRecord, fetched: Fetched, baseUrl: string, warnings: string[]): Review {
  const { session } = r;
  const country = countryRefOf(r.country, warnings);
  const url = sessionDetailsUrl({ baseUrl }, session.sessionId);
  return {
    id: `${TBINTERNET_SESSIONS}:${session.sessionId}:${country.code ?? r.country}`,
    mechanism: mechanismRefOf(`un-${session.treaty.toLowerCase()}`),
    mechanismLabel: session.treaty,
    country,
    session: session.number,
    cycle: null,
    date: r.dialogueStart ?? session.start ?? session.end,
    sessionStart: session.start,
    sessionEnd: session.end,
    dialogueDates: r.dialogueDates,
    place: session.place,
    reviewStatus: tbReviewStatus(r.statusLabel),
    statusLabel: r.statusLabel,
    reviewOf: r.reviewOf,
    documents: r.documents.map((d) => ({ symbol: d.symbol, title: d.title || null, url: new URL(d.href, url).toString(), language: 'en' })),
    provenance: provenanceFrom('UN', TBINTERNET_SESSIONS, 'OHCHR', fetched, url),
  };
}

/**
 * A State may be on two rows of one session (a Convention report and an Optional Protocol's, reviewed apart): the second
 * and later keep the first's id with their position, ':2', ':3', in the page's order, so every id stays one record's.
 */
export function uniqueIds(reviews: Review[]): Review[] {
  const seen = new Map<string, number>();
  return reviews.map((r) => {
    const n = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, n);
    return n === 1 ? r : { ...r, id: `${r.id}:${n}` };
  });
}

/**
 * The treaty bodies' review calendar (CAT, CCPR, CEDAW, CRC) from the Treaty Body Database's session pages. The pages
 * cannot be asked for one State, so each body's sessions list is read, then only the sessions the query's dates can
 * hold (bounded by maxSessions, newest first), and the States are filtered here. Where sessions were left unread the
 * count is unknown (total null) and a warning says how far back the calendar was read.
 * await tbinternetSessionsSource({ baseUrl }).reviews!({ …q, countries: ['MEX'] }, ctx) → rows: [CAT 2019, CAT 49 (2012)]
 */
export function tbinternetSessionsSource(config: Partial<TbinternetConfig> = {}): ContractSource {
  const adapter = createTbinternetAdapter(config);

  async function reviews(q: ContractQuery, ctx: SourceContext): Promise<AdapterPage<Review>> {
    const asked = Object.keys(TREATIES).filter((id) => q.mechanisms.length === 0 || q.mechanisms.includes(id));
    const read = await adapter.reviews(
      asked.map((id) => TREATIES[id]),
      { from: q.from, to: q.to },
      ctx.fetcher,
    );
    const warnings = [...read.warnings];
    const all = uniqueIds(read.records.map((r) => toTbReview(r.record, r.fetched, adapter.config.baseUrl, warnings)));
    const page = filteredPage(all, q, { countries: (r) => [r.country], mechanisms: (r) => [r.mechanism], order: (r) => r });
    return { rows: page.rows, total: read.complete ? page.total : null, fetched: read.fetched, warnings: [...new Set(warnings)] };
  }

  return {
    name: TBINTERNET_SESSIONS,
    system: 'UN',
    mechanisms: Object.keys(TREATIES),
    canFilterBy: filtersApplied(),
    reviews,
  };
}

/** The session calendar is read from the same Treaty Body Database as its jurisprudence (RH_TBINTERNET_URL). */
export const TBINTERNET_SESSIONS_SOURCE: SourceDeclaration = {
  name: TBINTERNET_SESSIONS,
  system: 'UN',
  defaultUrl: TBINTERNET_DEFAULTS.baseUrl,
  site: TBINTERNET,
  sources: (env) => [tbinternetSessionsSource({ baseUrl: baseUrlOf(TBINTERNET_SESSIONS_SOURCE, env) })],
  checks: () => [tbinternetSessionsCheck(TBINTERNET_DEFAULTS, TBINTERNET_SESSIONS)],
  fixtures: [TBINTERNET_SOURCE],
  readme: {
    source: 'Treaty Body Database, session calendar',
    adapter: TBINTERNET_SOURCE,
    reads:
      "the review calendar (`Review`) of CAT, CCPR, CEDAW and CRC: each body's `SessionsList.aspx`, then `SessionDetails1.aspx` of the sessions the query's dates can hold (at most 6 a body; with no date range the newest 6, and then the count is unknown and a warning says how far back it read)",
  },
};
