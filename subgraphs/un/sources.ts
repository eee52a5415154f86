import type { SourceDeclaration } from '../_shared/source-declaration.ts';
import { CCPR_FOLLOW_UP_SOURCE } from './sources/ccpr-follow-up.ts';
import { SPCOMMREPORTS_SOURCE } from './sources/spcommreports.ts';
import { SPINTERNET } from './sources/spinternet.ts';
import { TBINTERNET } from './sources/tbinternet.ts';
import { TBINTERNET_SESSIONS_SOURCE } from './sources/tbinternet-sessions.ts';
import { UHRI } from './sources/uhri.ts';
import { UPR_INFO } from './sources/upr-info.ts';
import { UPR_OHCHR_SOURCE } from './sources/upr-ohchr.ts';

/** The UN system's sources, in merge order (one declaration each, in ./sources/). */
export const SOURCES: readonly SourceDeclaration[] = [
  UHRI,
  UPR_OHCHR_SOURCE,
  TBINTERNET,
  TBINTERNET_SESSIONS_SOURCE,
  SPINTERNET,
  UPR_INFO,
  SPCOMMREPORTS_SOURCE,
  CCPR_FOLLOW_UP_SOURCE,
];
