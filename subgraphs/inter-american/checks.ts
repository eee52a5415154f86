import { checksOf } from '../_shared/source-declaration.ts';
import type { SourceCheck } from '../_shared/source-check.ts';
import { SOURCES } from './sources.ts';

/** Live drift checks of the Inter-American sources, on last year's pages where they are yearly (each declared with its source in ./sources/). */
export function interAmericanChecks(now = new Date()): SourceCheck[] {
  return checksOf(SOURCES, now);
}
