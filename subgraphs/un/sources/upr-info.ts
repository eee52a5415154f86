import { recordedUwazi } from '../../../adapters/uwazi/replay.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { uwaziSearchCheck } from '../../_shared/uwazi.ts';
import { UPR_INFO_REVIEWS, UPR_INFO_URL, uprInfoReviewsSource } from '../upr-info-source.ts';

/** The hub's name for UPR Info's instance (its source, replay mount and fixtures folder); the generic Uwazi adapter reads it. */
const NAME = 'upr-info';

/** UPR Info's Uwazi database; its one source reads the reviews template (upr-info-reviews). */
export const UPR_INFO: SourceDeclaration = {
  name: NAME,
  system: 'UN',
  defaultUrl: UPR_INFO_URL,
  sources: (env) => [uprInfoReviewsSource(baseUrlOf(UPR_INFO, env))],
  checks: () => [uwaziSearchCheck(UPR_INFO_REVIEWS.source, 'UN', UPR_INFO_URL, UPR_INFO_REVIEWS.template)],
  replay: { mount: () => recordedUwazi(NAME) },
  fixtures: [NAME],
  readme: {
    source: "UPR Info's database (Uwazi)",
    adapter: 'uwazi',
    reads:
      "the UPR review calendar (`Review`): State under review, cycle, session, date and the review's documents (national report, UN compilation, stakeholders' summary)",
  },
};
