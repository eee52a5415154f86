import { isoDayOf } from '../_kit/dates.ts';
import type { ReceivedCaseRow } from './parse.ts';

/** One application received by the African Court, as its registry lists it (wording kept). */
export interface AfricanCourtCase {
  /** The case number, e.g. '009/2011' (unique in the registry). */
  id: string;
  applicant: string;
  respondents: string[];
  /** Dates as YYYY-MM-DD when the cell holds a possible one, else null; the cell text is kept in *Text. */
  filedOn: string | null;
  decidedOn: string | null;
  filedText: string;
  decisionText: string;
  status: string;
}

const day = isoDayOf;

/**
 * A registry row → AfricanCourtCase:
 * mapReceivedCase({ caseNumber: '011/2011', applicant: 'Rev. Christopher Mtikila', respondents: ['United Republic of Tanzania'],
 *   filedDate: '2011-06-10', decisionDate: '2013-06-14', status: 'Finalized', rowNumber: 12 })
 *   → { id: '011/2011', …, filedOn: '2011-06-10', decidedOn: '2013-06-14', status: 'Finalized' }
 */
export function mapReceivedCase(row: ReceivedCaseRow): AfricanCourtCase {
  return {
    id: row.caseNumber,
    applicant: row.applicant,
    respondents: row.respondents,
    filedOn: day(row.filedDate),
    decidedOn: day(row.decisionDate),
    filedText: row.filedDate,
    decisionText: row.decisionDate,
    status: row.status,
  };
}
