import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { buildRegistrySchema } from '../../subgraphs/registry/index.ts';
import { buildSourceSubgraph, type SourceSubgraph, type SourceSubgraphContext } from '../../subgraphs/_shared/source-subgraph.ts';
import { createSourceRuntime, type SourceRuntime } from '../../subgraphs/_shared/runtime.ts';
import { SYSTEM_SOURCES, sourceNamesBySystem } from '../../subgraphs/systems.ts';
import { systemEntry } from '../../schema/systems.ts';
import { encodeScope } from '../../schema/scope.ts';
import { canonicalFilter } from '../../schema/filter.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { recordedSources, replayEnvironment } from '../../replay/recorded.ts';

const UN_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on UnRecommendationPart { scope total items { id issuedOn statePosition { value } } sources { source ok total } }
} }`;
const COE_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on CoeDecisionPart { scope total items { id date title } sources { source ok total } }
} }`;

function single(res: Awaited<ReturnType<ApolloServer['executeOperation']>>) {
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return res.body.singleResult;
}

describe('each subgraph alone, in process', () => {
  let replay: ReplayServer;
  let runtime: SourceRuntime;
  let indexDir: string;
  const served = new Map<string, { server: ApolloServer<SourceSubgraphContext>; subgraph: SourceSubgraph }>();

  beforeAll(async () => {
    replay = await startReplayServer(recordedSources());
    indexDir = mkdtempSync(join(tmpdir(), 'rights-hub-subgraph-'));
    runtime = createSourceRuntime();
    for (const name of ['un', 'council-of-europe']) {
      const entry = systemEntry(name === 'un' ? 'UN' : 'EUROPEAN');
      const subgraph = buildSourceSubgraph(entry, SYSTEM_SOURCES[name](replayEnvironment(replay, indexDir)), runtime);
      const server = new ApolloServer<SourceSubgraphContext>({ schema: subgraph.schema });
      await server.start();
      served.set(name, { server, subgraph });
    }
  });
  afterAll(async () => {
    for (const { server } of served.values()) await server.stop();
    await runtime.close();
    await replay.close();
    rmSync(indexDir, { recursive: true, force: true });
  });

  const scope = (kind: 'recommendations' | 'decisions', countries: string[], offset = 0, limit = 3) =>
    encodeScope(
      { system: kind === 'decisions' ? 'EUROPEAN' : 'UN', kind, filter: canonicalFilter({ countries }), offset, limit },
      runtime.tokens,
    );

  it('the UN subgraph resolves a recommendations part from its scope alone', async () => {
    const { server, subgraph } = served.get('un')!;
    const res = single(
      await server.executeOperation(
        {
          query: UN_ENTITIES,
          variables: { r: [{ __typename: 'UnRecommendationPart', scope: scope('recommendations', ['SVN'], 250, 3) }] },
        },
        { contextValue: subgraph.context() },
      ),
    );
    expect(res.errors).toBeUndefined();
    const [part] = (res.data as { _entities: { total: number; items: { id: string }[]; sources: unknown[] }[] })._entities;
    expect(part.total).toBe(254);
    // All 254 share the report's date, so the order within it is by id: items 251–253 of the list. They are OHCHR's
    // thematic list's, with the report's symbol and their number as id; UHRI's copies of them are not served again.
    expect(part.items.map((i) => i.id)).toEqual([
      'upr-ohchr:A/HRC/59/15:140.96',
      'upr-ohchr:A/HRC/59/15:140.97',
      'upr-ohchr:A/HRC/59/15:140.98',
    ]);
    expect(part.sources).toEqual([
      { source: 'ccpr-follow-up', ok: true, total: 0 },
      { source: 'uhri', ok: true, total: 0 },
      { source: 'upr-ohchr', ok: true, total: 254 },
    ]);
  });

  it('the Council of Europe subgraph merges its sources into one part, newest first', async () => {
    const { server, subgraph } = served.get('council-of-europe')!;
    const res = single(
      await server.executeOperation(
        { query: COE_ENTITIES, variables: { r: [{ __typename: 'CoeDecisionPart', scope: scope('decisions', ['SVN'], 0, 10) }] } },
        { contextValue: subgraph.context() },
      ),
    );
    const [part] = (res.data as { _entities: { total: number; items: { id: string; date: string }[]; sources: unknown[] }[] })._entities;
    expect(part.items.map((i) => i.id)).toEqual([
      'hudoc-echr:001-242070',
      'hudoc-esc:2023/def/SVN/31/1/EN',
      'hudoc-esc:2023/def/SVN/31/2/EN',
      'hudoc-esc:2023/def/SVN/31/3/EN',
    ]);
    expect(part.total).toBe(4);
    expect(part.sources).toEqual([
      { source: 'hudoc-echr', ok: true, total: 1 },
      { source: 'hudoc-exec', ok: true, total: 0 },
      { source: 'hudoc-esc', ok: true, total: 3 },
    ]);
  });

  it('a source subgraph answers a scope it did not make with a status, not a crash', async () => {
    const { server, subgraph } = served.get('council-of-europe')!;
    const res = single(
      await server.executeOperation(
        { query: COE_ENTITIES, variables: { r: [{ __typename: 'CoeDecisionPart', scope: 'forged' }] } },
        { contextValue: subgraph.context() },
      ),
    );
    const [part] = (res.data as { _entities: { items: unknown[]; sources: { ok: boolean }[] }[] })._entities;
    expect(part.items).toEqual([]);
    expect(part.sources).toEqual([{ source: 'council-of-europe', ok: false, total: null }]);
  });

  it('the registry alone opens a page: an id and one part stub per system, nothing fetched', async () => {
    const registry = new ApolloServer({ schema: buildRegistrySchema({ tokens: runtime.tokens, sourcesOf: sourceNamesBySystem({}) }) });
    await registry.start();
    const hitsBefore = replay.hits('hudoc-echr').length;
    const res = single(
      await registry.executeOperation({
        query:
          '{ decisions(filter: { countries: ["SVN"] }, first: 5) { id } country(code: "si") { code alpha2 name region systems complaintBodies { id } } }',
      }),
    );
    await registry.stop();
    expect(res.errors).toBeUndefined();
    const data = res.data as { decisions: { id: string }; country: unknown };
    expect(data.decisions.id).toMatch(/^[\w-]+$/);
    expect(data.country).toEqual({
      code: 'SVN',
      alpha2: 'SI',
      name: 'Slovenia',
      region: 'Europe',
      systems: ['UN', 'EUROPEAN'],
      complaintBodies: [{ id: 'coe-ecthr' }],
    });
    expect(replay.hits('hudoc-echr').length).toBe(hitsBefore);
  });
});
