import type { ContractSource } from '../_shared/contract-source.ts';
import { corteIdhAdvisorySource } from './court-advisory.ts';
import { corteIdhSupervisionSource } from './court-supervision.ts';
import { corteIdhSource } from './corteidh-source.ts';
import { iachrSources } from './iachr-sources.ts';
import { SUMMA_URL, summaSource, summaTemplates } from './summa-source.ts';

/**
 * The Inter-American system's sources, configured from the environment:
 * RH_CORTEIDH_URL (default https://www.corteidh.or.cr) for the Court's judgments (merged with SUMMA's), advisory opinions
 * and supervision-of-compliance resolutions; RH_IACHR_URL (default
 * https://www.oas.org) and RH_IACHR_LATEST_YEAR (the newest listing year; default the current year) for the IACHR;
 * RH_SUMMA_URL (default https://summa.cejil.org) for SUMMA's Court and Presidency orders, and its IACHR admissibility
 * reports when RH_SUMMA_ADMISSIBILITY_TEMPLATE gives that template's id.
 */
export function interAmericanSources(env: NodeJS.ProcessEnv): ContractSource[] {
  const summa = env.RH_SUMMA_URL ?? SUMMA_URL;
  const court = env.RH_CORTEIDH_URL ? { baseUrl: env.RH_CORTEIDH_URL } : {};
  return [
    corteIdhSource(court, summa),
    corteIdhAdvisorySource(court),
    corteIdhSupervisionSource(court),
    ...iachrSources({
      ...(env.RH_IACHR_URL ? { baseUrl: env.RH_IACHR_URL } : {}),
      ...(env.RH_IACHR_LATEST_YEAR ? { latestYear: Number(env.RH_IACHR_LATEST_YEAR) } : {}),
    }),
    ...summaTemplates(env.RH_SUMMA_ADMISSIBILITY_TEMPLATE).map((t) => summaSource(t, summa)),
  ];
}
