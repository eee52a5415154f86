import { HUDOC_SITES, hudocSiteUrl } from '../../adapters/hudoc/config.ts';
import { focalPointOf } from '../_shared/focal-point-entry.ts';

/** HUDOC-EXEC: the Committee of Ministers supervises the execution of the Court's judgments (adapters/hudoc/exec.ts). */
const EXECUTION = {
  basis: "the Committee of Ministers supervises the execution of the Court's judgments (HUDOC-EXEC)",
  sourceUrl: HUDOC_SITES.exec.baseUrl,
};

/** The Council of Europe's mechanisms' focal points: each one's HUDOC sub-site, its own published database. */
export const FOCAL_POINTS = Object.fromEntries([
  focalPointOf('coe-ecthr', HUDOC_SITES.echr.baseUrl, { liaisesWith: [{ mechanism: 'coe-cm', ...EXECUTION }] }),
  focalPointOf('coe-cm', HUDOC_SITES.exec.baseUrl, { liaisesWith: [{ mechanism: 'coe-ecthr', ...EXECUTION }] }),
  focalPointOf('coe-cpt', HUDOC_SITES.cpt.baseUrl),
  focalPointOf('coe-ecsr', HUDOC_SITES.esc.baseUrl),
  focalPointOf('coe-ecri', HUDOC_SITES.ecri.baseUrl),
  focalPointOf('coe-greta', HUDOC_SITES.greta.baseUrl),
  focalPointOf('coe-grevio', HUDOC_SITES.grevio.baseUrl),
  focalPointOf('coe-fcnm', hudocSiteUrl('fcnm')),
  focalPointOf('coe-commhr', hudocSiteUrl('commhr')),
]);
