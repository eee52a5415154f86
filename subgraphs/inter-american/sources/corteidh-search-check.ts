import { CORTEIDH_DEFAULTS, type CorteIdhType } from '../../../adapters/corteidh/config.ts';
import { searchForm, searchUrl } from '../../../adapters/corteidh/fetch.ts';
import type { SourceCheck } from '../../../adapters/_kit/source-check.ts';

/** How a check reads the Court's search answer into records, with the problems it saw. */
export type ReadSearch = (body: string, url: string, warnings: string[]) => number;

/** The Court's search is a POST, so its check posts the listing form itself (one type, one range of years). */
export function corteIdhSearchCheck(
  source: string,
  type: CorteIdhType,
  range: { from: string | null; to: string | null },
  read: ReadSearch,
): SourceCheck {
  const url = searchUrl(CORTEIDH_DEFAULTS);
  return {
    source,
    system: 'INTER_AMERICAN',
    url,
    async run(http) {
      const { body } = await http.postForm(url, searchForm(CORTEIDH_DEFAULTS, type, range), { source, accept: 'text/html' });
      try {
        const warnings: string[] = [];
        const records = read(body, url, warnings);
        return { records, problems: [...warnings, ...(records === 0 ? ['the search parsed to no record'] : [])] };
      } catch (err) {
        return { records: 0, problems: [(err as Error).message] };
      }
    },
  };
}
