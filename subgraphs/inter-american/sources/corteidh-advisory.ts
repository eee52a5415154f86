import {
  CORTEIDH_ADVISORY_SOURCE,
  CORTEIDH_DEFAULTS,
  CORTEIDH_SOURCE,
  createCorteIdhAdapter,
  type CorteIdhAdvisoryOpinion,
  type CorteIdhConfig,
} from '../../../adapters/corteidh/index.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { CORTEIDH } from './corteidh.ts';
import { corteIdhAdvisoryCheck } from '../../../adapters/corteidh/check.ts';
import type { Fetched } from '../../../adapters/_kit/fetcher.ts';
import { mechanismRefOf } from '../../../schema/reference/mechanisms.ts';
import type { Decision } from '../../../schema/types.ts';
import { NO_CASE_TRACKING, NO_FINDINGS } from '../../_shared/contract-defaults.ts';
import { filtersApplied, type ContractSource } from '../../_shared/contract-source.ts';
import { filteredPage } from '../../_shared/filtered-page.ts';
import { provenanceFrom } from '../../_shared/provenance.ts';
import { COURT_OWNER, IA_SYSTEM } from '../to-contract.ts';

/**
 * An advisory opinion → Decision: kind ADVISORY_OPINION, caseNumbers [its number 'OC-1/82'], title its subject as the
 * Court lists it, series 'Series A No. 1', the opinion's PDF as url, no respondent (an opinion is addressed to no State).
 * The listing does not say who requested it (that is in the opinion's text), so no requester is given.
 */
export function toAdvisoryDecision(o: CorteIdhAdvisoryOpinion, fetched: Fetched): Decision {
  const url = (o.documents.find((d) => d.kind === 'advisory opinion') ?? o.documents[0])?.url ?? null;
  const languages = [...new Set(o.documents.map((d) => d.language).filter((l): l is string => l !== null))];
  return {
    id: `${CORTEIDH_ADVISORY_SOURCE}:${o.id}`,
    mechanism: mechanismRefOf('ia-iacthr'),
    title: `Opinión Consultiva ${o.number}: ${o.subject}`,
    caseNumbers: [o.number],
    respondents: [],
    date: o.date,
    sourceDate: o.sourceDate,
    kind: 'ADVISORY_OPINION',
    kindLabel: 'Opinión Consultiva',
    articles: [],
    ...NO_FINDINGS,
    url,
    languages: languages.length > 0 ? languages : [o.language],
    ...NO_CASE_TRACKING,
    series: `Series A No. ${o.seriesNumber}`,
    provenance: provenanceFrom(IA_SYSTEM, CORTEIDH_ADVISORY_SOURCE, COURT_OWNER, fetched, url),
  };
}

/**
 * The Inter-American Court's advisory opinions (Series A) through its jurisprudence search (type OC, one POST for the
 * years of the range). Opinions name no respondent: a query for States answers none without asking the Court.
 */
export function corteIdhAdvisorySource(config: Partial<CorteIdhConfig> = {}): ContractSource {
  const adapter = createCorteIdhAdapter(config);
  return {
    name: CORTEIDH_ADVISORY_SOURCE,
    system: IA_SYSTEM,
    mechanisms: ['ia-iacthr'],
    canFilterBy: filtersApplied(),
    async decisions(q, ctx) {
      if (q.countries.length > 0) return { rows: [], total: 0, fetched: [], warnings: [] };
      const found = await adapter.advisoryOpinions(q, ctx.fetcher);
      const rows = found.opinions.map((o) => toAdvisoryDecision(o, found.fetched));
      const page = filteredPage(rows, q, { countries: (d) => d.respondents, order: (d) => d });
      return { rows: page.rows, total: page.total, fetched: [found.fetched], warnings: found.warnings };
    },
  };
}

export const CORTEIDH_ADVISORY: SourceDeclaration = {
  name: CORTEIDH_ADVISORY_SOURCE,
  system: 'INTER_AMERICAN',
  defaultUrl: CORTEIDH_DEFAULTS.baseUrl,
  site: CORTEIDH,
  sources: (env) => [corteIdhAdvisorySource({ baseUrl: baseUrlOf(CORTEIDH_ADVISORY, env) })],
  // Every advisory opinion (a few a year at most).
  checks: () => [corteIdhAdvisoryCheck(CORTEIDH_DEFAULTS, CORTEIDH_ADVISORY_SOURCE)],
  fixtures: [CORTEIDH_SOURCE],
  readme: {
    source: 'Inter-American Court, advisory opinions',
    adapter: CORTEIDH_SOURCE,
    reads:
      'Series A advisory opinions from the same search (`nId_Tipo_Jurisprudencia=OC`): number (OC-1/82 …), date, subject, separate opinions, PDF; kind `ADVISORY_OPINION`, no respondent (the listing does not name the requester)',
  },
};
