import type { AdapterPage } from '../../adapters/_kit/types.ts';
import { createUwaziAdapter, type UwaziAdapter, type UwaziPage } from '../../adapters/uwazi/index.ts';
import type { Decision } from '../../schema/types.ts';
import { filtersApplied, type ContractSource, type SourceContext } from '../_shared/contract-source.ts';
import type { WholeSource } from './same-case.ts';
import { UWAZI_TEXT_SEARCH, uwaziFilters } from '../../adapters/uwazi/queries.ts';
import { africanState, AFRICAN_SYSTEM, toIhrdaDecision } from './to-contract.ts';

export const IHRDA_URL = 'https://caselaw.ihrda.org';

/** IHRDA's decision templates (ids from public scraper code, see SOURCES.md) and the mechanism each holds. */
export const IHRDA_TEMPLATES = [
  { source: 'ihrda-achpr', template: '59f8a857c01ffe324453ba2f', mechanism: 'af-achpr' },
  { source: 'ihrda-afchpr', template: '59fb1f73c01ffe324453baed', mechanism: 'af-afchpr' },
  { source: 'ihrda-ecowas', template: '5a0424a43fd6452f890c3f69', mechanism: 'af-ecowas-ccj' },
  { source: 'ihrda-eacj', template: '5a09c5e03fd6452f890c4f28', mechanism: 'af-eacj' },
  { source: 'ihrda-acerwc', template: '5a003120c01ffe324453c3b9', mechanism: 'af-acerwc' },
  { source: 'ihrda-sadc', template: '5a02f1f78d198d0468c17041', mechanism: 'af-sadc-t' },
] as const;

export type IhrdaTemplate = (typeof IHRDA_TEMPLATES)[number];

const BY_DATE = { property: 'metadata.year_decided', order: 'desc' } as const;

/** Where IHRDA's templates keep a decision's State and date, and how African State names are read. */
const IHRDA_FIELDS = { state: 'country', date: 'year_decided', codeOf: (label: string) => africanState(label, []).code };

/**
 * One template's adapter, and its search page mapped to decisions, in Uwazi's own order (year_decided desc). Not
 * re-sorted: Uwazi cannot break same-day ties by id, and re-sorting each window would let a tie straddling a
 * window's edge repeat one decision and skip another between pages.
 */
function ihrdaOf(t: IhrdaTemplate, baseUrl: string) {
  const adapter = createUwaziAdapter({ name: t.source, baseUrl, template: t.template });
  const toDecisions = (page: UwaziPage) => {
    const warnings: string[] = [];
    const rows = page.rows.map(({ record: e, fetched }) =>
      toIhrdaDecision(e, t.mechanism, t.source, fetched, `${adapter.config.baseUrl}/entity/${e.sharedId}`, warnings),
    );
    return { rows, warnings: [...new Set([...page.warnings, ...warnings])] };
  };
  return { adapter, toDecisions };
}

/** The most decisions read from one template for a same-case merge (IHRDA's ACHPR template holds a few hundred). */
const MAX_WHOLE_ROWS = 5_000;

/** Every decision of a template, up to MAX_WHOLE_ROWS (cached): the other side of a same-case merge (see same-case.ts). */
export function wholeIhrda(t: IhrdaTemplate, baseUrl: string = IHRDA_URL): (ctx: SourceContext) => Promise<WholeSource> {
  const { adapter, toDecisions } = ihrdaOf(t, baseUrl);
  return async (ctx) => {
    const page = await adapter.search({ sort: BY_DATE, from: 0, limit: MAX_WHOLE_ROWS }, ctx.fetcher);
    const complete = page.total === null || page.total <= MAX_WHOLE_ROWS;
    const decisions = toDecisions(page);
    const warnings = complete
      ? decisions.warnings
      : [...decisions.warnings, `${t.source}: read the first ${MAX_WHOLE_ROWS} of ${page.total} decisions only`];
    return { rows: decisions.rows, warnings, fetched: page.fetched, complete };
  };
}

/**
 * An empty answer explained rather than passed off as "no decisions": the template id is checked against IHRDA's
 * /api/templates (a template it does not have throws RH_SOURCE_CONFIG: the source is configured wrong), and an
 * existing template that holds nothing at all says so.
 */
async function whyEmpty(adapter: UwaziAdapter, t: IhrdaTemplate, filtered: boolean, ctx: SourceContext): Promise<string> {
  const template = await adapter.template(ctx.fetcher);
  return filtered
    ? `${t.source}: IHRDA's template "${template.name}" (${t.template}) holds no decisions matching the filter`
    : `${t.source}: IHRDA's template "${template.name}" (${t.template}) holds no decisions`;
}

/**
 * One IHRDA case-law template as a source of decisions, through the generic Uwazi adapter: Uwazi filters (State, date,
 * free text), sorts (year_decided desc) and pages; only the pages the window needs are read; total = totalRows.
 * ihrdaSource(IHRDA_TEMPLATES[2], 'https://caselaw.ihrda.org') is the ECOWAS Court's decisions.
 */
export function ihrdaSource(t: IhrdaTemplate, baseUrl: string = IHRDA_URL): ContractSource {
  const { adapter, toDecisions } = ihrdaOf(t, baseUrl);
  return {
    name: t.source,
    system: AFRICAN_SYSTEM,
    mechanisms: [t.mechanism],
    canFilterBy: filtersApplied('text'),
    textSearch: UWAZI_TEXT_SEARCH,
    async decisions(q, ctx): Promise<AdapterPage<Decision>> {
      const filters = await uwaziFilters(adapter, q, IHRDA_FIELDS, ctx.fetcher);
      if (!filters) return { rows: [], total: 0, fetched: [], warnings: [] };
      const page = await adapter.search(
        { filters, sort: BY_DATE, searchTerm: q.text ?? undefined, from: q.offset, limit: q.limit },
        ctx.fetcher,
      );
      const decisions = toDecisions(page);
      if (page.total === 0 && q.offset === 0)
        decisions.warnings.push(await whyEmpty(adapter, t, Object.keys(filters).length > 0 || q.text !== null, ctx));
      return { ...decisions, total: page.total, fetched: page.fetched };
    },
  };
}
