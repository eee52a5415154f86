import { textCheck, type SourceCheck } from '../_kit/source-check.ts';
import { toAdvisoryOpinions } from './advisory.ts';
import type { CorteIdhConfig, CorteIdhType } from './config.ts';
import { searchForm, searchUrl, supervisionUrl } from './fetch.ts';
import { toJudgments } from './map.ts';
import { parseSearchResults } from './parse.ts';
import { parseSupervisionListing } from './supervision.ts';

/** How a check reads the Court's search answer into records, with the problems it saw. */
export type ReadSearch = (body: string, url: string, warnings: string[]) => number;

/** The Court's search is a POST, so its check posts the listing form itself (one type, one range of years). */
export function corteIdhSearchCheck(
  config: CorteIdhConfig,
  source: string,
  type: CorteIdhType,
  range: { from: string | null; to: string | null },
  read: ReadSearch,
): SourceCheck {
  const url = searchUrl(config);
  return {
    source,
    system: 'INTER_AMERICAN',
    url,
    async run(http) {
      const { body } = await http.postForm(url, searchForm(config, type, range), { source, accept: 'text/html' });
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

/** The live drift check of the Court's contentious judgments: the year before `now`'s (a complete year), read into judgments. */
export function corteIdhJudgmentsCheck(config: CorteIdhConfig, source: string, now: Date): SourceCheck {
  const year = now.getUTCFullYear() - 1;
  return corteIdhSearchCheck(
    config,
    source,
    'CC',
    { from: `${year}-01-01`, to: `${year}-12-31` },
    (body, url, w) => toJudgments(parseSearchResults(body, source, url), source, w).length,
  );
}

/** The live drift check of the Court's advisory opinions: every one (a few a year at most), read into opinions. */
export function corteIdhAdvisoryCheck(config: CorteIdhConfig, source: string): SourceCheck {
  return corteIdhSearchCheck(
    config,
    source,
    'OC',
    { from: null, to: null },
    (body, url, w) => toAdvisoryOpinions(parseSearchResults(body, source, url), source, w).length,
  );
}

/**
 * The live drift check of the supervision of compliance: the listing of cases under supervision, the cases it names
 * with at least one dated resolution.
 */
export function corteIdhSupervisionCheck(config: CorteIdhConfig, source: string): SourceCheck {
  const url = supervisionUrl(config, 'active');
  return textCheck(source, 'INTER_AMERICAN', url, (body) => {
    const listing = parseSupervisionListing(body, source, url);
    if (listing.warnings.length > 0) throw new Error(listing.warnings.join('; '));
    return listing.cases.length;
  });
}
