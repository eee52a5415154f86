import type { ContractSource } from '../_shared/contract-source.ts';

/** The Inter-American system's sources, configured from the environment (none wired yet: its lists are empty, and say so). */
export function interAmericanSources(_env: NodeJS.ProcessEnv): ContractSource[] {
  return [];
}
