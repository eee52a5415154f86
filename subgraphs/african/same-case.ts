import type { Decision } from '../../schema/types.ts';
import type { Reader, SourceContext } from '../_shared/contract-source.ts';
import { sameCaseReader as sameCaseOf, type WholeSource } from '../_shared/same-case.ts';

export type { WholeSource };

/** A case number as both sources write it: '001/2008' and '1/08' alike → '1/08'; '599/16' → '599/16'. */
export function caseKey(n: string): string {
  const [num, year = ''] = n.split('/');
  return `${Number(num)}/${year.trim().slice(-2)}`;
}

/**
 * A body's own list (the Commission's or the Court's) and IHRDA's, one record per communication or application
 * number (caseKey): the body's record, completed from IHRDA's, with IHRDA in alsoIn. Both are read whole (cached).
 */
export function sameCaseReader(
  own: (ctx: SourceContext) => Promise<WholeSource>,
  ihrda: (ctx: SourceContext) => Promise<WholeSource>,
): Reader<Decision> {
  return sameCaseOf(
    (_q, ctx) => own(ctx),
    (_q, ctx) => ihrda(ctx),
    { keys: (d) => d.caseNumbers.map(caseKey), other: 'IHRDA' },
  );
}
