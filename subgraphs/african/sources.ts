import type { ContractSource } from '../_shared/contract-source.ts';
import { achprMissionsSource } from './achpr-missions-source.ts';
import { achprSource } from './achpr-source.ts';
import { africanCourtSource } from './african-court-source.ts';
import { IHRDA_TEMPLATES, IHRDA_URL, ihrdaSource } from './ihrda-source.ts';

/** The bodies with a list of their own, merged with IHRDA's template for them (see same-case.ts). */
const MERGED = new Set<string>(['af-achpr', 'af-afchpr']);

/**
 * The African system's sources, configured from the environment: the African Commission's decisions and its promotion
 * and fact-finding missions (both from its site, RH_ACHPR_URL, default https://achpr.au.int) and the African Court's registry (RH_AFRICAN_COURT_URL, default
 * https://www.african-court.org), each merged with IHRDA's case law for that body; and IHRDA's case law for the ECOWAS
 * Court, the EACJ, the ACERWC and the SADC Tribunal (RH_IHRDA_URL, default https://caselaw.ihrda.org).
 */
export function africanSources(env: NodeJS.ProcessEnv): ContractSource[] {
  const ihrda = env.RH_IHRDA_URL ?? IHRDA_URL;
  const achpr = env.RH_ACHPR_URL ? { baseUrl: env.RH_ACHPR_URL } : {};
  return [
    achprSource(achpr, ihrda),
    achprMissionsSource(achpr),
    africanCourtSource(env.RH_AFRICAN_COURT_URL ? { baseUrl: env.RH_AFRICAN_COURT_URL } : {}, ihrda),
    ...IHRDA_TEMPLATES.filter((t) => !MERGED.has(t.mechanism)).map((t) => ihrdaSource(t, ihrda)),
  ];
}
