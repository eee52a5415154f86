import type { Fetched, SourceFetcher } from '../_kit/fetcher.ts';
import type { CorteIdhConfig, CorteIdhType } from './config.ts';
import { parseSearchResults } from './parse.ts';

export const CORTEIDH_SOURCE = 'corteidh';

/** The first year of the Court's jurisprudence (Velásquez Rodríguez, preliminary objections, 1987). */
const FIRST_YEAR = 1987;

/** The search service the Court's own listing pages call (js/casos.js). */
export function searchUrl(cfg: CorteIdhConfig): string {
  return `${cfg.baseUrl}/get_jurisprudencia_search_tipo.cfm`;
}

/**
 * The form the Court's listing pages send, in Spanish (lang=es: the citations as the Court issues them), in full (ColdFusion fails when nId_Tipo_Jurisprudencia or nId_estado_NUM
 * is missing or empty; 'T' is every State). Years bound the search: searchForm(cfg, 'CC', { from: '2022-01-01', to: null })
 * → lang=es&Texto_busqueda_TXT=&nId_estado_NUM=T&sYear=2022&sYear2=<this year>&page_rows=3000&nId_Tipo_Jurisprudencia=CC&startrow=1&search_param=name
 */
export function searchForm(cfg: CorteIdhConfig, type: CorteIdhType, range: { from: string | null; to: string | null }, now = new Date()): URLSearchParams {
  return new URLSearchParams({
    lang: 'es',
    Texto_busqueda_TXT: '',
    nId_estado_NUM: 'T',
    sYear: range.from?.slice(0, 4) ?? String(FIRST_YEAR),
    sYear2: range.to?.slice(0, 4) ?? String(now.getUTCFullYear()),
    page_rows: String(cfg.pageRows),
    nId_Tipo_Jurisprudencia: type,
    startrow: '1',
    search_param: 'name',
  });
}

/** The only I/O of the adapter: one search of one jurisprudence type. */
export function fetchJurisprudence(cfg: CorteIdhConfig, fetcher: SourceFetcher, type: CorteIdhType, range: { from: string | null; to: string | null }): Promise<Fetched> {
  const url = searchUrl(cfg);
  // A ColdFusion error page comes with 200: never cache it in place of the last good answer.
  const validate = (body: string) => void parseSearchResults(body, CORTEIDH_SOURCE, url);
  return fetcher.post(url, searchForm(cfg, type, range), { source: CORTEIDH_SOURCE, ttlMs: cfg.ttlMs, accept: 'text/html', validate });
}
