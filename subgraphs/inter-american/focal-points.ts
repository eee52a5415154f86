import { CORTEIDH_DEFAULTS } from '../../adapters/corteidh/config.ts';
import { IACHR_DEFAULTS } from '../../adapters/iachr/config.ts';
import { focalPointOf } from '../_shared/focal-point-entry.ts';
import { SUMMA_URL } from './summa-source.ts';

/** SUMMA holds the Commission's admissibility report and the Court's judgment of one case (19 Merchants v. Colombia). */
const CASES = {
  basis: "the Commission's admissibility reports on cases the Court later judged (19 Merchants v. Colombia, in SUMMA)",
  sourceUrl: SUMMA_URL,
};

/** The Inter-American mechanisms' focal points: the Commission's pages on oas.org, the Court's own site. */
export const FOCAL_POINTS = Object.fromEntries([
  focalPointOf('ia-iachr', `${IACHR_DEFAULTS.baseUrl}/en/iachr`, { liaisesWith: [{ mechanism: 'ia-iacthr', ...CASES }] }),
  focalPointOf('ia-iacthr', CORTEIDH_DEFAULTS.baseUrl, { liaisesWith: [{ mechanism: 'ia-iachr', ...CASES }] }),
]);
