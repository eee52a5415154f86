import { readFileSync } from 'node:fs';
import { achprReplay } from '../achpr.ts';
import { africanCourtReplay } from '../african-court.ts';
import { uwaziReplay, type UwaziReplayEntity } from '../uwazi.ts';
import type { ReplaySystem } from './types.ts';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url), 'utf8'));

/** The African system's recorded sources: the Commission's decisions listing, the Court's registry page and IHRDA's Uwazi API (all reconstructed). */
export const africanReplay: ReplaySystem = {
  mounts: () => ({
    achpr: achprReplay(),
    'african-court': africanCourtReplay(),
    ihrda: uwaziReplay({
      entities: fixture('ihrda/entities.json') as UwaziReplayEntity[],
      templates: fixture('ihrda/templates.json') as unknown[],
      thesauri: fixture('ihrda/thesauri.json') as unknown[],
    }),
  }),
  environment: (server) => ({
    RH_ACHPR_URL: server.baseUrl('achpr'),
    RH_AFRICAN_COURT_URL: server.baseUrl('african-court'),
    RH_IHRDA_URL: server.baseUrl('ihrda'),
  }),
};
