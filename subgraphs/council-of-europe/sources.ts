import { HUDOC_SITES, type HudocSiteConfig } from '../../adapters/hudoc/index.ts';
import type { ContractSource } from '../_shared/contract-source.ts';
import {
  hudocCptSource, hudocEchrSource, hudocEcriSource, hudocEscSource, hudocExecSource, hudocGretaSource, hudocGrevioSource,
} from './hudoc-sources.ts';
import { cptDatabase, cptDatabaseOptions } from './cpt-database/database.ts';
import { cptDatabaseSource } from './cpt-database/source.ts';

/** A preset with its base URL replaced when the environment names one. */
function site(preset: HudocSiteConfig, baseUrl: string | undefined): HudocSiteConfig {
  return baseUrl ? { ...preset, baseUrl } : preset;
}

/**
 * The Council of Europe system's sources, configured from the environment, each defaulting to the live sub-site
 * https://hudoc.<site>.coe.int: RH_HUDOC_ECHR_URL, RH_HUDOC_EXEC_URL (the Committee of Ministers'
 * execution cases, also read by hudoc-echr for the execution of its judgments), RH_HUDOC_CPT_URL, RH_HUDOC_ESC_URL, RH_HUDOC_ECRI_URL, RH_HUDOC_GRETA_URL, RH_HUDOC_GREVIO_URL.
 * The CPT's visits come from its own database merged with HUDOC-CPT's (`cpt-database`: embedded, or DATABASE_URL), or
 * from HUDOC-CPT alone with RH_CPT_DATABASE=off.
 */
export function coeSources(env: NodeJS.ProcessEnv): ContractSource[] {
  const cptSite = site(HUDOC_SITES.cpt, env.RH_HUDOC_CPT_URL);
  const cptDb = cptDatabaseOptions(env);
  return [
    hudocEchrSource(site(HUDOC_SITES.echr, env.RH_HUDOC_ECHR_URL), site(HUDOC_SITES.exec, env.RH_HUDOC_EXEC_URL)),
    hudocExecSource(site(HUDOC_SITES.exec, env.RH_HUDOC_EXEC_URL)),
    cptDb ? cptDatabaseSource(cptDatabase(cptDb), cptSite) : hudocCptSource(cptSite),
    hudocEscSource(site(HUDOC_SITES.esc, env.RH_HUDOC_ESC_URL)),
    hudocEcriSource(site(HUDOC_SITES.ecri, env.RH_HUDOC_ECRI_URL)),
    hudocGretaSource(site(HUDOC_SITES.greta, env.RH_HUDOC_GRETA_URL)),
    hudocGrevioSource(site(HUDOC_SITES.grevio, env.RH_HUDOC_GREVIO_URL)),
  ];
}
