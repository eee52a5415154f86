import type { SourceDeclaration } from '../_shared/source-declaration.ts';
import { ACHPR } from './sources/achpr.ts';
import { ACHPR_MISSIONS } from './sources/achpr-missions.ts';
import { AFRICAN_COURT } from './sources/african-court.ts';
import { IHRDA } from './sources/ihrda.ts';

/** The African system's sources, in merge order (one declaration each, in ./sources/). */
export const SOURCES: readonly SourceDeclaration[] = [ACHPR, ACHPR_MISSIONS, AFRICAN_COURT, IHRDA];
