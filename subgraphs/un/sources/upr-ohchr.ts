import { readThematicList, type UprOhchrConfig } from '../../../adapters/upr-ohchr/index.ts';
import { UPR_OHCHR_DEFAULTS, validateUprOhchrConfig } from '../../../adapters/upr-ohchr/config.ts';
import { uprOhchrReplay } from '../../../adapters/upr-ohchr/replay.ts';
import { textCheck } from '../../_shared/source-check.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { UPR_OHCHR, uprOhchrSource } from '../upr-ohchr-source.ts';

/** The thematic lists read, at the base URL the environment gives (adapters/upr-ohchr/config.ts names them). */
export const uprListsOf = (env: NodeJS.ProcessEnv): UprOhchrConfig => validateUprOhchrConfig({ baseUrl: baseUrlOf(UPR_OHCHR_SOURCE, env) });

/** OHCHR's UPR thematic lists of recommendations: the review's recommendations with ids of their own (the report and the number). */
export const UPR_OHCHR_SOURCE: SourceDeclaration = {
  name: UPR_OHCHR,
  system: 'UN',
  defaultUrl: UPR_OHCHR_DEFAULTS.baseUrl,
  sources: (env) => [uprOhchrSource(uprListsOf(env))],
  checks: () => {
    const url = `${UPR_OHCHR_DEFAULTS.baseUrl}${UPR_OHCHR_DEFAULTS.documents[0].path}`;
    return [textCheck(UPR_OHCHR, 'UN', url, (body) => readThematicList(body).recommendations.length)];
  },
  replay: { mount: () => uprOhchrReplay() },
  fixtures: [UPR_OHCHR],
  readme: {
    source: "OHCHR's UPR thematic lists of recommendations",
    adapter: UPR_OHCHR,
    reads:
      "each UPR review's recommendations from OHCHR's thematic list of its Working Group report (the list's text, one cell or bullet a line): number (`140.7`), text, recommending States, the position (Supported/Noted) and where it was given (`StatePosition.source`: `A/HRC/59/15/Add.1 - Para.3`), theme labels (UHRI codes where a label is a level-2 title), groups of persons, SDGs; id `upr-ohchr:<report>:<number>`, link the report on documents.un.org",
  },
};
