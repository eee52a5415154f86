import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { expectNoLeak, medianMs } from './leaks.ts';

// Every failure before GraphQL runs, at the gateway and straight at a subgraph: one JSON error shape, no leak, fast.
let hub: ReplayHub;
let targets: [string, string][];
beforeAll(async () => {
  hub = await startReplayHub();
  targets = [
    ['gateway', `${hub.hub.gateway.origin}/graphql`],
    ['registry', hub.hub.subgraphs.get('registry')!.url],
    ['un', hub.hub.subgraphs.get('un')!.url],
  ];
}, 60_000);
afterAll(() => hub?.close());

const json = { 'content-type': 'application/json' };
const ATTACKS: { name: string; headers: Record<string, string>; body: string; status: number; code: string }[] = [
  { name: 'malformed JSON', headers: json, body: '{"query": ', status: 400, code: 'RH_HTTP_BAD_JSON' },
  { name: 'a null body', headers: json, body: 'null', status: 400, code: 'RH_HTTP_BAD_JSON' },
  {
    name: 'a body over the limit',
    headers: json,
    body: JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(2_200_000) }),
    status: 413,
    code: 'RH_HTTP_BODY_TOO_LARGE',
  },
  {
    name: 'a wrong charset',
    headers: { 'content-type': 'application/json; charset=utf-16' },
    body: '{}',
    status: 415,
    code: 'RH_HTTP_UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'a bogus content-encoding',
    headers: { ...json, 'content-encoding': 'bogus' },
    body: '{}',
    status: 415,
    code: 'RH_HTTP_UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'a wrong content type',
    headers: { 'content-type': 'text/plain' },
    body: '{"query":"{ __typename }"}',
    status: 415,
    code: 'RH_HTTP_UNSUPPORTED_MEDIA_TYPE',
  },
  {
    name: 'several operations without operationName',
    headers: json,
    body: JSON.stringify({ query: 'query A { __typename } query B { __typename }' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
];

const post = async (url: string, headers: Record<string, string>, body: string) => {
  const res = await request(url, { method: 'POST', headers, body });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
};

describe.each(ATTACKS)('$name', ({ headers, body, status, code }) => {
  it('is refused with a GraphQL-over-HTTP error in JSON, without a stack, a path or an internal URL, as fast as a plain query', async () => {
    for (const [, url] of targets) {
      const res = await post(url, headers, body);
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(JSON.parse(res.text)).toEqual({
        errors: [expect.objectContaining({ message: expect.any(String), extensions: expect.objectContaining({ code }) })],
      });
      expectNoLeak(res.text);
      const baseline = await medianMs(() => post(url, json, JSON.stringify({ query: '{ __typename }' })));
      const refusal = await medianMs(() => post(url, headers, body));
      // A generous bound (the 2 MB body must still be sent): the attacks that leaked took the same time, so this checks
      // that no refusal does work out of proportion to its size.
      expect(refusal / Math.max(baseline, 1)).toBeLessThan(body.length > 1e6 ? 200 : 20);
    }
  }, 60_000);
});

describe('the HTTP surface', () => {
  it('answers an unknown path with a JSON 404 and no x-powered-by', async () => {
    const res = await request(`${hub.hub.gateway.origin}/nothing-here`);
    expect(res.statusCode).toBe(404);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(await res.body.json()).toMatchObject({ errors: [{ extensions: { code: 'RH_HTTP_NOT_FOUND' } }] });
  });

  it('echoes a 900 KB bad country code as a short prefix only', async () => {
    const code = 'Q'.repeat(900_000);
    const res = await post(
      `${hub.hub.gateway.origin}/graphql`,
      json,
      JSON.stringify({ query: 'query($c: ID!) { country(code: $c) { name } }', variables: { c: code } }),
    );
    expect(res.text.length).toBeLessThan(2_000);
    expect(JSON.parse(res.text).errors[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('(900000 characters)'),
    });
    const filter = await post(
      `${hub.hub.gateway.origin}/graphql`,
      json,
      JSON.stringify({ query: 'query($c: [ID!]) { decisions(filter: { countries: $c }) { totalCount } }', variables: { c: [code] } }),
    );
    expect(filter.text.length).toBeLessThan(2_000);
  });
});
