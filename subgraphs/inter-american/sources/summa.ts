import { recordedUwazi } from '../../../adapters/uwazi/replay.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { uwaziSearchCheck } from '../../../adapters/uwazi/check.ts';
import { SUMMA_JUDGMENTS, SUMMA_ORDERS, SUMMA_URL, summaSource, summaTemplates } from '../summa-source.ts';

/** The hub's name for SUMMA's instance (its source, replay mount and fixtures folder); the generic Uwazi adapter reads it. */
const NAME = 'summa';

/** The admissibility-report template of the recorded SUMMA entities (Uwazi's development dump; the live id is not published). */
const SUMMA_ADMISSIBILITY_TEMPLATE = '58ada34c299e826748545054';

/**
 * SUMMA (CEJIL's Uwazi): its Court and Presidency orders as sources of their own (summa-court-orders, …), and IACHR
 * admissibility reports when RH_SUMMA_ADMISSIBILITY_TEMPLATE gives that template's id; its judgments are merged into the Court's.
 */
export const SUMMA: SourceDeclaration = {
  name: NAME,
  system: 'INTER_AMERICAN',
  defaultUrl: SUMMA_URL,
  sources: (env) => summaTemplates(env.RH_SUMMA_ADMISSIBILITY_TEMPLATE).map((t) => summaSource(t, baseUrlOf(SUMMA, env))),
  // The first ten entities of each template read.
  checks: () => [SUMMA_JUDGMENTS, ...SUMMA_ORDERS].map((t) => uwaziSearchCheck(t.source, 'INTER_AMERICAN', SUMMA_URL, t.template)),
  replay: { mount: () => recordedUwazi(NAME), settings: { RH_SUMMA_ADMISSIBILITY_TEMPLATE: SUMMA_ADMISSIBILITY_TEMPLATE } },
  fixtures: [NAME],
  readme: {
    source: "SUMMA (CEJIL's Uwazi)",
    adapter: 'uwazi',
    reads:
      "Court judgments (merged into the Court's own: one record, SUMMA in `alsoIn`), Court and Presidency orders (provisional measures), IACHR admissibility reports when `RH_SUMMA_ADMISSIBILITY_TEMPLATE` is set",
  },
};
