import { ACHPR_DEFAULTS } from '../../adapters/achpr/config.ts';
import { AFRICAN_COURT_DEFAULTS } from '../../adapters/african-court/config.ts';
import { focalPointOf } from '../_shared/focal-point-entry.ts';

/** The African Court's registry lists applications "transferred to the Commission" (../shared/data/african_court). */
const TRANSFERS = {
  basis: "applications transferred from the Court to the Commission (the Court's registry of received cases)",
  sourceUrl: `${AFRICAN_COURT_DEFAULTS.baseUrl}/cpmt/received-cases`,
};

/**
 * The African mechanisms' focal points: the Commission's and the Court's own sites. The ACERWC and the sub-regional
 * courts are read through IHRDA's database, so the hub holds no page of their own (null).
 */
export const FOCAL_POINTS = Object.fromEntries([
  focalPointOf('af-achpr', ACHPR_DEFAULTS.baseUrl, { liaisesWith: [{ mechanism: 'af-afchpr', ...TRANSFERS }] }),
  focalPointOf('af-afchpr', AFRICAN_COURT_DEFAULTS.baseUrl, { liaisesWith: [{ mechanism: 'af-achpr', ...TRANSFERS }] }),
  ...['af-acerwc', 'af-ecowas-ccj', 'af-eacj', 'af-sadc-t'].map((id) => focalPointOf(id, null)),
]);
