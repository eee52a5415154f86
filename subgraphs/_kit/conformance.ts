/*
 * The conformance check a mechanism runs against its running subgraph (`npm run subgraph:check -- <url>`): what the hub
 * relies on, asked over HTTP as the gateway asks it. Each check passes or fails with a reason; nothing is fixed here.
 */
import { randomBytes } from 'node:crypto';
import { Kind, parse, print, type DocumentNode, type FieldDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import { fetch } from 'undici';
import { CONTRACT_SDL } from '../../schema/index.ts';
import { compareNewestFirst } from '../../schema/merge.ts';
import { canonicalFilter } from '../../schema/filter.ts';
import { encodeScope } from '../../schema/scope.ts';
import { createTokenSigner, type TokenSigner } from '../../schema/signed-token.ts';
import { LIST_KINDS, RECORD_KINDS, SYSTEMS, partTypeName } from '../../schema/systems.ts';
import type { ListKind } from '../../schema/types.ts';

export interface CheckResult {
  check: string;
  ok: boolean;
  detail: string;
}

export interface CheckOptions {
  /** RH_SCOPE_KEY, the hub's key: the check signs its part scopes with it, as the registry does. */
  scopeKey: string;
  /** Per request. Default 30 s. */
  timeoutMs?: number;
}

/** Entities keyed by a plain value, and one the hub knows for each (a system's own SDL may extend Country). */
const KNOWN_KEYS: Record<string, Record<string, string>> = {
  Country: { code: 'SVN' },
  Mechanism: { id: 'coe-ecthr' },
  FocalPoint: { mechanismId: 'coe-ecthr' },
};

/** What each list's records sort by (schema/merge.ts sortDateOf), for the order check. */
const SORT_FIELDS: Record<ListKind, string> = {
  recommendations: 'id issuedOn',
  visits: 'id startDate publishedOn',
  decisions: 'id date',
  communications: 'id date',
  reviews: 'id date',
};

const WINDOW = 20;

// The subgraph's answer as JSON: whatever it holds is checked field by field below.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = { data?: any; errors?: { message: string }[] };

/** Runs every check against the subgraph at `url`, in order; a check that cannot run (an earlier one failed) fails too. */
export async function checkSubgraph(url: string, options: CheckOptions): Promise<CheckResult[]> {
  const tokens = createTokenSigner(options.scopeKey);
  const results: CheckResult[] = [];
  const record = (check: string, ok: boolean, detail: string) => {
    results.push({ check, ok, detail });
    return ok;
  };
  const ask = async (query: string, variables?: object): Promise<Answer> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    return (await res.json()) as Answer;
  };

  let sdl: DocumentNode;
  try {
    const answer = await ask('{ _service { sdl } }');
    const text = answer.data?._service?.sdl;
    if (typeof text !== 'string')
      return [
        ...results,
        { check: 'federation: _service', ok: false, detail: `no _service { sdl }: ${answer.errors?.[0]?.message ?? 'empty answer'}` },
      ];
    sdl = parse(text);
    record('federation: _service', true, 'the subgraph gives its SDL');
  } catch (err) {
    return [{ check: 'federation: _service', ok: false, detail: `no answer at ${url}: ${(err as Error).message}` }];
  }
  const text = print(sdl);
  record('federation: @link', /@link\(\s*url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/.test(text), 'a Federation 2 @link');
  const types = objectTypes(sdl);
  const entry = SYSTEMS.find((e) => RECORD_KINDS.every((k) => types.has(partTypeName(e, k))));
  record(
    'contract: part types',
    entry !== undefined,
    entry
      ? `the ${entry.label} system's part types (${partTypeName(entry, 'visits')} …)`
      : "no system's full set of part types (UnVisitPart …)",
  );
  const drift = contractDrift(types);
  record(
    'contract: record shapes',
    drift.length === 0,
    drift.length === 0 ? 'every contract type as schema/contract.graphql has it' : drift.slice(0, 5).join('; '),
  );
  if (!entry) return results;

  const partQuery = (
    kind: ListKind | 'records',
  ) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${partTypeName(entry, kind)} {
    total sources { system source ok code message } items { ${kind === 'records' ? '__typename' : SORT_FIELDS[kind]} } } } }`;
  const part = async (kind: ListKind | 'records', offset: number, limit: number, signer: TokenSigner = tokens) => {
    const scope = encodeScope({ system: entry.system, kind, filter: canonicalFilter({}), offset, limit }, signer);
    const answer = await ask(partQuery(kind), { r: [{ __typename: partTypeName(entry, kind), scope }] });
    return {
      answer,
      part: answer.data?._entities?.[0] as
        | {
            total: number | null;
            items: { id: string }[] | null;
            sources: { source: string; ok: boolean; code: string | null; message: string | null }[];
          }
        | null
        | undefined,
    };
  };

  const unresolved: string[] = [];
  for (const type of keyedTypes(sdl)) {
    const known = KNOWN_KEYS[type];
    const kind = RECORD_KINDS.find((k) => partTypeName(entry, k) === type);
    if (!known && !kind) {
      unresolved.push(`${type} (no representation known to the check)`);
      continue;
    }
    const got = kind
      ? await part(kind, 0, 1)
      : {
          answer: await ask(`query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`, {
            r: [{ __typename: type, ...known }],
          }),
        };
    const entity = got.answer.data?._entities?.[0];
    if (got.answer.errors || entity === null || entity === undefined)
      unresolved.push(`${type}: ${got.answer.errors?.[0]?.message ?? 'null entity'}`);
  }
  record(
    'federation: every @key resolvable',
    unresolved.length === 0,
    unresolved.length === 0 ? 'each keyed type resolves through _entities' : unresolved.join('; '),
  );

  for (const kind of LIST_KINDS) {
    const first = await part(kind, 0, WINDOW);
    const items = first.part?.items;
    if (!items) {
      record(`paging: ${kind}`, false, `no items: ${first.answer.errors?.[0]?.message ?? 'the part is null'}`);
      continue;
    }
    const failing = (first.part?.sources ?? []).filter((s) => !s.ok);
    if (failing.length > 0) record(`sources: ${kind}`, false, failing.map((s) => `${s.source} ${s.code}: ${s.message}`).join('; '));
    if (items.length === 0) continue;
    const unsorted = items.findIndex((r, i) => i > 0 && compareNewestFirst(items[i - 1], r) > 0);
    record(
      `paging: ${kind} newest first`,
      unsorted < 0,
      unsorted < 0 ? `${items.length} records, date descending then id` : `${items[unsorted - 1].id} comes before ${items[unsorted].id}`,
    );
    const again = (await part(kind, 0, WINDOW)).part?.items ?? [];
    const halves = [
      ...((await part(kind, 0, WINDOW / 2)).part?.items ?? []),
      ...((await part(kind, WINDOW / 2, WINDOW / 2)).part?.items ?? []),
    ];
    const ids = (list: { id: string }[]) => list.map((r) => r.id).join(',');
    const stable = ids(again) === ids(items) && ids(halves) === ids(items);
    record(
      `paging: ${kind} stable`,
      stable,
      stable
        ? 'the same window twice is the same; two half windows make the whole'
        : 'a window read again, or in halves, gives other records',
    );
  }

  const forged = await part('records', 0, 1, createTokenSigner(randomBytes(32)));
  const refused = forged.part?.sources?.find((s) => !s.ok);
  record(
    'status: a failure is a per-source status',
    !forged.answer.errors && refused?.code === 'RH_SUBGRAPH_BAD_SCOPE' && (forged.part?.items ?? []).length === 0,
    refused
      ? `a scope signed with another key: ${refused.code}, no records`
      : `a scope signed with another key gave ${forged.answer.errors ? `an error (${forged.answer.errors[0].message})` : 'no failed status'}`,
  );
  return results;
}

function objectTypes(doc: DocumentNode): Map<string, ObjectTypeDefinitionNode> {
  return new Map(
    doc.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION).map((d) => [d.name.value, d]),
  );
}

/** Types with a resolvable @key (not `resolvable: false`). */
function keyedTypes(doc: DocumentNode): string[] {
  return [...objectTypes(doc).values()]
    .filter((d) =>
      (d.directives ?? []).some(
        (k) =>
          k.name.value === 'key' &&
          !(k.arguments ?? []).some((a) => a.name.value === 'resolvable' && a.value.kind === Kind.BOOLEAN && !a.value.value),
      ),
    )
    .map((d) => d.name.value);
}

const fieldType = (f: FieldDefinitionNode) => print(f.type);

/** Where the subgraph's contract types differ from schema/contract.graphql: a type or field missing, or of another type. */
function contractDrift(types: Map<string, ObjectTypeDefinitionNode>): string[] {
  const drift: string[] = [];
  for (const want of objectTypes(parse(CONTRACT_SDL)).values()) {
    const have = types.get(want.name.value);
    if (!have) {
      drift.push(`type ${want.name.value} missing`);
      continue;
    }
    const fields = new Map((have.fields ?? []).map((f) => [f.name.value, fieldType(f)]));
    for (const f of want.fields ?? []) {
      const got = fields.get(f.name.value);
      if (got !== fieldType(f)) drift.push(`${want.name.value}.${f.name.value} ${got ? `is ${got}, not ${fieldType(f)}` : 'missing'}`);
    }
  }
  return drift;
}
