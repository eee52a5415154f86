import type { ContractSource } from '../_shared/contract-source.ts';

/** The African system's sources, configured from the environment (none wired yet: its lists are empty, and say so). */
export function africanSources(_env: NodeJS.ProcessEnv): ContractSource[] {
  return [];
}
