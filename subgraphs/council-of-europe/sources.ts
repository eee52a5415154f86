import { HUDOC_SITES, type HudocSiteConfig } from '../../adapters/hudoc/index.ts';
import type { ContractSource } from '../_shared/contract-source.ts';
import { hudocCptSource, hudocEchrSource, hudocEscSource } from './hudoc-sources.ts';

/** A preset with its base URL replaced when the environment names one. */
function site(preset: HudocSiteConfig, baseUrl: string | undefined): HudocSiteConfig {
  return baseUrl ? { ...preset, baseUrl } : preset;
}

/**
 * The Council of Europe system's sources, configured from the environment:
 * RH_HUDOC_ECHR_URL (default https://hudoc.echr.coe.int), RH_HUDOC_CPT_URL (https://hudoc.cpt.coe.int),
 * RH_HUDOC_ESC_URL (https://hudoc.esc.coe.int).
 */
export function coeSources(env: NodeJS.ProcessEnv): ContractSource[] {
  return [
    hudocEchrSource(site(HUDOC_SITES.echr, env.RH_HUDOC_ECHR_URL)),
    hudocCptSource(site(HUDOC_SITES.cpt, env.RH_HUDOC_CPT_URL)),
    hudocEscSource(site(HUDOC_SITES.esc, env.RH_HUDOC_ESC_URL)),
  ];
}
