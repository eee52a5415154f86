import type { System } from '../../schema/types.ts';
import { textCheck, type SourceCheck } from '../_kit/source-check.ts';
import { validateUwaziConfig } from './config.ts';
import { uwaziSearchUrl } from './fetch.ts';
import { parseUwaziSearch } from './parse.ts';

/** The live drift check of one Uwazi template: its first ten entities, read by the adapter's own parser. */
export function uwaziSearchCheck(source: string, system: System, baseUrl: string, template: string): SourceCheck {
  const url = uwaziSearchUrl(validateUwaziConfig({ name: source, baseUrl, template }), { from: 0, limit: 10 });
  return textCheck(source, system, url, (body) => parseUwaziSearch(body, source, url).rows.length);
}
