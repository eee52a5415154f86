import type { ContractSource } from '../_shared/contract-source.ts';
import { uhriSource } from './uhri-source.ts';
import { tbinternetSource } from './tbinternet-source.ts';
import { spinternetSource } from './spinternet-source.ts';

/**
 * The UN system's sources, configured from the environment:
 * RH_UHRI_URL (default https://dataex.ohchr.org), RH_UHRI_INDEX_DIR (default <tmp>/rights-hub/uhri),
 * RH_TBINTERNET_URL (default https://tbinternet.ohchr.org), RH_SPINTERNET_URL (default https://spinternet.ohchr.org).
 */
export function unSources(env: NodeJS.ProcessEnv): ContractSource[] {
  return [
    uhriSource({ ...(env.RH_UHRI_URL && { baseUrl: env.RH_UHRI_URL }), ...(env.RH_UHRI_INDEX_DIR && { indexDir: env.RH_UHRI_INDEX_DIR }) }),
    tbinternetSource(env.RH_TBINTERNET_URL ? { baseUrl: env.RH_TBINTERNET_URL } : {}),
    spinternetSource(env.RH_SPINTERNET_URL ? { baseUrl: env.RH_SPINTERNET_URL } : {}),
  ];
}
