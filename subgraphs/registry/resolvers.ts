import type { RecordKind, System } from '../../schema/types.ts';
import { RECORD_KINDS, SYSTEMS, recordTypeOf, HUB_RECORD_RESOLVERS } from '../../schema/systems.ts';
import { ISO_COUNTRIES, countryByCode, type IsoCountry } from '../../schema/reference/countries.ts';
import { MECHANISMS, mechanismById } from '../../schema/reference/mechanisms.ts';
import { UHRI_THEMES } from '../../schema/reference/themes.ts';
import { complaintBodiesOf, systemsOf } from '../../schema/reference/memberships.ts';
import { badInput, canonicalFilter, checkFirst, echoed, type RecordFilterInput } from '../../schema/filter.ts';
import { withQuestions } from './questions.ts';
import { focalPointResolvers } from './focal-points.ts';
import { todayFrom, type Today } from './forecast/window.ts';
import {
  assemblePage,
  decodePageId,
  encodePageId,
  pageStateFor,
  partsOf,
  type AssembledPage,
  type PartResult,
  type RegistryTrust,
} from './page.ts';

interface PageArgs {
  filter?: RecordFilterInput | null;
  first?: number | null;
  after?: string | null;
}
interface PageRef {
  id: string;
  parts?: PartResult[];
}

/** The first resolver of a list query: validates everything, fetches nothing, returns the page id. */
function openPage(trust: RegistryTrust, kind: RecordKind, args: PageArgs, forced: Partial<RecordFilterInput> = {}): PageRef {
  const filter = canonicalFilter({ ...args.filter, ...forced });
  const first = checkFirst(args.first);
  return { id: encodePageId(pageStateFor(kind, filter, first, args.after, trust), trust) };
}

/** Each page's merge runs once however many of its fields are asked for. */
const assembled = new WeakMap<PageRef, AssembledPage>();

function pageResolvers(trust: RegistryTrust) {
  const assembledOf = (page: PageRef): AssembledPage => {
    let result = assembled.get(page);
    if (!result) {
      result = assemblePage(decodePageId(page.id, trust), page.parts ?? [], trust);
      assembled.set(page, result);
    }
    return result;
  };
  return {
    __resolveReference: (ref: PageRef) => ref,
    parts: (page: PageRef) => partsOf(decodePageId(page.id, trust), trust),
    nodes: (page: PageRef) => assembledOf(page).nodes,
    endCursor: (page: PageRef) => assembledOf(page).endCursor,
    hasNextPage: (page: PageRef) => assembledOf(page).hasNextPage,
    totalCount: (page: PageRef) => assembledOf(page).totalCount,
    totalUnknownFrom: (page: PageRef) => assembledOf(page).totalUnknownFrom,
    sources: (page: PageRef) => assembledOf(page).sources,
  };
}

function countryOrThrow(code: string, argument: string): IsoCountry {
  const country = countryByCode(code);
  if (!country) throw badInput(argument, `unknown country code ${echoed(code)}; use ISO 3166 alpha-3 (SVN) or alpha-2 (SI)`);
  return country;
}

const countryFields = (trust: RegistryTrust) => ({
  __resolveReference: ({ code }: { code: string }) => countryByCode(code) ?? null,
  code: (c: IsoCountry) => c.alpha3,
  systems: (c: IsoCountry) => systemsOf(c.alpha3),
  complaintBodies: (c: IsoCountry) =>
    complaintBodiesOf(c.alpha3)
      .map((id) => mechanismById(id))
      .filter(Boolean),
  ...Object.fromEntries(
    RECORD_KINDS.map((kind) => [kind, (c: IsoCountry, args: PageArgs) => openPage(trust, kind, args, { countries: [c.alpha3] })]),
  ),
});

/**
 * The registry's resolvers; `trust` signs the page ids, cursors and part scopes, and says whose statuses to believe;
 * `today` is the visit forecast's clock (todayFrom: RH_TODAY pins it).
 */
export const registryResolvers = (trust: RegistryTrust, today: Today = todayFrom(process.env)) =>
  withQuestions(trust, today, {
    Query: {
      ...Object.fromEntries(RECORD_KINDS.map((kind) => [kind, (_: unknown, args: PageArgs) => openPage(trust, kind, args)])),
      country: (_: unknown, { code }: { code: string }) => countryOrThrow(code, 'code'),
      countries: (_: unknown, { system }: { system?: System | null }) =>
        ISO_COUNTRIES.filter((c) => !system || systemsOf(c.alpha3).includes(system)),
      mechanisms: (_: unknown, { system }: { system?: System | null }) => MECHANISMS.filter((m) => !system || m.system === system),
      themes: () => UHRI_THEMES,
      systems: () => SYSTEMS.map((s) => ({ system: s.system, name: s.label, subgraph: s.subgraph })),
      focalPoints: focalPointResolvers.query,
    },
    Country: countryFields(trust),
    HubRecord: HUB_RECORD_RESOLVERS,
    Mechanism: {
      __resolveReference: ({ id }: { id: string }) => mechanismById(id) ?? null,
      focalPoints: focalPointResolvers.mechanismField,
    },
    FocalPoint: focalPointResolvers.FocalPoint,
    ...Object.fromEntries(
      RECORD_KINDS.flatMap((kind) => [
        [`${recordTypeOf(kind)}Page`, pageResolvers(trust)],
        [`${recordTypeOf(kind)}Part`, { __resolveType: (part: { __typename: string }) => part.__typename }],
      ]),
    ),
  });
