import { checksOf } from '../_shared/source-declaration.ts';
import type { SourceCheck } from '../_shared/source-check.ts';
import { SOURCES } from './sources.ts';

/** Live drift checks of the Council of Europe's sources (each declared with its source in ./sources/). */
export function coeChecks(): SourceCheck[] {
  return checksOf(SOURCES);
}
