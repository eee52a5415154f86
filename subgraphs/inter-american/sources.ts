import type { ContractSource } from '../_shared/contract-source.ts';
import { corteIdhSource } from './corteidh-source.ts';
import { iachrSources } from './iachr-sources.ts';

/**
 * The Inter-American system's sources, configured from the environment:
 * RH_CORTEIDH_URL (default https://www.corteidh.or.cr), RH_IACHR_URL (default https://www.oas.org).
 */
export function interAmericanSources(env: NodeJS.ProcessEnv): ContractSource[] {
  return [
    corteIdhSource(env.RH_CORTEIDH_URL ? { baseUrl: env.RH_CORTEIDH_URL } : {}),
    ...iachrSources(env.RH_IACHR_URL ? { baseUrl: env.RH_IACHR_URL } : {}),
  ];
}
