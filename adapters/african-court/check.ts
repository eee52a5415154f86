import { textCheck, type SourceCheck } from '../_kit/source-check.ts';
import type { AfricanCourtConfig } from './config.ts';
import { receivedCasesUrl } from './fetch.ts';
import { parseReceivedCases } from './parse.ts';

/** The live drift check of the Court's registry: the received-cases page, its `table#cases` with seven columns. */
export function africanCourtCheck(config: AfricanCourtConfig, source: string): SourceCheck {
  const url = receivedCasesUrl(config);
  return textCheck(source, 'AFRICAN', url, (body) => parseReceivedCases(body, url).length);
}
