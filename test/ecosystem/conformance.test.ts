import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { serverAudits } from 'graphql-http';
import { Kind, parse, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { createTokenSigner } from '../../schema/signed-token.ts';

/**
 * The ecosystem's own checks, in the suite: the GraphQL-over-HTTP server audit (graphql-http) at the gateway and at
 * every subgraph, and the Federation subgraph essentials (`_service`, `@link` v2, `_entities` for every resolvable key).
 */

/** What plain @apollo/server 5 itself gets short of "ok": three MAYs and three SHOULDs it chooses otherwise. */
const APOLLO_SERVER_OWN = new Set(['5A70', 'D6D5', '6A70', '572B', 'FDE2', '7B9B']);

/** The registry's questions, whose answers are entities keyed by a signed id the registry makes. */
const QUESTIONS: Record<string, string> = {
  SameMatterResult: 'sameMatter(input: { respondents: ["MWI"] })',
  VisitForecast: 'visitForecast(months: 1)',
  RecommendationMatrix: 'recommendationMatrix(country: "SVN")',
};

/** The key the hub signs with here, so that the test can make the one key only a record's resolver builds (Recommendation.relatedKey). */
const SCOPE_KEY = 'conformance-test-key-of-32-characters-or-more';
const relatedKey = createTokenSigner(SCOPE_KEY).sign('question', {
  version: 1,
  question: 'related',
  args: { text: 'Interim follow-up conclusions', themes: ['B3'], countries: ['BGR'], mechanism: 'coe-ecri' },
});

/** Representations of the entities keyed by a plain id; the parts (keyed by scope) are asked of the registry. */
const KNOWN_KEYS: Record<string, Record<string, string>> = {
  Country: { __typename: 'Country', code: 'SVN' },
  Mechanism: { __typename: 'Mechanism', id: 'coe-ecthr' },
  FocalPoint: { __typename: 'FocalPoint', mechanismId: 'coe-cpt' },
  Recommendation: { __typename: 'Recommendation', relatedKey },
};

describe('conformance', () => {
  let hub: ReplayHub;
  let targets: [string, string][];
  beforeAll(async () => {
    hub = await startReplayHub({ env: { RH_SCOPE_KEY: SCOPE_KEY } });
    targets = [
      ['gateway', `${hub.hub.gateway.origin}/graphql`],
      ...[...hub.hub.subgraphs].map(([name, s]) => [name, s.url] as [string, string]),
    ];
  });
  afterAll(() => hub.close());

  it('passes the graphql-http server audit with nothing beyond plain @apollo/server’s own notices and warnings', async () => {
    for (const [name, url] of targets) {
      const results = await Promise.all(
        serverAudits({ url, fetchFn: fetch as never }).map(async (audit) => ({ ...(await audit.fn()), id: audit.id })),
      );
      const notOk = results.filter((r) => r.status !== 'ok');
      expect(notOk.filter((r) => r.status === 'error').map((r) => `${name}: ${r.name}`)).toEqual([]);
      expect(notOk.filter((r) => !APOLLO_SERVER_OWN.has(r.id)).map((r) => `${name}: ${r.status} ${r.name}`)).toEqual([]);
      expect(results.length).toBeGreaterThan(50);
    }
  }, 60_000);

  const ask = async (url: string, query: string, variables?: unknown) =>
    (await (
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })
    ).json()) as { data?: any; errors?: unknown[] };

  it('every subgraph: _service with a Federation 2 @link, and _entities for every resolvable @key', async () => {
    const registryUrl = hub.hub.subgraphs.get('registry')!.url;
    for (const [name, url] of targets.filter(([n]) => n !== 'gateway')) {
      const service = await ask(url, '{ _service { sdl } }');
      const sdl: string = service.data._service.sdl;
      expect(sdl, name).toMatch(/@link\(\s*url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+"/);
      const keyed = parse(sdl).definitions.filter(
        (d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
          (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) &&
          (d.directives ?? []).some(
            (k) =>
              k.name.value === 'key' &&
              !(k.arguments ?? []).some((a) => a.name.value === 'resolvable' && a.value.kind === Kind.BOOLEAN && !a.value.value),
          ),
      );
      expect(keyed.length, name).toBeGreaterThan(0);
      for (const type of keyed) {
        const representation: Record<string, string> = KNOWN_KEYS[type.name.value] ?? (await builtByRegistry(registryUrl, type.name.value));
        const keyField = Object.keys(representation).find((k) => k !== '__typename')!;
        const res = await ask(url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type.name.value} { ${keyField} } } }`, {
          r: [representation],
        });
        expect(res.errors, `${name} ${type.name.value}`).toBeUndefined();
        expect(res.data._entities[0][keyField], `${name} ${type.name.value}`).toBe(representation[keyField]);
      }
    }
  }, 60_000);

  /** A page's or a part's representation as the registry itself builds it (so its id or scope is one the hub made). */
  async function builtByRegistry(registryUrl: string, typename: string): Promise<Record<string, string>> {
    const question = QUESTIONS[typename];
    if (question) return { __typename: typename, id: (await ask(registryUrl, `{ q: ${question} { id } }`)).data.q.id };
    const parts = typename.endsWith('Part') ? `parts { __typename ... on ${typename} { scope } }` : '';
    for (const list of ['recommendations', 'visits', 'decisions', 'communications', 'reviews', 'records']) {
      // A part type spreads only into its own list's parts: the other lists refuse the query, and are passed over.
      const page = (await ask(registryUrl, `{ ${list}(filter: { countries: ["SVN"] }, first: 1) { __typename id ${parts} } }`)).data?.[
        list
      ];
      if (page?.__typename === typename) return { __typename: typename, id: page.id };
      const part = page?.parts?.find((p: { __typename: string; scope?: string }) => p.__typename === typename && p.scope);
      if (part) return part;
    }
    throw new Error(`the registry built no ${typename}`);
  }
});
