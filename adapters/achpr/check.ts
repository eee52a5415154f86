import { textCheck, type SourceCheck } from '../_kit/source-check.ts';
import type { AchprConfig } from './config.ts';
import { listingUrl, missionsUrl } from './index.ts';
import { parseMissions } from './missions-parse.ts';
import { parseListing } from './parse.ts';

/**
 * The live drift check of the Commission's decisions: the first "Decisions on Communications" listing page, its links
 * to communication pages.
 */
export function achprCheck(config: AchprConfig, source: string): SourceCheck {
  const url = listingUrl(config, 0);
  return textCheck(source, 'AFRICAN', url, (body) => parseListing(body).length);
}

/** The live drift check of the Commission's missions: the first "Mission Reports" listing page, its entries naming a State. */
export function achprMissionsCheck(config: AchprConfig, source: string): SourceCheck {
  const url = missionsUrl(config, 0);
  return textCheck(source, 'AFRICAN', url, (body) => parseMissions(body).length);
}
