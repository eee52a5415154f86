import { textCheck, type SourceCheck } from '../_kit/source-check.ts';
import type { IachrConfig } from './config.ts';
import { listingUrl } from './fetch.ts';
import { IACHR_SOURCES } from './index.ts';
import { toDecisionRecord, toPrecautionaryRecord, toVisitRecord } from './map.ts';
import { parseOasListing, type OasEntry } from './parse.ts';

/** The records a page's entries make: the entries the adapter's mapping reads. */
function count<T>(body: string, map: (e: OasEntry) => T | null): number {
  return parseOasListing(body)
    .map(map)
    .filter((r) => r !== null).length;
}

/**
 * The live drift checks of the IACHR's three sources: the year before `now`'s merits and precautionary-measure
 * listings (complete years), and the migrants rapporteurship's country-visit page (the first of `visitPages`).
 */
export function iachrChecks(config: IachrConfig, now: Date): SourceCheck[] {
  const year = now.getUTCFullYear() - 1;
  const merits = listingUrl(config, config.decisions.merits, year);
  const precautionary = listingUrl(config, config.precautionary, year);
  const visits = `${config.baseUrl}${config.visitPages[0]}`;
  return [
    textCheck(IACHR_SOURCES.decisions, 'INTER_AMERICAN', merits, (body) => count(body, (e) => toDecisionRecord(e, year))),
    textCheck(IACHR_SOURCES.precautionary, 'INTER_AMERICAN', precautionary, (body) => count(body, toPrecautionaryRecord)),
    textCheck(IACHR_SOURCES.visits, 'INTER_AMERICAN', visits, (body) => count(body, (e) => toVisitRecord(e, visits))),
  ];
}
