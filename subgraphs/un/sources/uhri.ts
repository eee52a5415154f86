import { exportUrl, UHRI_DEFAULTS } from '../../../adapters/uhri/config.ts';
import { UHRI_SOURCE } from '../../../adapters/uhri/fetch.ts';
import { readExportRecords } from '../../../adapters/uhri/parse.ts';
import { uhriReplay } from '../../../adapters/uhri/replay.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import type { SourceCheck } from '../../_shared/source-check.ts';
import { uhriSource } from '../uhri-source.ts';
import { UPR_OHCHR_SOURCE, uprListsOf } from './upr-ohchr.ts';

/** Records read from the start of UHRI's export before the check stops (the whole export is ~365 MB). */
const SAMPLE = 20;

/** The head of UHRI's bulk export, through the adapter's streaming parser. */
function uhriCheck(): SourceCheck {
  const url = exportUrl(UHRI_DEFAULTS);
  return {
    source: UHRI_SOURCE,
    system: 'UN',
    url,
    async run(http) {
      const body = await http.getStream(url, { source: UHRI_SOURCE });
      let records = 0;
      try {
        for await (const record of readExportRecords(body, url)) {
          if (record) records++;
          if (records >= SAMPLE) break;
        }
        return { records, problems: records === 0 ? ['the export began with no readable record'] : [] };
      } catch (err) {
        return { records, problems: [(err as Error).message] };
      } finally {
        body.destroy();
      }
    },
  };
}

/**
 * UHRI; RH_UHRI_INDEX_DIR (default <tmp>/rights-hub/uhri) is where its index of the export is kept. Its UPR records of a
 * report whose thematic list upr-ohchr reads are left to upr-ohchr: a recommendation comes back once, with the document's id and link.
 */
export const UHRI: SourceDeclaration = {
  name: UHRI_SOURCE,
  system: 'UN',
  defaultUrl: UHRI_DEFAULTS.baseUrl,
  sources: (env) => [
    uhriSource(
      { baseUrl: baseUrlOf(UHRI, env), ...(env.RH_UHRI_INDEX_DIR && { indexDir: env.RH_UHRI_INDEX_DIR }) },
      { source: UPR_OHCHR_SOURCE.name, symbols: uprListsOf(env).documents.map((d) => d.symbol) },
    ),
  ],
  checks: () => [uhriCheck()],
  replay: { mount: () => uhriReplay() },
  fixtures: [UHRI_SOURCE],
  readme: {
    source: 'Universal Human Rights Index (OHCHR)',
    adapter: UHRI_SOURCE,
    reads:
      "recommendations and observations of the treaty bodies, special procedures and UPR, from UHRI's bulk export (indexed in `RH_UHRI_INDEX_DIR`)",
  },
};
