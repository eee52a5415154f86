import type { SourceDeclaration } from '../_shared/source-declaration.ts';
import { HUDOC_ECHR } from './sources/hudoc-echr.ts';
import { HUDOC_EXEC } from './sources/hudoc-exec.ts';
import { CPT_DATABASE_SOURCE } from './sources/cpt-database.ts';
import { HUDOC_CPT, HUDOC_ECRI, HUDOC_ESC, HUDOC_GRETA, HUDOC_GREVIO } from './sources/hudoc-feeds.ts';

/** The Council of Europe system's sources, in merge order (one declaration each, in ./sources/). */
export const SOURCES: readonly SourceDeclaration[] = [
  HUDOC_ECHR,
  HUDOC_EXEC,
  CPT_DATABASE_SOURCE,
  HUDOC_CPT,
  HUDOC_ESC,
  HUDOC_ECRI,
  HUDOC_GRETA,
  HUDOC_GREVIO,
];
