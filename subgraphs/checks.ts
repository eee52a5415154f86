import type { SourceCheck } from '../adapters/_kit/source-check.ts';
import { checksOf } from './_shared/source-declaration.ts';
import { ALL_DECLARATIONS, declarationsOf } from './systems.ts';

/** Every source's live drift check, systems in merge order (each declared with its source). */
export function allSourceChecks(now = new Date()): SourceCheck[] {
  return checksOf(ALL_DECLARATIONS, now);
}

/** One system's checks: systemChecks('african') are those of the ACHPR, its missions, the African Court and IHRDA. */
export function systemChecks(subgraph: string, now = new Date()): SourceCheck[] {
  return checksOf(declarationsOf(subgraph), now);
}
