import { getRead, postRead, type ReadAnswer, type SourceFetcher } from '../_kit/fetcher.ts';
import type { CorteIdhConfig, CorteIdhType } from './config.ts';
import { parseSearchResults, type CorteIdhRow } from './parse.ts';
import { parseSupervisionListing, type SupervisionListing } from './supervision.ts';

export const CORTEIDH_SOURCE = 'corteidh';
/** The hub's names for the Court's advisory opinions and its supervision of compliance, reported apart from its judgments. */
export const CORTEIDH_ADVISORY_SOURCE = 'corteidh-advisory';
export const CORTEIDH_SUPERVISION_SOURCE = 'corteidh-supervision';

/** The Court's two listings of supervision of compliance: cases under supervision, and cases whose supervision it closed. */
export const SUPERVISION_LISTINGS = {
  active: '/casos_en_supervision_por_pais.cfm?lang=es',
  archived: '/casos_en_supervision_por_pais_archivados.cfm?lang=es',
} as const;
export type SupervisionListingName = keyof typeof SUPERVISION_LISTINGS;

/** supervisionUrl(cfg, 'active') === 'https://www.corteidh.or.cr/casos_en_supervision_por_pais.cfm?lang=es' */
export function supervisionUrl(cfg: CorteIdhConfig, listing: SupervisionListingName): string {
  return `${cfg.baseUrl}${SUPERVISION_LISTINGS[listing]}`;
}

/** The first year of each type: the first judgment (Velásquez Rodríguez, preliminary objections, 1987), the first opinion (OC-1/82). */
const FIRST_YEAR: Record<CorteIdhType, number> = { CC: 1987, OC: 1982 };

/** The search service the Court's own listing pages call (js/casos.js). */
export function searchUrl(cfg: CorteIdhConfig): string {
  return `${cfg.baseUrl}/get_jurisprudencia_search_tipo.cfm`;
}

/**
 * The form the Court's listing pages send, in Spanish (lang=es: the citations as the Court issues them), in full
 * (ColdFusion fails when nId_Tipo_Jurisprudencia or nId_estado_NUM
 * is missing or empty; 'T' is every State). Years bound the search: searchForm(cfg, 'CC', { from: '2022-01-01', to: null })
 * → lang=es&Texto_busqueda_TXT=&nId_estado_NUM=T&sYear=2022&sYear2=<this year>&page_rows=3000&nId_Tipo_Jurisprudencia=CC&startrow=1&search_param=name
 */
export function searchForm(
  cfg: CorteIdhConfig,
  type: CorteIdhType,
  range: { from: string | null; to: string | null },
  now = new Date(),
): URLSearchParams {
  return new URLSearchParams({
    lang: 'es',
    Texto_busqueda_TXT: '',
    nId_estado_NUM: 'T',
    sYear: range.from?.slice(0, 4) ?? String(FIRST_YEAR[type]),
    sYear2: range.to?.slice(0, 4) ?? String(now.getUTCFullYear()),
    page_rows: String(cfg.pageRows),
    nId_Tipo_Jurisprudencia: type,
    startrow: '1',
    search_param: 'name',
  });
}

/** One search of one jurisprudence type, reported under `source`. */
export function fetchJurisprudence(
  cfg: CorteIdhConfig,
  fetcher: SourceFetcher,
  type: CorteIdhType,
  range: { from: string | null; to: string | null },
  source = CORTEIDH_SOURCE,
): Promise<ReadAnswer<CorteIdhRow[]>> {
  const url = searchUrl(cfg);
  // A ColdFusion error page comes with 200: read before it is cached, it never replaces the last good answer.
  const read = (body: string) => parseSearchResults(body, source, url);
  return postRead(fetcher, url, searchForm(cfg, type, range), { source, ttlMs: cfg.ttlMs, accept: 'text/html' }, 'results', read);
}

/** One supervision listing page (GET), read as the listing before it is cached (a warm read parses nothing). */
export function fetchSupervisionListing(
  cfg: CorteIdhConfig,
  fetcher: SourceFetcher,
  listing: SupervisionListingName,
): Promise<ReadAnswer<SupervisionListing>> {
  const url = supervisionUrl(cfg, listing);
  const read = (body: string) => parseSupervisionListing(body, CORTEIDH_SUPERVISION_SOURCE, url);
  return getRead(fetcher, url, { source: CORTEIDH_SUPERVISION_SOURCE, ttlMs: cfg.ttlMs, accept: 'text/html' }, 'listing', read);
}
