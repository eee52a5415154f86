import { readFileSync } from 'node:fs';
import type { ReplayHandler } from '../_kit/replay-types.ts';

/** ColdFusion's answer to an incomplete search form (the Court's service requires the type and the State). */
const COLDFUSION_ERROR = 'An error occurred while executing the application. Please try again or contact the administrator.';

/**
 * The Court's jurisprudence search over recorded fragments (one per type): POST /get_jurisprudencia_search_tipo.cfm with the
 * listing form; answers the `li.search-result` entries of the requested type whose judgment's or opinion's year lies in sYear..sYear2,
 * '-1' when none does (the service's "nothing found"), and ColdFusion's error when the type or State is missing.
 */
export function corteIdhReplay(fragments: Record<string, string | URL>, pages: Record<string, string | URL> = {}): ReplayHandler {
  const entries = Object.fromEntries(
    Object.entries(fragments).map(([type, file]) => [type, readFileSync(file, 'utf8').match(/<li\b.*?<\/li>/gs) ?? []]),
  );
  const recordedPages = Object.fromEntries(Object.entries(pages).map(([path, file]) => [path, readFileSync(file)]));
  return (req) => {
    // The Court's other pages (the supervision listings), GET, as recorded; a page not recorded is not found.
    if (req.method === 'GET' && recordedPages[req.path])
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: recordedPages[req.path] };
    if (req.method !== 'POST' || req.path !== '/get_jurisprudencia_search_tipo.cfm') return undefined;
    const form = new URLSearchParams(req.body);
    const type = form.get('nId_Tipo_Jurisprudencia') ?? '';
    if (!type || !form.get('nId_estado_NUM'))
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: COLDFUSION_ERROR };
    const from = Number(form.get('sYear') ?? 0);
    const to = Number(form.get('sYear2') ?? 9999);
    const hits = (entries[type] ?? []).filter((li) => {
      const year = Number(li.match(/(?:Sentencia|Opini[oó]n Consultiva \S+) de \d{1,2} de \p{L}+ de (\d{4})/u)?.[1]);
      return year >= from && year <= to;
    });
    return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: hits.length > 0 ? hits.join('\n') : '-1' };
  };
}
