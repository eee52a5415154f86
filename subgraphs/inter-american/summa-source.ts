import type { AdapterPage } from '../../adapters/_kit/types.ts';
import { createUwaziAdapter, dayRangeFilter, type UwaziPage, type UwaziRequest } from '../../adapters/uwazi/index.ts';
import { newestFirst } from '../../schema/order.ts';
import type { Decision } from '../../schema/types.ts';
import { filtersApplied, type ContractQuery, type ContractSource, type SourceContext } from '../_shared/contract-source.ts';
import { filteredPage } from '../_shared/filtered-page.ts';
import type { WholeSource } from '../_shared/same-case.ts';
import { UWAZI_TEXT_SEARCH } from '../../adapters/uwazi/queries.ts';
import { IA_SYSTEM, toSummaDecision, type SummaTemplate } from './to-contract.ts';

/** SUMMA, CEJIL's case-law analyser of the Inter-American system on HURIDOCS' Uwazi. */
export const SUMMA_URL = 'https://summa.cejil.org';

/**
 * SUMMA's decision templates on the live instance (ids and names from huridocs/uwazi's CEJIL charts and migration and
 * worldwidelaw/legal-sources INTL/SUMMA; see test/fixtures/README.md). The judgments are merged into the Court's own
 * list (sources/corteidh.ts); the IACHR admissibility reports' live template id is not published, so that template is
 * read only when RH_SUMMA_ADMISSIBILITY_TEMPLATE names it (see summaTemplates).
 */
export const SUMMA_JUDGMENTS: SummaTemplate = {
  source: 'summa-judgments',
  template: '58b2f3a35d59f31e1345b4ac',
  name: 'Sentencia de la CorteIDH',
  role: 'judgment',
};
export const SUMMA_ORDERS: readonly SummaTemplate[] = [
  { source: 'summa-court-orders', template: '58b2f3a35d59f31e1345b471', name: 'Resolución de la CorteIDH', role: 'court-order' },
  { source: 'summa-president-orders', template: '58b2f3a35d59f31e1345b482', name: 'Resolución de Presidencia', role: 'president-order' },
];

/** The templates read as sources of their own: the Court's and its President's orders, and admissibility reports when configured. */
export function summaTemplates(admissibilityTemplate: string | undefined): SummaTemplate[] {
  return [
    ...SUMMA_ORDERS,
    ...(admissibilityTemplate
      ? [
          {
            source: 'summa-admissibility',
            template: admissibilityTemplate,
            name: 'Informe de admisibilidad',
            role: 'admissibility' as const,
          },
        ]
      : []),
  ];
}

const BY_DATE = { property: 'metadata.fecha', order: 'desc' } as const;

/** One template's adapter, and a search page mapped to decisions (newest first within the page). */
function summaOf(t: SummaTemplate, baseUrl: string) {
  const adapter = createUwaziAdapter({ name: t.source, baseUrl, template: t.template });
  const entityUrl = (sharedId: string, language: string | null) =>
    `${adapter.config.baseUrl}/${language ? `${language}/` : ''}entity/${sharedId}`;
  const toDecisions = (page: UwaziPage) => {
    const warnings: string[] = [];
    const rows = page.rows.map(({ record: e, fetched }) => toSummaDecision(e, t, fetched, entityUrl(e.sharedId, e.language), warnings));
    return { rows: rows.sort(newestFirst), warnings: [...new Set([...page.warnings, ...warnings])] };
  };
  /** Every entity of the template whose `fecha` lies in [from, to] (all pages, cached). */
  const whole = (from: string | null, to: string | null, searchTerm?: string): UwaziRequest => {
    const range = dayRangeFilter(from, to);
    return { ...(range ? { filters: { fecha: range } } : {}), sort: BY_DATE, searchTerm, from: 0, limit: Number.MAX_SAFE_INTEGER };
  };
  return { adapter, toDecisions, whole };
}

/**
 * SUMMA's Court judgments of the query's whole years (the years the Court's own search is asked for), for the same-case
 * merge with corteidh (same-case.ts): summaJudgments('https://summa.cejil.org')(q, ctx).
 */
export function summaJudgments(baseUrl: string = SUMMA_URL): (q: ContractQuery, ctx: SourceContext) => Promise<WholeSource> {
  const { adapter, toDecisions, whole } = summaOf(SUMMA_JUDGMENTS, baseUrl);
  return async (q, ctx) => {
    const page = await adapter.search(whole(q.from && `${q.from.slice(0, 4)}-01-01`, q.to && `${q.to.slice(0, 4)}-12-31`), ctx.fetcher);
    return { ...toDecisions(page), fetched: page.fetched };
  };
}

/**
 * One SUMMA template as a source of decisions through the generic Uwazi adapter. Without States, Uwazi filters (`fecha`
 * range, free text), sorts (fecha desc) and pages, total = totalRows; SUMMA's States are links to its own country
 * entities, not thesaurus values, so a query for States reads the template's entities of the range (cached) and filters here.
 * summaSource(SUMMA_ORDERS[1], 'https://summa.cejil.org') is the orders of the Court's President.
 */
export function summaSource(t: SummaTemplate, baseUrl: string = SUMMA_URL): ContractSource {
  const { adapter, toDecisions, whole } = summaOf(t, baseUrl);
  return {
    name: t.source,
    system: IA_SYSTEM,
    mechanisms: [t.role === 'admissibility' ? 'ia-iachr' : 'ia-iacthr'],
    canFilterBy: filtersApplied('text'),
    textSearch: UWAZI_TEXT_SEARCH,
    async decisions(q, ctx): Promise<AdapterPage<Decision>> {
      const request = whole(q.from, q.to, q.text ?? undefined);
      if (q.countries.length === 0) {
        const page = await adapter.search({ ...request, from: q.offset, limit: q.limit }, ctx.fetcher);
        return { ...toDecisions(page), total: page.total, fetched: page.fetched };
      }
      const page = await adapter.search(request, ctx.fetcher);
      const { rows, warnings } = toDecisions(page);
      const kept = filteredPage(rows, q, { countries: (d) => d.respondents, order: (d) => d });
      return { rows: kept.rows, total: kept.total, fetched: page.fetched, warnings };
    },
  };
}
