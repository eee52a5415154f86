import { recordedUwazi } from '../../../adapters/uwazi/replay.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { uwaziSearchCheck } from '../../../adapters/uwazi/check.ts';
import { IHRDA_TEMPLATES, IHRDA_URL, ihrdaSource } from '../ihrda-source.ts';

/** The hub's name for IHRDA's instance (its source, replay mount and fixtures folder); the generic Uwazi adapter reads it. */
const NAME = 'ihrda';

/** The bodies with a list of their own, merged with IHRDA's template for them (see same-case.ts). */
const MERGED = new Set<string>(['af-achpr', 'af-afchpr']);

/**
 * IHRDA's case-law analyser (Uwazi): one source per court or body it holds that has no list of its own (ihrda-ecowas,
 * ihrda-eacj, ihrda-acerwc, ihrda-sadc); its ACHPR and African Court templates are merged into those bodies' sources.
 */
export const IHRDA: SourceDeclaration = {
  name: NAME,
  system: 'AFRICAN',
  defaultUrl: IHRDA_URL,
  sources: (env) => IHRDA_TEMPLATES.filter((t) => !MERGED.has(t.mechanism)).map((t) => ihrdaSource(t, baseUrlOf(IHRDA, env))),
  // The first ten decisions of each template: `/api/search` rows with a sharedId.
  checks: () => IHRDA_TEMPLATES.map((t) => uwaziSearchCheck(t.source, 'AFRICAN', IHRDA_URL, t.template)),
  replay: { mount: () => recordedUwazi(NAME) },
  fixtures: [NAME],
  readme: {
    source: 'IHRDA case-law analyser (Uwazi)',
    adapter: 'uwazi',
    reads:
      "ACHPR and African Court decisions (merged with the bodies' own records: one record, IHRDA in `alsoIn`), and the ECOWAS Court, EACJ, ACERWC and SADC Tribunal",
  },
};
