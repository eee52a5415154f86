import type { Communication, Decision, Provenance } from '../../../schema/types.ts';
import {
  INSTRUMENT_OF_MECHANISM,
  parseRightReference,
  rightsOfArticle,
  type Instrument,
} from '../../../schema/reference/rights-concordance.ts';
import { compareNewestFirst } from '../../../schema/merge.ts';
import { matchPerson, termsOf, type NameMatchKind } from './names.ts';
import type { SameMatterQuestion } from './input.ts';

export type SameMatterCriterion = 'SAME_PERSON' | 'SAME_STATE' | 'SAME_FACTS' | 'SAME_RIGHTS' | 'SAME_PERIOD';

/**
 * The points each criterion gives; a candidate's score is the sum of its reasons' points (at most 100). The SDL
 * (SameMatterCandidate.score) and the README's "Asking questions" state the same numbers.
 */
export const WEIGHTS = {
  SAME_PERSON: { EXACT: 40, PHONETIC: 32, PARTIAL: 24, INITIALS: 16 } satisfies Record<NameMatchKind, number>,
  SAME_STATE: 20,
  /** At most; in proportion to the asked terms found, counting at most 5 terms. */
  SAME_FACTS: 20,
  SAME_RIGHTS: 15,
  SAME_PERIOD: 5,
} as const;

/** How many of the facts' terms must be found for the full SAME_FACTS points. */
const FULL_FACTS_TERMS = 5;

export interface SameMatterReason {
  criterion: SameMatterCriterion;
  points: number;
  /** What was asked: the name, State, right, facts terms or period as the question gave it. */
  asked: string;
  /** What in the record matched, in the record's own words. */
  matched: string;
  /** How it matched, e.g. 'EXACT', 'PHONETIC', 'INITIALS', 'concordance: Right to life', '2 of 4 terms'. */
  how: string;
}

export interface SameMatterCandidate {
  record: Decision | Communication;
  score: number;
  reasons: SameMatterReason[];
  heldBy: Provenance[];
}

type Candidate = Decision | Communication;
const isDecision = (r: Candidate): r is Decision => 'respondents' in r;

/** The applicant's side of a case title ('Tsatsu Tsikata' of '322/06 Tsatsu Tsikata v Ghana'), where the title has two sides. */
function applicantSide(title: string): string {
  return title.split(/\s+(?:v\.?|vs\.?|versus|contre|c\.)\s+/i)[0];
}

function personText(r: Candidate): string {
  return isDecision(r) ? applicantSide(r.title) : [r.summary ?? '', r.code].join(' ');
}

function factsText(r: Candidate): string {
  return isDecision(r)
    ? [r.title, r.conclusion ?? '', r.kindLabel ?? '', ...r.violations].join(' ')
    : [r.summary ?? '', r.typeLabel ?? '', ...r.mandateLabels].join(' ');
}

function mechanismIds(r: Candidate): string[] {
  return isDecision(r) ? [r.mechanism.id] : r.mechanisms.map((m) => m.id);
}

function personReason(q: SameMatterQuestion, r: Candidate): SameMatterReason | undefined {
  const text = personText(r);
  const matches = q.persons.map((name) => matchPerson(name, text)).filter((m) => m !== undefined);
  const best = matches.sort((a, b) => WEIGHTS.SAME_PERSON[b.kind] - WEIGHTS.SAME_PERSON[a.kind])[0];
  return (
    best && { criterion: 'SAME_PERSON', points: WEIGHTS.SAME_PERSON[best.kind], asked: best.asked, matched: best.matched, how: best.kind }
  );
}

function stateReason(q: SameMatterQuestion, r: Candidate): SameMatterReason | undefined {
  const states = isDecision(r) ? r.respondents : r.countries;
  const state = states.find((c) => c.code !== null && q.respondents.includes(c.code));
  return state && { criterion: 'SAME_STATE', points: WEIGHTS.SAME_STATE, asked: state.code!, matched: state.name, how: 'respondent State' };
}

function factsReason(q: SameMatterQuestion, r: Candidate): SameMatterReason | undefined {
  if (!q.facts) return undefined;
  const asked = termsOf(q.facts);
  const found = termsOf(factsText(r));
  const common = [...asked.keys()].filter((stem) => found.has(stem));
  if (asked.size === 0 || common.length === 0) return undefined;
  const needed = Math.min(FULL_FACTS_TERMS, asked.size);
  return {
    criterion: 'SAME_FACTS',
    points: Math.round(WEIGHTS.SAME_FACTS * Math.min(1, common.length / needed)),
    asked: common.map((s) => asked.get(s)).join(', '),
    matched: common.map((s) => found.get(s)).join(', '),
    how: `${common.length} of ${asked.size} terms of the facts`,
  };
}

/** The rights pair: an asked article and a record's article in one concordance row ('ICCPR 7' ↔ 'ECHR 3'). */
function rightsReason(q: SameMatterQuestion, r: Candidate): SameMatterReason | undefined {
  if (!isDecision(r) || q.rights.length === 0) return undefined;
  const instrument: Instrument | undefined = INSTRUMENT_OF_MECHANISM[r.mechanism.id];
  if (!instrument) return undefined;
  const recordRights = r.articles.flatMap((article) => rightsOfArticle(instrument, article).map((hit) => ({ article, hit })));
  for (const asked of q.rights) {
    const parsed = parseRightReference(asked)!;
    const askedRows = new Set(rightsOfArticle(parsed.instrument, parsed.article).map((hit) => hit.row.right));
    const pair = recordRights.find(({ hit }) => askedRows.has(hit.row.right));
    if (pair)
      return {
        criterion: 'SAME_RIGHTS',
        points: WEIGHTS.SAME_RIGHTS,
        asked,
        matched: `${instrument} ${pair.article}`,
        how: `concordance: ${pair.hit.row.label} (${instrument} ${pair.hit.cited.article}: ${pair.hit.cited.cites})`,
      };
  }
  return undefined;
}

function periodReason(q: SameMatterQuestion, r: Candidate): SameMatterReason | undefined {
  if ((!q.from && !q.to) || !r.date || (q.from && r.date < q.from) || (q.to && r.date > q.to)) return undefined;
  return {
    criterion: 'SAME_PERIOD',
    points: WEIGHTS.SAME_PERIOD,
    asked: `${q.from ?? '…'} to ${q.to ?? '…'}`,
    matched: r.date,
    how: 'dated within the period',
  };
}

const CRITERIA = [personReason, stateReason, factsReason, rightsReason, periodReason];

/**
 * The candidates, best first: every record the systems returned for those States (the excluded mechanisms' left out),
 * each with its reasons and their sum; ties newest first. At most q.first.
 */
export function rankCandidates(q: SameMatterQuestion, records: Candidate[]): SameMatterCandidate[] {
  const seen = new Set<string>();
  const candidates: SameMatterCandidate[] = [];
  for (const record of records) {
    if (seen.has(record.id) || mechanismIds(record).some((id) => q.excludeMechanisms.includes(id))) continue;
    seen.add(record.id);
    const reasons = CRITERIA.map((criterion) => criterion(q, record)).filter((r) => r !== undefined);
    if (reasons.length === 0) continue;
    const heldBy = [record.provenance, ...(isDecision(record) ? record.alsoIn : [])];
    candidates.push({ record, score: reasons.reduce((sum, r) => sum + r.points, 0), reasons, heldBy });
  }
  return candidates.sort((a, b) => b.score - a.score || compareNewestFirst(a.record, b.record)).slice(0, q.first);
}
