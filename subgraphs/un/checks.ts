import { exportUrl, UHRI_DEFAULTS } from '../../adapters/uhri/config.ts';
import { readExportRecords } from '../../adapters/uhri/parse.ts';
import type { SourceCheck } from '../_shared/source-check.ts';

/** Records read from the start of UHRI's export before the check stops (the whole export is ~365 MB). */
const SAMPLE = 20;

/** Live drift checks of the UN's sources: the head of UHRI's bulk export, parsed by the adapter's streaming parser. */
export function unChecks(): SourceCheck[] {
  const url = exportUrl(UHRI_DEFAULTS);
  return [{
    source: 'uhri', system: 'UN', url,
    async run(http) {
      const body = await http.getStream(url, { source: 'uhri' });
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
  }];
}
