import { SPINTERNET_DEFAULTS } from '../../adapters/spinternet/config.ts';
import { TBINTERNET_DEFAULTS } from '../../adapters/tbinternet/config.ts';
import { UHRI_DEFAULTS } from '../../adapters/uhri/config.ts';
import { focalPointOf } from '../_shared/focal-point-entry.ts';

/** The CAT's 49th session (Geneva, 2012) held a joint meeting with the SPT (../shared/data/facts/tb_sessions_facts.csv). */
const CAT_SPT = {
  basis: 'joint meeting of the CAT with the SPT on 14 November 2012 (CAT, 49th session)',
  sourceUrl:
    'https://web.test.ohchr.un-icc.cloud/en/press-releases/2012/10/committee-against-torture-hold-forty-ninth-session-geneva-29-october-23',
};

/**
 * The UN mechanisms' focal points as the UN subgraph configures them: OHCHR serves them all; the treaty bodies' page is
 * the Treaty Body Database, the special procedures' the special-procedures site, the UPR's the Universal Human Rights
 * Index (its recommendations). No public functional email or working languages are in any source the hub holds.
 */
export const FOCAL_POINTS = Object.fromEntries([
  ...['un-ccpr', 'un-cescr', 'un-cerd', 'un-cedaw', 'un-crc', 'un-crpd', 'un-ced', 'un-cmw'].map((id) =>
    focalPointOf(id, TBINTERNET_DEFAULTS.baseUrl),
  ),
  focalPointOf('un-cat', TBINTERNET_DEFAULTS.baseUrl, { liaisesWith: [{ mechanism: 'un-spt', ...CAT_SPT }] }),
  focalPointOf('un-spt', TBINTERNET_DEFAULTS.baseUrl, { liaisesWith: [{ mechanism: 'un-cat', ...CAT_SPT }] }),
  focalPointOf('un-upr', UHRI_DEFAULTS.baseUrl),
  focalPointOf('un-sp', SPINTERNET_DEFAULTS.baseUrl),
]);
