import { readFileSync } from 'node:fs';
import type { ReplayHandler } from './types.ts';

/** ColdFusion's answer to an incomplete search form (the Court's service requires the type and the State). */
const COLDFUSION_ERROR = 'An error occurred while executing the application. Please try again or contact the administrator.';

/**
 * The Court's jurisprudence search over a recorded fragment: POST /get_jurisprudencia_search_tipo.cfm with the listing
 * form; answers the `li.search-result` entries of the requested type whose citation year lies in sYear..sYear2,
 * '-1' when none does (the service's "nothing found"), and ColdFusion's error when the type or State is missing.
 */
export function corteIdhReplay(fragments: Record<string, string | URL>): ReplayHandler {
  const entries = Object.fromEntries(Object.entries(fragments).map(([type, file]) => [type, readFileSync(file, 'utf8').match(/<li\b.*?<\/li>/gs) ?? []]));
  return (req) => {
    if (req.method !== 'POST' || req.path !== '/get_jurisprudencia_search_tipo.cfm') return undefined;
    const form = new URLSearchParams(req.body);
    const type = form.get('nId_Tipo_Jurisprudencia') ?? '';
    if (!type || !form.get('nId_estado_NUM')) return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: COLDFUSION_ERROR };
    const from = Number(form.get('sYear') ?? 0);
    const to = Number(form.get('sYear2') ?? 9999);
    const hits = (entries[type] ?? []).filter((li) => {
      const year = Number(li.match(/Sentencia de \d{1,2} de \p{L}+ de (\d{4})/u)?.[1]);
      return year >= from && year <= to;
    });
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: hits.length > 0 ? hits.join('\n') : '-1' };
  };
}
