import { recordedUwazi } from '../../../adapters/uwazi/replay.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { uwaziSearchCheck } from '../../../adapters/uwazi/check.ts';
import { UWAZI_TEXT_SEARCH, uwaziFilters } from '../../../adapters/uwazi/queries.ts';
import type { AdapterPage } from '../../../adapters/_kit/types.ts';
import type { Fetched } from '../../../adapters/_kit/fetcher.ts';
import { createUwaziAdapter, metadataDate, metadataLinks, metadataText, type UwaziEntity } from '../../../adapters/uwazi/index.ts';
import { isoFromName } from '../../../schema/reference/countries.ts';
import { mechanismRefOf } from '../../../schema/reference/mechanisms.ts';
import type { DocumentRef, Review } from '../../../schema/types.ts';
import { filtersApplied, type ContractSource } from '../../_shared/contract-source.ts';
import { countryRefOf } from '../../_shared/country-ref.ts';
import { provenanceFrom } from '../../_shared/provenance.ts';

export const UPR_INFO_URL = 'https://upr-info-database.uwazi.io';
export const UPR_INFO_REVIEWS = { source: 'upr-info-reviews', template: '5e57cdd6f54e0a1304c0d50d' } as const;

const BY_DATE = { property: 'metadata.date', order: 'desc' } as const;
/** Where the review template keeps the State under review and the date, and how the UN's State names are read. */
const UPR_INFO_FIELDS = { state: 'state_under_review', date: 'date', codeOf: (label: string) => isoFromName(label) ?? null };

/** The review's documents, in the order the UPR lists them (…/1, …/2, …/3), with the hub's title for each. */
const REVIEW_DOCUMENTS = [
  { property: 'national_report', title: 'National report' },
  { property: 'un_compilation', title: 'Compilation of UN information' },
  { property: 'stakeholder_summary', title: "Summary of stakeholders' submissions" },
] as const;

function documentsOf(entity: UwaziEntity): DocumentRef[] {
  return REVIEW_DOCUMENTS.flatMap(({ property, title }) =>
    metadataLinks(entity, property).map((link) => ({ symbol: link.label, title, url: link.url, language: 'en' })),
  );
}

/**
 * A UPR Info review entity as a contract Review. UPR Info gives the State, cycle and session, a date and the review's
 * documents, but not a status: reviewStatus stays UNKNOWN rather than guessed from the date. `date` is UPR Info's own
 * (SOURCES.md calls it the review date; in the recorded reviews it falls after the session the documents name).
 * toUprReview(barbados29, fetched, 'https://upr-info-database.uwazi.io', w) → { id: 'upr-info-reviews:upr-brb-c3-s29', country: { code: 'BRB', … },
 *   session: '29', cycle: '3', date: '2018-04-06', documents: [{ symbol: 'A/HRC/WG.6/29/BRB/1', … }, …], … }
 */
export function toUprReview(entity: UwaziEntity, fetched: Fetched, baseUrl: string, warnings: string[]): Review {
  const date = metadataDate(entity, 'date');
  return {
    id: `${UPR_INFO_REVIEWS.source}:${entity.sharedId}`,
    mechanism: mechanismRefOf('un-upr'),
    mechanismLabel: 'UPR',
    country: countryRefOf(metadataText(entity, 'state_under_review') ?? entity.title, warnings),
    session: metadataText(entity, 'session'),
    cycle: metadataText(entity, 'cycle'),
    date,
    sessionStart: null,
    sessionEnd: null,
    dialogueDates: null,
    place: null,
    reviewStatus: 'UNKNOWN',
    statusLabel: null,
    reviewOf: null,
    documents: documentsOf(entity),
    provenance: provenanceFrom('UN', UPR_INFO_REVIEWS.source, 'UPR Info', fetched, `${baseUrl}/entity/${entity.sharedId}`),
  };
}

/**
 * The UPR review calendar from UPR Info's database (Uwazi): which State was reviewed in which cycle and session, when,
 * and its review documents. Uwazi filters (State under review as thesaurus ids, date range), sorts (date desc) and
 * pages; only the pages the window needs are read; total = totalRows.
 */
export function uprInfoReviewsSource(baseUrl: string = UPR_INFO_URL): ContractSource {
  const adapter = createUwaziAdapter({ name: UPR_INFO_REVIEWS.source, baseUrl, template: UPR_INFO_REVIEWS.template });
  return {
    name: UPR_INFO_REVIEWS.source,
    system: 'UN',
    mechanisms: ['un-upr'],
    canFilterBy: filtersApplied('text'),
    textSearch: UWAZI_TEXT_SEARCH,
    async reviews(q, ctx): Promise<AdapterPage<Review>> {
      const filters = await uwaziFilters(adapter, q, UPR_INFO_FIELDS, ctx.fetcher);
      if (!filters) return { rows: [], total: 0, fetched: [], warnings: [] };
      const page = await adapter.search(
        { filters, sort: BY_DATE, searchTerm: q.text ?? undefined, from: q.offset, limit: q.limit },
        ctx.fetcher,
      );
      const warnings = [...page.warnings];
      const rows = page.rows.map((r) => toUprReview(r.record, r.fetched, adapter.config.baseUrl, warnings));
      return { rows, total: page.total, fetched: page.fetched, warnings: [...new Set(warnings)] };
    },
  };
}

/** The hub's name for UPR Info's instance (its source, replay mount and fixtures folder); the generic Uwazi adapter reads it. */
const NAME = 'upr-info';

/** UPR Info's Uwazi database; its one source reads the reviews template (upr-info-reviews). */
export const UPR_INFO: SourceDeclaration = {
  name: NAME,
  system: 'UN',
  defaultUrl: UPR_INFO_URL,
  sources: (env) => [uprInfoReviewsSource(baseUrlOf(UPR_INFO, env))],
  checks: () => [uwaziSearchCheck(UPR_INFO_REVIEWS.source, 'UN', UPR_INFO_URL, UPR_INFO_REVIEWS.template)],
  replay: { mount: () => recordedUwazi(NAME) },
  fixtures: [NAME],
  readme: {
    source: "UPR Info's database (Uwazi)",
    adapter: 'uwazi',
    reads:
      "the UPR review calendar (`Review`): State under review, cycle, session, date and the review's documents (national report, UN compilation, stakeholders' summary)",
  },
};
