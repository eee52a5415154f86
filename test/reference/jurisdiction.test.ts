import { describe, expect, it } from 'vitest';
import { countryByCode } from '../../schema/reference/countries.ts';
import { COE_CONVENTION_NON_MEMBER_PARTIES, FORMER_COE_MEMBERS } from '../../schema/reference/jurisdiction.ts';
import { outsideJurisdiction } from '../../schema/systems.ts';
import { COE_MEMBERS } from '../../schema/reference/memberships.ts';

describe('which States each system can hold records on', () => {
  it('lists only real ISO 3166 codes of States that are not (or no longer) Council of Europe members', () => {
    for (const code of [...FORMER_COE_MEMBERS, ...COE_CONVENTION_NON_MEMBER_PARTIES]) {
      expect(countryByCode(code)?.alpha3).toBe(code);
      expect(COE_MEMBERS).not.toContain(code);
    }
  });

  it('prunes a regional system only when none of the States asked for is in it', () => {
    expect(outsideJurisdiction('INTER_AMERICAN', ['SVN'])).toBe(
      'it holds records only on OAS member States and American Convention parties, not on SVN',
    );
    expect(outsideJurisdiction('AFRICAN', ['SVN', 'FRA'])).toBe('it holds records only on African Union member States, not on SVN, FRA');
    expect(outsideJurisdiction('EUROPEAN', ['MEX'])).toMatch(/^it holds records only on Council of Europe member States/);
    expect(outsideJurisdiction('EUROPEAN', ['MEX', 'SVN'])).toBeUndefined();
    // Former members and non-member convention parties keep their records: Russia (expelled 2022), Belarus (GRETA).
    expect(outsideJurisdiction('EUROPEAN', ['RUS'])).toBeUndefined();
    expect(outsideJurisdiction('EUROPEAN', ['BLR'])).toBeUndefined();
    // Nicaragua left the OAS but not the American Convention; Western Sahara (SADR) is an AU member.
    expect(outsideJurisdiction('INTER_AMERICAN', ['NIC'])).toBeUndefined();
    expect(outsideJurisdiction('AFRICAN', ['ESH'])).toBeUndefined();
  });

  it('never prunes the UN, nor a query about no State in particular', () => {
    expect(outsideJurisdiction('UN', ['SVN'])).toBeUndefined();
    expect(outsideJurisdiction('AFRICAN', [])).toBeUndefined();
  });
});
