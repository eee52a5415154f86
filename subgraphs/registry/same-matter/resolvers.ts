import type { Communication, Decision } from '../../../schema/types.ts';
import type { PartResult, RegistryTrust } from '../page.ts';
import { collectList, decodeQuestion, encodeQuestion, questionSources, questionStubs, type QuestionPart } from '../question.ts';
import { checkSameMatterInput, sameMatterFilter, type SameMatterInputArgs, type SameMatterQuestion } from './input.ts';
import { rankCandidates, type SameMatterCandidate } from './score.ts';

interface SameMatterRef {
  id: string;
  decisionParts?: PartResult[];
  communicationParts?: PartResult[];
}

/** Decisions (judgments, views, pending cases) and communications of every system, for the States and period asked. */
const partsOf = (q: SameMatterQuestion): QuestionPart[] => [
  { field: 'decisionParts', kind: 'decisions', filter: sameMatterFilter(q) },
  { field: 'communicationParts', kind: 'communications', filter: sameMatterFilter(q) },
];

/** Query.sameMatter and SameMatterResult: validates, names the parts; once the systems answered, ranks. */
export function sameMatterResolvers(trust: RegistryTrust) {
  const answers = new WeakMap<SameMatterRef, { candidates: SameMatterCandidate[]; sources: ReturnType<typeof questionSources> }>();
  const answerOf = (ref: SameMatterRef) => {
    let answer = answers.get(ref);
    if (!answer) {
      const q = decodeQuestion<SameMatterQuestion>('sameMatter', ref.id, trust);
      const lists = partsOf(q).map((part) =>
        collectList<Decision | Communication>(part, ref[part.field as 'decisionParts' | 'communicationParts'], trust),
      );
      const candidates = rankCandidates(
        q,
        lists.flatMap((l) => l.items),
      );
      answer = {
        candidates,
        sources: questionSources(
          lists,
          candidates.map((c) => c.record),
        ),
      };
      answers.set(ref, answer);
    }
    return answer;
  };
  const stubs = (field: string) => (ref: SameMatterRef) => {
    const part = partsOf(decodeQuestion<SameMatterQuestion>('sameMatter', ref.id, trust)).find((p) => p.field === field)!;
    return questionStubs(part, trust);
  };
  return {
    query: (_: unknown, { input }: { input: SameMatterInputArgs }) => ({
      id: encodeQuestion('sameMatter', checkSameMatterInput(input), trust),
    }),
    SameMatterResult: {
      __resolveReference: (ref: SameMatterRef) => ref,
      decisionParts: stubs('decisionParts'),
      communicationParts: stubs('communicationParts'),
      candidates: (ref: SameMatterRef) => answerOf(ref).candidates,
      sources: (ref: SameMatterRef) => answerOf(ref).sources,
    },
  };
}
