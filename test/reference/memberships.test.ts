import { describe, expect, it } from 'vitest';
import { countryByCode } from '../../schema/reference/countries.ts';
import { mechanismById } from '../../schema/reference/mechanisms.ts';
import {
  AFCHPR_DIRECT_ACCESS,
  AFCHPR_PROTOCOL_RATIFICATIONS,
  AMERICAN_CONVENTION_PARTIES,
  AU_MEMBERS,
  COE_MEMBERS,
  IACTHR_JURISDICTION,
  OAS_MEMBERS,
  UN_MEMBERS,
  complaintBodiesOf,
  systemsOf,
} from '../../schema/reference/memberships.ts';

const LISTS = {
  UN_MEMBERS,
  COE_MEMBERS,
  OAS_MEMBERS,
  AMERICAN_CONVENTION_PARTIES,
  IACTHR_JURISDICTION,
  AU_MEMBERS,
  AFCHPR_DIRECT_ACCESS,
};

describe('the membership lists', () => {
  it.each(Object.entries(LISTS))('%s holds only real ISO 3166 alpha-3 codes, each once', (_name, codes) => {
    expect(codes.filter((c) => countryByCode(c)?.alpha3 !== c)).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('counts 193 UN members, 46 Council of Europe members, 55 AU members', () => {
    expect([UN_MEMBERS.length, COE_MEMBERS.length, AU_MEMBERS.length]).toEqual([193, 46, 55]);
  });

  it('counts 34 OAS members: the 35 Charter States less Nicaragua, whose withdrawal took effect in November 2023', () => {
    expect(OAS_MEMBERS).toHaveLength(34);
    expect(OAS_MEMBERS).not.toContain('NIC');
    expect(OAS_MEMBERS).toContain('VEN');
  });

  it('counts 23 American Convention parties, 20 of which accept the Court, without Trinidad and Tobago or Venezuela', () => {
    expect(AMERICAN_CONVENTION_PARTIES).toHaveLength(23);
    expect(IACTHR_JURISDICTION).toHaveLength(20);
    expect(IACTHR_JURISDICTION.filter((c) => !AMERICAN_CONVENTION_PARTIES.includes(c))).toEqual([]);
    for (const c of ['TTO', 'VEN']) expect([...AMERICAN_CONVENTION_PARTIES, ...IACTHR_JURISDICTION]).not.toContain(c);
  });

  it('keeps Russia and Belarus out of the Council of Europe', () => {
    expect(COE_MEMBERS).not.toContain('RUS');
    expect(COE_MEMBERS).not.toContain('BLR');
  });

  it('records the Sahrawi Republic as ESH and Morocco as AU members, and only AU members as giving the African Court direct access', () => {
    expect(AU_MEMBERS).toEqual(expect.arrayContaining(['ESH', 'MAR']));
    expect(AFCHPR_DIRECT_ACCESS.filter((c) => !AU_MEMBERS.includes(c))).toEqual([]);
    expect(AFCHPR_DIRECT_ACCESS.length).toBeLessThanOrEqual(AFCHPR_PROTOCOL_RATIFICATIONS);
  });

  it('puts every regional member except the Sahrawi Republic in the UN', () => {
    const regional = [...COE_MEMBERS, ...OAS_MEMBERS, ...AMERICAN_CONVENTION_PARTIES, ...AU_MEMBERS];
    expect([...new Set(regional.filter((c) => !UN_MEMBERS.includes(c)))]).toEqual(['ESH']);
  });
});

describe('systemsOf and complaintBodiesOf', () => {
  it.each([
    ['SVN', ['UN', 'EUROPEAN'], ['coe-ecthr']],
    ['TUR', ['UN', 'EUROPEAN'], ['coe-ecthr']],
    ['MEX', ['UN', 'INTER_AMERICAN'], ['ia-iachr', 'ia-iacthr']],
    ['USA', ['UN', 'INTER_AMERICAN'], ['ia-iachr']],
    ['VEN', ['UN', 'INTER_AMERICAN'], ['ia-iachr']],
    ['NIC', ['UN', 'INTER_AMERICAN'], ['ia-iachr', 'ia-iacthr']],
    ['KEN', ['UN', 'AFRICAN'], ['af-achpr']],
    ['GHA', ['UN', 'AFRICAN'], ['af-achpr', 'af-afchpr']],
    // Tanzania withdrew its Article 34(6) declaration (effective 2020); the Court still decides the cases filed before.
    ['TZA', ['UN', 'AFRICAN'], ['af-achpr', 'af-afchpr']],
    ['MAR', ['UN', 'AFRICAN'], []],
    ['ESH', ['AFRICAN'], ['af-achpr']],
    ['RUS', ['UN'], []],
    ['BLR', ['UN'], []],
    ['PSE', [], []],
    ['XKX', [], []],
  ])('places %s in %j, open to complaints before %j', (code, systems, bodies) => {
    expect(systemsOf(code)).toEqual(systems);
    expect(complaintBodiesOf(code)).toEqual(bodies);
  });

  it('accepts a lower-case code', () => {
    expect(systemsOf('svn')).toEqual(['UN', 'EUROPEAN']);
  });

  it('names only regional mechanisms the hub knows', () => {
    const ids = new Set(UN_MEMBERS.concat(AU_MEMBERS).flatMap(complaintBodiesOf));
    for (const id of ids) expect(mechanismById(id)?.system).toMatch(/^(EUROPEAN|INTER_AMERICAN|AFRICAN)$/);
    expect([...ids].sort()).toEqual(['af-achpr', 'af-afchpr', 'coe-ecthr', 'ia-iachr', 'ia-iacthr']);
  });
});
