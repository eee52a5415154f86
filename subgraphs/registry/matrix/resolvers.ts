import type { Recommendation, RecordFilter, System } from '../../../schema/types.ts';
import { MATRIX_WINDOWS, MAX_FIRST, badInput, canonicalFilter, echoed, type RecordFilterInput } from '../../../schema/filter.ts';
import { countryByCode } from '../../../schema/reference/countries.ts';
import { SYSTEMS } from '../../../schema/systems.ts';
import type { PartResult, RegistryTrust } from '../page.ts';
import {
  collectList,
  decodeQuestion,
  encodeQuestion,
  questionSources,
  questionStubs,
  type CollectedList,
  type QuestionPart,
} from '../question.ts';
import { matrixOf } from './assemble.ts';

export const MATRIX_PART_FIELDS = Array.from({ length: MATRIX_WINDOWS }, (_, i) => `recommendationParts${i}`);

interface MatrixQuestion {
  country: string;
  filter: RecordFilter;
}
type MatrixRef = { id: string } & Record<string, PartResult[] | string | undefined>;

const partsOf = (q: MatrixQuestion): (QuestionPart & { field: string })[] =>
  MATRIX_PART_FIELDS.map((field, i) => ({ field, kind: 'recommendations', filter: q.filter, offset: i * MAX_FIRST }));

function checkMatrixArgs(args: { country: string; filter?: RecordFilterInput | null }): MatrixQuestion {
  const country = countryByCode(args.country);
  if (!country) throw badInput('country', `unknown country code ${echoed(args.country)}; use ISO 3166 alpha-3 (SVN) or alpha-2 (SI)`);
  if (args.filter?.countries?.length)
    throw badInput('filter.countries', 'the matrix is of one State, set by `country`; leave filter.countries out');
  return { country: country.alpha3, filter: canonicalFilter({ ...args.filter, countries: [country.alpha3] }) };
}

/** Warnings for the systems whose list is longer than the windows read: their cells count only its newest part. */
function truncationWarnings(lists: CollectedList<Recommendation>[], held: Map<System, number>): string[] {
  const read = MATRIX_WINDOWS * MAX_FIRST;
  return SYSTEMS.flatMap(({ system, label }) => {
    const total = lists[0].totals[system];
    const count = held.get(system) ?? 0;
    if (total === undefined || (total !== null && total <= read) || (total === null && count < read)) return [];
    return [
      `The ${label} system holds ${total ?? `at least ${read}`} recommendations for this filter; the matrix counts its newest ${read}.` +
        ' Narrow the filter (from, to, systems, mechanisms) for exact cells.',
    ];
  });
}

/** Query.recommendationMatrix and RecommendationMatrix: validates, names the windows; once the systems answered, counts. */
export function matrixResolvers(trust: RegistryTrust) {
  const answers = new WeakMap<MatrixRef, ReturnType<typeof assemble>>();
  const questionOf = (ref: MatrixRef) => decodeQuestion<MatrixQuestion>('recommendationMatrix', ref.id, trust);
  function assemble(ref: MatrixRef) {
    const q = questionOf(ref);
    const lists = partsOf(q).map((part) => collectList<Recommendation>(part, ref[part.field] as PartResult[] | undefined, trust));
    const records = [...new Map(lists.flatMap((l) => l.items).map((r) => [r.id, r])).values()];
    const matrix = matrixOf(q.filter, records);
    const held = new Map<System, number>();
    for (const r of records) held.set(r.provenance.system, (held.get(r.provenance.system) ?? 0) + 1);
    const truncated = truncationWarnings(lists, held);
    const sources = questionSources(lists, records);
    const empty =
      records.length === 0 ? ['No source the hub reads holds recommendations to this State for this filter (see sources).'] : [];
    return { ...matrix, complete: truncated.length === 0 && sources.every((s) => s.ok), warnings: [...truncated, ...empty], sources };
  }
  const answerOf = (ref: MatrixRef) => {
    let answer = answers.get(ref);
    if (!answer) answers.set(ref, (answer = assemble(ref)));
    return answer;
  };
  const answerField = (name: 'columns' | 'rows' | 'recommendations' | 'complete' | 'warnings' | 'sources') => (ref: MatrixRef) =>
    answerOf(ref)[name];
  return {
    query: (_: unknown, args: { country: string; filter?: RecordFilterInput | null }) => ({
      id: encodeQuestion('recommendationMatrix', checkMatrixArgs(args), trust),
    }),
    RecommendationMatrix: {
      __resolveReference: (ref: MatrixRef) => ref,
      country: (ref: MatrixRef) => countryByCode(questionOf(ref).country),
      ...Object.fromEntries(
        MATRIX_PART_FIELDS.map((field) => [
          field,
          (ref: MatrixRef) =>
            questionStubs(
              partsOf(questionOf(ref)).find((p) => p.field === field)!,
              trust,
            ),
        ]),
      ),
      columns: answerField('columns'),
      rows: answerField('rows'),
      recommendations: answerField('recommendations'),
      complete: answerField('complete'),
      warnings: answerField('warnings'),
      sources: answerField('sources'),
    },
  };
}
