import type { Fetched, SourceFetcher } from '../../adapters/_kit/fetcher.ts';
import {
  CORTEIDH_SUPERVISION_SOURCE,
  createCorteIdhAdapter,
  type CorteIdhAdapter,
  type CorteIdhConfig,
  type SupervisedCase,
  type SupervisionResolution,
} from '../../adapters/corteidh/index.ts';
import { mechanismRefOf } from '../../schema/reference/mechanisms.ts';
import type { Compliance, CountryRef, Decision } from '../../schema/types.ts';
import { NO_FINDINGS } from '../_shared/contract-defaults.ts';
import { filtersApplied, type ContractSource } from '../_shared/contract-source.ts';
import { filteredPage } from '../_shared/filtered-page.ts';
import { provenanceFrom } from '../_shared/provenance.ts';
import { caseNameOf } from '../../adapters/corteidh/index.ts';
import { COURT_OWNER, IA_SYSTEM, toCourtDecision } from './to-contract.ts';

/** The Court's name for the stage, the kind of each of its resolutions. */
export const SUPERVISION_LABEL = 'Supervisión de cumplimiento de sentencia';

/** A case of the supervision listings: under supervision, or archived (the Court closed its supervision). */
export interface SupervisionCaseRead {
  supervised: SupervisedCase;
  closed: boolean;
  fetched: Fetched;
}

/** Both listings read: the cases, the warnings (including an archived listing that could not be read), and evidence. */
export interface SupervisionRead {
  cases: SupervisionCaseRead[];
  fetched: Fetched[];
  warnings: string[];
}

/**
 * Reads the listing of cases under supervision (its failure is the source's failure) and the archived listing (whose
 * failure leaves closed cases out, with a warning: the open ones are still right). A case in both is taken as closed.
 */
export async function readSupervision(adapter: CorteIdhAdapter, fetcher: SourceFetcher): Promise<SupervisionRead> {
  const [active, archived] = await Promise.all([
    adapter.supervision('active', fetcher),
    adapter.supervision('archived', fetcher).catch((err: Error) => err),
  ]);
  const warnings = [...active.warnings];
  const closedCases = archived instanceof Error ? [] : archived.cases;
  if (archived instanceof Error)
    warnings.push(
      `${CORTEIDH_SUPERVISION_SOURCE}: the archived cases' listing was not read, so no case is shown closed: ${archived.message}`,
    );
  else warnings.push(...archived.warnings);
  const closedNames = new Set(closedCases.map((c) => caseNameOf(c.caseName)));
  const cases: SupervisionCaseRead[] = [
    ...active.cases
      .filter((c) => !closedNames.has(caseNameOf(c.caseName)))
      .map((supervised) => ({ supervised, closed: false, fetched: active.fetched })),
    ...(archived instanceof Error ? [] : closedCases.map((supervised) => ({ supervised, closed: true, fetched: archived.fetched }))),
  ];
  return { cases, fetched: archived instanceof Error ? [active.fetched] : [active.fetched, archived.fetched], warnings };
}

function resolutionTitle(c: SupervisedCase, r: SupervisionResolution): string {
  return `Caso ${c.caseName}. ${SUPERVISION_LABEL}. Resolución de ${r.sourceDate ?? r.id}`;
}

/**
 * A case's compliance as the listings give it: PENDING while it is listed under supervision, CLOSED (on its newest
 * resolution's day) once archived; lastAction its newest resolution. The listings publish no finer state.
 */
export function supervisionCompliance(c: SupervisionCaseRead): Compliance {
  const latest = c.supervised.resolutions[0] ?? null;
  return {
    state: c.closed ? 'CLOSED' : 'PENDING',
    label: c.closed ? 'Archivado' : 'En supervisión',
    supervision: null,
    supervisionCode: null,
    leadingCase: null,
    group: null,
    statusCodes: [],
    lastAction: latest ? { symbol: latest.id, title: resolutionTitle(c.supervised, latest), url: latest.url, language: 'es' } : null,
    lastActionOn: latest?.date ?? null,
    lastActionType: latest ? SUPERVISION_LABEL : null,
    closedOn: c.closed ? (latest?.date ?? null) : null,
    provenance: provenanceFrom(IA_SYSTEM, CORTEIDH_SUPERVISION_SOURCE, COURT_OWNER, c.fetched, latest?.url ?? null),
  };
}

/** The supervised cases by case name ('garrido y baigorria'), for the judgments they supervise. */
export function supervisionByCase(cases: readonly SupervisionCaseRead[]): Map<string, SupervisionCaseRead> {
  return new Map(cases.map((c) => [caseNameOf(c.supervised.caseName), c]));
}

/** A Court judgment with the supervision of compliance of its case, matched by case name; unchanged when none is listed. */
export function withSupervision(judgment: Decision, byCase: ReadonlyMap<string, SupervisionCaseRead>): Decision {
  const c = byCase.get(caseNameOf(judgment.title));
  return c ? { ...judgment, compliance: supervisionCompliance(c) } : judgment;
}

/**
 * Each resolution of a case → a Decision of its own (kind OTHER, kindLabel 'Supervisión de cumplimiento de sentencia'),
 * with the case's compliance; the State is the one of the case's judgments, which the listing does not name.
 */
export function toResolutionDecisions(c: SupervisionCaseRead, respondents: readonly CountryRef[]): Decision[] {
  const compliance = supervisionCompliance(c);
  return c.supervised.resolutions.map((r) => ({
    id: `${CORTEIDH_SUPERVISION_SOURCE}:${r.id}`,
    mechanism: mechanismRefOf('ia-iacthr'),
    title: resolutionTitle(c.supervised, r),
    caseNumbers: [],
    respondents: [...respondents],
    date: r.date,
    sourceDate: r.sourceDate,
    kind: 'OTHER',
    kindLabel: SUPERVISION_LABEL,
    articles: [],
    ...NO_FINDINGS,
    url: r.url,
    languages: ['es'],
    caseStatus: null,
    caseStatusLabel: null,
    compliance,
    series: null,
    provenance: provenanceFrom(IA_SYSTEM, CORTEIDH_SUPERVISION_SOURCE, COURT_OWNER, c.fetched, r.url),
    alsoIn: [],
  }));
}

/**
 * The Inter-American Court's resolutions on compliance with its judgments, from its two "casos en supervisión por país"
 * listings (GET, whole), one record per resolution. The listings name no State: each case takes the State of its
 * judgments in the Court's own listing (read for all years, through the same fetcher); a case the judgments' listing
 * does not hold keeps none, and a warning counts them. States and days are filtered here; total is exact.
 */
export function corteIdhSupervisionSource(config: Partial<CorteIdhConfig> = {}): ContractSource {
  const adapter = createCorteIdhAdapter(config);
  return {
    name: CORTEIDH_SUPERVISION_SOURCE,
    system: IA_SYSTEM,
    mechanisms: ['ia-iacthr'],
    canFilterBy: filtersApplied(),
    async decisions(q, ctx) {
      const read = await readSupervision(adapter, ctx.fetcher);
      const warnings = [...read.warnings];
      const states = new Map<string, CountryRef[]>();
      try {
        const listing = await adapter.judgments({ from: null, to: null }, ctx.fetcher);
        for (const j of listing.judgments.map((x) => toCourtDecision(x, listing.fetched, [])))
          states.set(caseNameOf(j.title), j.respondents);
      } catch (err) {
        warnings.push(
          `${CORTEIDH_SUPERVISION_SOURCE}: the judgments' listing was not read, so no case has a State: ${(err as Error).message}`,
        );
      }
      const stateless = read.cases.filter((c) => !states.has(caseNameOf(c.supervised.caseName)));
      if (stateless.length > 0 && states.size > 0)
        warnings.push(
          `${CORTEIDH_SUPERVISION_SOURCE}: ${stateless.length} supervised cases have no judgment in the Court's listing to name their State (${stateless.map((c) => c.supervised.caseName).join(', ')}); kept without one`,
        );
      const rows = read.cases.flatMap((c) => toResolutionDecisions(c, states.get(caseNameOf(c.supervised.caseName)) ?? []));
      const page = filteredPage(rows, q, { countries: (d) => d.respondents, order: (d) => d });
      return { rows: page.rows, total: page.total, fetched: read.fetched, warnings };
    },
  };
}
