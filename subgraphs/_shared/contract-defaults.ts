import type { Decision, Visit } from '../../schema/types.ts';

/** The Decision fields a source without case tracking, compliance data or duplicates elsewhere leaves empty. */
export const NO_CASE_TRACKING: Pick<Decision, 'caseStatus' | 'caseStatusLabel' | 'compliance' | 'series' | 'alsoIn'> = {
  caseStatus: null,
  caseStatusLabel: null,
  compliance: null,
  series: null,
  alsoIn: [],
};

/** The Decision fields a source that publishes no operative part leaves empty: articles, conclusion, findings, HUDOC importance, ECLI. */
export const NO_FINDINGS: Pick<Decision, 'conclusion' | 'violations' | 'nonViolations' | 'importance' | 'ecli'> = {
  conclusion: null,
  violations: [],
  nonViolations: [],
  importance: null,
  ecli: null,
};

/** The Visit fields a source of visits without mandates, requests, joint partners or report documents leaves empty. */
export const NO_VISIT_DETAILS: Pick<Visit, 'mandateLabels' | 'requestedOn' | 'remindersOn' | 'jointWith' | 'report' | 'documents'> = {
  mandateLabels: [],
  requestedOn: null,
  remindersOn: [],
  jointWith: [],
  report: null,
  documents: [],
};
