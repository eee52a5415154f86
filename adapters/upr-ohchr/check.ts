import { textCheck, type SourceCheck } from '../_kit/source-check.ts';
import type { UprOhchrConfig } from './config.ts';
import { readThematicList } from './parse.ts';

/** The live drift check of the thematic lists: the first configured list, read by the adapter's own reader into recommendations. */
export function uprOhchrCheck(config: Pick<UprOhchrConfig, 'baseUrl' | 'documents'>, source: string): SourceCheck {
  const url = `${config.baseUrl}${config.documents[0].path}`;
  return textCheck(source, 'UN', url, (body) => readThematicList(body).recommendations.length);
}
