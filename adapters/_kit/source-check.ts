import type { System } from '../../schema/types.ts';
import type { HttpClient } from './http.ts';

/** What one live check found: records parsed from the first page, and anything in the page's structure the parser did not expect. */
export interface CheckResult {
  records: number;
  problems: string[];
}

/** One source's live drift check (npm run sources:check; never in CI): fetch its first page, parse it with the adapter's own parser. */
export interface SourceCheck {
  source: string;
  system: System;
  /** The live page or API answer the check reads. */
  url: string;
  run(http: HttpClient): Promise<CheckResult>;
}

/**
 * The usual check: GET the page as text and count what the parser makes of it; the parser's own errors
 * (RH_SOURCE_PARSE, RH_SOURCE_INSANE) are drift, and so is a page that parses to nothing.
 * textCheck('hudoc-echr', 'EUROPEAN', url, (body) => parseHudocResults(body, 'hudoc-echr', url).rows.length)
 */
export function textCheck(source: string, system: System, url: string, count: (body: string) => number): SourceCheck {
  return {
    source,
    system,
    url,
    async run(http) {
      const { body } = await http.getText(url, { source });
      try {
        const records = count(body);
        return { records, problems: records === 0 ? ['the first page parsed to no record'] : [] };
      } catch (err) {
        return { records: 0, problems: [(err as Error).message] };
      }
    },
  };
}
