import type { SourceDeclaration } from '../_shared/source-declaration.ts';
import { CORTEIDH } from './sources/corteidh.ts';
import { CORTEIDH_ADVISORY } from './sources/corteidh-advisory.ts';
import { CORTEIDH_SUPERVISION } from './sources/corteidh-supervision.ts';
import { IACHR } from './sources/iachr.ts';
import { SUMMA } from './sources/summa.ts';

/** The Inter-American system's sources, in merge order (one declaration each, in ./sources/). */
export const SOURCES: readonly SourceDeclaration[] = [CORTEIDH, CORTEIDH_ADVISORY, CORTEIDH_SUPERVISION, IACHR, SUMMA];
