import type { SourceCheck } from '../_kit/source-check.ts';
import { exportUrl, type UhriConfig } from './config.ts';
import { readExportRecords } from './parse.ts';

/** Records read from the start of UHRI's export before the check stops (the whole export is ~365 MB). */
const SAMPLE = 20;

/** The live drift check of UHRI's bulk export: its head (the first records), through the adapter's streaming parser. */
export function uhriCheck(config: Pick<UhriConfig, 'baseUrl' | 'exportPath'>, source: string): SourceCheck {
  const url = exportUrl(config);
  return {
    source,
    system: 'UN',
    url,
    async run(http) {
      const body = await http.getStream(url, { source });
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
