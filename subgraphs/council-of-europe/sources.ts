import { HUDOC_SITES, type HudocSiteConfig } from '../../adapters/hudoc/index.ts';
import type { ContractSource } from '../_shared/contract-source.ts';
import {
  hudocCptSource, hudocEchrSource, hudocEcriSource, hudocEscSource, hudocExecSource, hudocGretaSource, hudocGrevioSource,
} from './hudoc-sources.ts';

/** A preset with its base URL replaced when the environment names one. */
function site(preset: HudocSiteConfig, baseUrl: string | undefined): HudocSiteConfig {
  return baseUrl ? { ...preset, baseUrl } : preset;
}

/**
 * The Council of Europe system's sources, configured from the environment, each defaulting to the live sub-site
 * https://hudoc.<site>.coe.int: RH_HUDOC_ECHR_URL, RH_HUDOC_EXEC_URL (the Committee of Ministers'
 * execution cases, also read by hudoc-echr for the execution of its judgments), RH_HUDOC_CPT_URL, RH_HUDOC_ESC_URL, RH_HUDOC_ECRI_URL, RH_HUDOC_GRETA_URL, RH_HUDOC_GREVIO_URL.
 */
export function coeSources(env: NodeJS.ProcessEnv): ContractSource[] {
  return [
    hudocEchrSource(site(HUDOC_SITES.echr, env.RH_HUDOC_ECHR_URL), site(HUDOC_SITES.exec, env.RH_HUDOC_EXEC_URL)),
    hudocExecSource(site(HUDOC_SITES.exec, env.RH_HUDOC_EXEC_URL)),
    hudocCptSource(site(HUDOC_SITES.cpt, env.RH_HUDOC_CPT_URL)),
    hudocEscSource(site(HUDOC_SITES.esc, env.RH_HUDOC_ESC_URL)),
    hudocEcriSource(site(HUDOC_SITES.ecri, env.RH_HUDOC_ECRI_URL)),
    hudocGretaSource(site(HUDOC_SITES.greta, env.RH_HUDOC_GRETA_URL)),
    hudocGrevioSource(site(HUDOC_SITES.grevio, env.RH_HUDOC_GREVIO_URL)),
  ];
}
