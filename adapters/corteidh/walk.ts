import { eachFile, type FixtureParser, type FixtureWalker } from '../_kit/fixture-walk.ts';
import { toAdvisoryOpinions } from './advisory.ts';
import { CORTEIDH_ADVISORY_SOURCE, CORTEIDH_SOURCE, CORTEIDH_SUPERVISION_SOURCE } from './fetch.ts';
import { parseSearchResults } from './parse.ts';
import { parseSupervisionListing } from './supervision.ts';

/** The search's answers (jurisprudencia-<type>-<lang>.html; OC, the advisory opinions) and the listing of cases under supervision. */
export const WALKER: FixtureWalker = {
  walks: (folders) => eachFile(folders, parserOf),
};

function parserOf(file: string): FixtureParser {
  if (file.startsWith('casos_en_supervision'))
    return (html) =>
      parseSupervisionListing(
        html,
        CORTEIDH_SUPERVISION_SOURCE,
        'https://www.corteidh.or.cr/casos_en_supervision_por_pais.cfm?lang=es',
        new Date('2026-07-15T00:00:00Z'),
      );
  if (file.includes('-OC-'))
    return (html) => {
      const warnings: string[] = [];
      const opinions = toAdvisoryOpinions(parseSearchResults(html, CORTEIDH_ADVISORY_SOURCE, 'u'), CORTEIDH_ADVISORY_SOURCE, warnings);
      return { opinions, warnings };
    };
  return (html, url) => parseSearchResults(html, CORTEIDH_SOURCE, url);
}
