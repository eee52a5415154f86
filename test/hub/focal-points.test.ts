import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { MECHANISMS } from '../../schema/reference/mechanisms.ts';
import { SYSTEMS } from '../../schema/systems.ts';
import { focalPointResolvers } from '../../subgraphs/_shared/focal-points.ts';

const FIELDS =
  'mechanismId mechanism { id acronym system } configuredBy office webPage email languages liaisesWith { mechanism { id } basis sourceUrl }';

let hub: ReplayHub;
let dir: string;
beforeAll(async () => {
  // A mechanism hosting its system's subgraph sets its own contact (here the CPT, through the Council of Europe's subgraph).
  dir = mkdtempSync(join(tmpdir(), 'rights-hub-focal-'));
  const file = join(dir, 'focal-points.json');
  writeFileSync(
    file,
    JSON.stringify({
      'coe-cpt': { office: 'CPT Secretariat, Council of Europe', webPage: 'https://www.coe.int/en/web/cpt', languages: ['en', 'fr'] },
    }),
  );
  hub = await startReplayHub({ env: { RH_FOCAL_POINTS_FILE: file } });
}, 60_000);
afterAll(async () => {
  await hub?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ask = async (query: string, variables?: Record<string, unknown>) => {
  const res = await hub.query(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
};

describe('focal points for cooperation', () => {
  it("lists every mechanism's contact, each configured by its own system's subgraph, with no invented email", async () => {
    const { focalPoints } = await ask(`{ focalPoints { ${FIELDS} } }`);
    expect(focalPoints.map((f: any) => f.mechanismId)).toEqual(MECHANISMS.map((m) => m.id));
    const subgraphOf = { UN: 'un', EUROPEAN: 'council-of-europe', INTER_AMERICAN: 'inter-american', AFRICAN: 'african' } as Record<
      string,
      string
    >;
    for (const f of focalPoints) expect(f.configuredBy).toBe(subgraphOf[f.mechanism.system]);
    expect(focalPoints.every((f: any) => f.email === null)).toBe(true); // no source the hub holds publishes one
    expect(focalPoints.find((f: any) => f.mechanismId === 'un-cat')).toMatchObject({
      office: 'OHCHR',
      webPage: 'https://tbinternet.ohchr.org',
      languages: [],
      liaisesWith: [
        { mechanism: { id: 'un-spt' }, basis: expect.stringContaining('joint meeting'), sourceUrl: expect.stringMatching(/^https:/) },
      ],
    });
    // Read through IHRDA only: the hub holds no page of the ACERWC's own.
    expect(focalPoints.find((f: any) => f.mechanismId === 'af-acerwc')).toMatchObject({ office: 'African Union', webPage: null });
  }, 30_000);

  it('filters by system and by mechanism, and is on Mechanism too', async () => {
    const { focalPoints } = await ask(`{ focalPoints(system: INTER_AMERICAN) { ${FIELDS} } }`);
    expect(focalPoints.map((f: any) => f.mechanismId)).toEqual(['ia-iachr', 'ia-iacthr']);
    expect(focalPoints[0]).toMatchObject({
      office: 'Organization of American States',
      webPage: 'https://www.oas.org/en/iachr',
      liaisesWith: [{ mechanism: { id: 'ia-iacthr' } }],
    });
    const one = await ask(`{ focalPoints(mechanism: "af-afchpr") { ${FIELDS} } }`);
    expect(one.focalPoints).toEqual([
      expect.objectContaining({ mechanismId: 'af-afchpr', webPage: 'https://www.african-court.org', configuredBy: 'african' }),
    ]);
    const { mechanisms } = await ask(`{ mechanisms(system: EUROPEAN) { id focalPoints { ${FIELDS} } } }`);
    expect(mechanisms.find((m: any) => m.id === 'coe-ecthr').focalPoints).toEqual([
      expect.objectContaining({
        webPage: 'https://hudoc.echr.coe.int',
        liaisesWith: [expect.objectContaining({ mechanism: { id: 'coe-cm' } })],
      }),
    ]);
  }, 30_000);

  it("takes a mechanism's own settings from the subgraph it hosts (RH_FOCAL_POINTS_FILE)", async () => {
    const { focalPoints } = await ask(`{ focalPoints(mechanism: "coe-cpt") { ${FIELDS} } }`);
    expect(focalPoints[0]).toMatchObject({
      office: 'CPT Secretariat, Council of Europe',
      webPage: 'https://www.coe.int/en/web/cpt',
      email: null,
      languages: ['en', 'fr'],
      configuredBy: 'council-of-europe',
    });
  }, 30_000);

  it('refuses an unknown mechanism, naming the argument, and reads no source', async () => {
    const res = await hub.query('{ focalPoints(mechanism: "nope") { office } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rightsHub: { argument: 'mechanism' } });
  });

  it('refuses an override file that names an unknown mechanism or no office, at start-up', () => {
    const coe = SYSTEMS.find((e) => e.system === 'EUROPEAN')!;
    const write = (content: object) => {
      const file = join(dir, 'bad.json');
      writeFileSync(file, JSON.stringify(content));
      return { RH_FOCAL_POINTS_FILE: file };
    };
    expect(() => focalPointResolvers(coe, {}, write({ 'coe-nope': { office: 'x' } }))).toThrow(/coe-nope is no mechanism id the hub knows/);
    expect(() => focalPointResolvers(coe, {}, write({ 'coe-cpt': { webPage: 'https://www.coe.int/en/web/cpt' } }))).toThrow(
      /coe-cpt.office must be/,
    );
    // Another system's mechanism is left to that system's subgraph.
    const resolvers = focalPointResolvers(coe, {}, write({ 'un-cat': { office: 'OHCHR' } })).FocalPoint as Record<
      string,
      (ref: { mechanismId: string }) => unknown
    >;
    expect(resolvers.coeContact({ mechanismId: 'un-cat' })).toBeNull();
  });
});
