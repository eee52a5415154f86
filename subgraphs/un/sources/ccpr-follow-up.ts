import type { Fetched } from '../../../adapters/_kit/fetcher.ts';
import {
  CCPR_FOLLOW_UP_DEFAULTS,
  createCcprFollowUpAdapter,
  documentsFromEnv,
  SOURCE,
  type CcprFollowUpConfig,
  type GradedPart,
  type ParagraphAssessment,
  type StateAssessment,
} from '../../../adapters/ccpr-follow-up/index.ts';
import { ccprFollowUpCheck } from '../../../adapters/ccpr-follow-up/check.ts';
import { downloadUrl } from '../../../adapters/tbinternet/index.ts';
import { tbinternetReplay } from '../../../adapters/tbinternet/replay.ts';
import { urlVariableOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { TBINTERNET } from './tbinternet.ts';
import type { AdapterPage } from '../../../adapters/_kit/types.ts';
import { mechanismRefOf } from '../../../schema/reference/mechanisms.ts';
import type { DocumentRef, FollowUp, FollowUpGrade, FollowUpPart, Recommendation } from '../../../schema/types.ts';
import { filtersApplied, type ContractQuery, type ContractSource, type SourceContext } from '../../_shared/contract-source.ts';
import { countryRefOf } from '../../_shared/country-ref.ts';
import { filteredPage } from '../../_shared/filtered-page.ts';
import { provenanceFrom } from '../../_shared/provenance.ts';

export const CCPR_FOLLOW_UP = SOURCE;

/** Both scales to the contract's: the letter decides; B1/B2, C1/C2, D1/D2 refine it. */
const GRADES: Record<string, FollowUpGrade> = {
  A: 'SATISFACTORY',
  B: 'PARTIAL',
  C: 'NOT_SATISFACTORY',
  D: 'NO_INFORMATION',
  E: 'CONTRARY',
};

/** followUpGrade('B2') === 'PARTIAL'; followUpGrade('C') === 'NOT_SATISFACTORY'; followUpGrade('F') === 'UNKNOWN' */
export function followUpGrade(raw: string): FollowUpGrade {
  return GRADES[raw.charAt(0).toUpperCase()] ?? 'UNKNOWN';
}

/** A paragraph's grade over its parts: the lowest on the scale (A best … E worst), as the weakest part is what remains to do. */
function paragraphGrade(parts: readonly GradedPart[]): FollowUpGrade {
  const worst = parts
    .map((p) => p.grade.charAt(0))
    .sort()
    .at(-1);
  return worst ? followUpGrade(worst) : 'UNKNOWN';
}

/** The assessment's (or the concluding observations') document on the Treaty Body Database. */
function documentRef(baseUrl: string, symbol: string): DocumentRef {
  return { symbol, title: null, url: downloadUrl({ baseUrl }, symbol), language: 'en' };
}

/**
 * One paragraph the Committee assessed, as the assessment's own record: the hub holds no other record of the paragraph
 * (UHRI's records carry no paragraph number to match), so the Recommendation is built from the assessment's quotation
 * of it, says so in quotedFrom, and carries the grades in followUp.
 * toFollowUpRecommendation(botswana22, …) → { id: 'ccpr-follow-up:CCPR/C/145/2/Add.1:CCPR/C/BWA/CO/2:22', issuedOn: '2021-11-01',
 *   followUp: { grade: 'PARTIAL', label: '[B]', assessedOn: '2026-05-11', assesses: { symbol: 'CCPR/C/BWA/CO/2',
 * paragraph: '22', … }, gradedParts: [{ label: '[B]', … }] }, … }
 */
export function toFollowUpRecommendation(
  assessment: { symbol: string; issuedOn: string | null },
  state: StateAssessment & { coSymbol: string },
  p: ParagraphAssessment,
  fetched: Fetched,
  baseUrl: string,
  warnings: string[],
): Recommendation {
  const assessedIn = documentRef(baseUrl, assessment.symbol);
  const co = documentRef(baseUrl, state.coSymbol);
  const parts: FollowUpPart[] = p.parts.map((part) => ({
    grade: followUpGrade(part.grade),
    label: `[${part.grade}]`,
    subparagraphs: part.subparagraphs,
    text: part.text,
  }));
  const followUp: FollowUp = {
    grade: paragraphGrade(p.parts),
    label: parts.map((part) => part.label).join(''),
    assessedOn: assessment.issuedOn,
    document: assessedIn,
    assesses: { symbol: state.coSymbol, paragraph: p.paragraph, adoptedOn: state.coDate, url: co.url },
    gradedParts: parts,
  };
  const isoInSymbol = state.coSymbol.split('/')[2];
  return {
    id: `${CCPR_FOLLOW_UP}:${assessment.symbol}:${state.coSymbol}:${p.paragraph}`,
    text: p.recommendation,
    issuedOn: state.coDate,
    sourceDate: null,
    mechanism: mechanismRefOf('un-ccpr'),
    mechanismLabel: 'Human Rights Committee',
    // The assessments' own word for the paragraphs they take up ("Follow-up paragraphs: 22, 26 and 30").
    annotationType: p.title ? `Follow-up paragraph: ${p.title}` : 'Follow-up paragraph',
    countries: [countryRefOf(state.state ?? isoInSymbol, warnings, isoInSymbol)],
    themes: [],
    sdgs: [],
    affectedPersons: [],
    document: co,
    statePosition: null,
    recommendingStates: [],
    uprCycle: null,
    uprSession: null,
    followUp,
    quotedFrom: assessedIn,
    provenance: provenanceFrom('UN', CCPR_FOLLOW_UP, 'OHCHR', fetched, assessedIn.url),
  };
}

/** Free text matched, case-insensitively, in the quotation, the title and the Committee's evaluation. */
function mentions(r: Recommendation, text: string | null): boolean {
  if (!text) return true;
  const needle = text.toLowerCase();
  return [r.text, r.annotationType ?? '', ...(r.followUp?.gradedParts ?? []).map((p) => p.text ?? '')].some((t) =>
    t.toLowerCase().includes(needle),
  );
}

/**
 * The Human Rights Committee's follow-up grades (RH_CCPR_FOLLOW_UP_DOCUMENTS, read from the documents' PDFs): one
 * Recommendation per concluding-observations paragraph assessed, dated by its concluding observations, its followUp the
 * Committee's grades. The reports configured for the query's States are read whole and filtered here.
 * await ccprFollowUpSource({ baseUrl }).recommendations!({ …q, countries: ['BWA'] }, ctx) → rows: ¶22, ¶26, ¶30 of CCPR/C/BWA/CO/2
 */
export function ccprFollowUpSource(config: Partial<CcprFollowUpConfig> = {}): ContractSource {
  const adapter = createCcprFollowUpAdapter(config);

  async function recommendations(q: ContractQuery, ctx: SourceContext): Promise<AdapterPage<Recommendation>> {
    const read = await adapter.read(q.countries, ctx.fetcher);
    const warnings = [...read.warnings];
    const all = read.documents.flatMap(({ symbol, document, fetched }) =>
      document.states.flatMap((state) => {
        const { coSymbol } = state;
        if (coSymbol === null) {
          warnings.push(
            `${CCPR_FOLLOW_UP}: ${symbol} (${state.state ?? 'unnamed State'}): no concluding observations symbol read; its ${state.paragraphs.length} graded paragraphs are not shown`,
          );
          return [];
        }
        return state.paragraphs.map((p) =>
          toFollowUpRecommendation(
            { symbol, issuedOn: document.issuedOn },
            { ...state, coSymbol },
            p,
            fetched,
            adapter.config.baseUrl,
            warnings,
          ),
        );
      }),
    );
    const page = filteredPage(
      all.filter((r) => mentions(r, q.text)),
      q,
      { countries: (r) => r.countries, order: (r) => ({ date: r.issuedOn, id: r.id }) },
    );
    return { rows: page.rows, total: read.complete ? page.total : null, fetched: read.fetched, warnings: [...new Set(warnings)] };
  }

  return { name: CCPR_FOLLOW_UP, system: 'UN', mechanisms: ['un-ccpr'], canFilterBy: filtersApplied('text'), recommendations };
}

/**
 * The follow-up reports are Treaty Body Database documents: RH_CCPR_FOLLOW_UP_URL, else RH_TBINTERNET_URL, else the
 * live site; RH_CCPR_FOLLOW_UP_DOCUMENTS names them with their States ("CCPR/C/145/2/Add.1=BWA,…"; default the
 * recorded ones). The replay serves them on a mount of their own so that a test can fail them alone.
 */
export const CCPR_FOLLOW_UP_SOURCE: SourceDeclaration = {
  name: SOURCE,
  system: 'UN',
  defaultUrl: CCPR_FOLLOW_UP_DEFAULTS.baseUrl,
  sources: (env) => {
    const baseUrl = env[urlVariableOf(CCPR_FOLLOW_UP_SOURCE)] || env[urlVariableOf(TBINTERNET)];
    const documents = documentsFromEnv(env.RH_CCPR_FOLLOW_UP_DOCUMENTS);
    return [ccprFollowUpSource({ ...(baseUrl && { baseUrl }), ...(documents && { documents }) })];
  },
  checks: () => [ccprFollowUpCheck(CCPR_FOLLOW_UP_DEFAULTS, SOURCE)],
  replay: { mount: () => tbinternetReplay() },
  fixtures: [SOURCE],
  readme: {
    source: 'Human Rights Committee follow-up reports (Treaty Body Database documents)',
    adapter: SOURCE,
    reads:
      "the Committee's follow-up grades (`Recommendation.followUp`): each report's `Download.aspx?symbolno=` lists its files, the English PDF is read with PDF.js, and per State and concluding-observations paragraph the grades (A–E, and the older B1/B2, C1/C2, D1/D2), each graded part with its subparagraphs and text, the report's date and the paragraph it assesses (`followUp.assesses`); the reports read are named in `RH_CCPR_FOLLOW_UP_DOCUMENTS`",
  },
};
