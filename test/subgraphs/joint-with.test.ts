import { describe, expect, it } from 'vitest';
import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import type { SpVisitRecord } from '../../adapters/spinternet/index.ts';
import { mechanismsNamedIn } from '../../schema/reference/mechanisms.ts';
import { jointWithIn } from '../../subgraphs/_shared/joint-with.ts';
import { jointPartnersOf } from '../../adapters/_kit/joint-with.ts';
import { toSpVisit } from '../../subgraphs/un/to-contract.ts';

const FETCHED: Fetched = {
  url: 'https://spinternet.ohchr.org/ViewCountryVisits.aspx?visitType=all&Lang=en',
  body: '',
  contentType: 'text/html',
  fetchedAt: '2026-03-25T07:21:15.000Z',
  fromCache: false,
  stale: false,
  latencyMs: 3,
};

/** The Mexico 2010 row of the country-visits fixture, as the adapter maps it. */
const MEXICO_2010: SpVisitRecord = {
  country: 'Mexico',
  mandate: 'Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression',
  statusLabel: 'completed',
  status: 'COMPLETED',
  typeLabel: 'official visit (joint visit with the IACHR Special Rapporteur for Freedom of Expression)',
  type: 'ON_SITE',
  jointPartners: 'the IACHR Special Rapporteur for Freedom of Expression',
  startDate: '2010-08-09',
  endDate: '2010-08-24',
  year: 2010,
  sourceDates: null,
  reportSymbol: 'A/HRC/17/27/Add.3',
  reportLabel: 'A/HRC/17/27/Add.3',
};

const ids = (wording: string | null, self: string) => jointWithIn(jointPartnersOf(wording), self).map((m) => m.id);
const named = (text: string) => mechanismsNamedIn(text).map((m) => m.id);

describe('the mechanism a source names in running text', () => {
  it('knows the regional commissions and the UN special procedures by the names the visit pages use', () => {
    expect(named('the IACHR Special Rapporteur for Freedom of Expression')).toEqual(['ia-iachr']);
    expect(named('the Special Rapporteur for Freedom of Expression of the Inter-American Commission on Human Rights')).toEqual([
      'ia-iachr',
    ]);
    expect(named('the ACHPR Special Rapporteur on Human Rights Defenders in Africa')).toEqual(['af-achpr']);
    expect(named('the UN Special Rapporteur on the situation of human rights defenders')).toEqual(['un-sp']);
    expect(named('the United Nations Working Group on Arbitrary Detention')).toEqual(['un-sp']);
  });

  it('does not guess the system of a mandate named without one', () => {
    expect(named('the Special Rapporteur on the right to food')).toEqual([]);
    expect(named('the Special Rapporteur on Human Rights Defenders in Africa')).toEqual([]);
  });
});

describe('Visit.jointWith from a visit’s wording', () => {
  it('names the other system’s mechanism after "joint visit with", not the visit’s own', () => {
    expect(ids('official visit (joint visit with the IACHR Special Rapporteur for Freedom of Expression)', 'un-sp')).toEqual(['ia-iachr']);
    expect(ids('joint visit with the UN Special Rapporteur on the situation of human rights defenders', 'af-achpr')).toEqual(['un-sp']);
    expect(ids('joint visit with the UN Special Rapporteur on the situation of human rights defenders', 'un-sp')).toEqual([]);
  });

  it('is [] for a visit that is not joint, or joint with no one named, and for a joint report', () => {
    expect(ids('mission', 'un-sp')).toEqual([]);
    expect(ids(null, 'un-sp')).toEqual([]);
    expect(ids('joint promotion mission', 'af-achpr')).toEqual([]);
    expect(ids('A/HRC/27/48/Add.2-5 (joint range)', 'un-sp')).toEqual([]);
  });

  it('reads several partners, once each, without splitting a mandate name at its own "and"', () => {
    const wording =
      'country visit (joint visit with the Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression ' +
      'and the IACHR Special Rapporteur for Freedom of Expression; the Inter-American Commission on Human Rights)';
    expect(ids(wording, 'un-sp')).toEqual(['ia-iachr']);
    expect(ids('joint visit with the IACHR and ACHPR Special Rapporteurs', 'un-sp')).toEqual(['ia-iachr', 'af-achpr']);
    expect(named('the IACHR and ACHPR Special Rapporteurs')).toEqual(['ia-iachr', 'af-achpr']);
  });

  it('reads the kinds of joint visit the bodies write, and stops at the end of the partners’ clause', () => {
    expect(ids('joint fact-finding mission with the UN Special Rapporteur on the situation of human rights defenders', 'af-achpr')).toEqual(
      ['un-sp'],
    );
    expect(ids('joint country visit with the ACHPR Special Rapporteur on Human Rights Defenders in Africa', 'un-sp')).toEqual(['af-achpr']);
    expect(ids('joint visit with the ACHPR Special Rapporteur; follow-up by the IACHR in 2014', 'un-sp')).toEqual(['af-achpr']);
  });
});

describe('a special-procedures visit in contract terms', () => {
  it('gives the Mexico 2010 joint visit the IACHR as its partner', () => {
    expect(toSpVisit(MEXICO_2010, FETCHED, FETCHED.url).jointWith).toEqual([
      { id: 'ia-iachr', acronym: 'IACHR', name: 'Inter-American Commission on Human Rights', system: 'INTER_AMERICAN' },
    ]);
  });

  it('gives a visit joint with other UN mandates only no partner: every mandate is the one un-sp mechanism (mandateLabels names the row’s own)', () => {
    // The hub models the special procedures as one mechanism (schema/reference/mechanisms.ts: un-sp), so another UN
    // mandate on the same visit is not "another mechanism": jointWith stays [] and the partners stay in typeLabel.
    const unOnly = {
      ...MEXICO_2010,
      typeLabel: 'official visit (joint visit with the UN Special Rapporteur on the situation of human rights defenders)',
      jointPartners: 'the UN Special Rapporteur on the situation of human rights defenders',
    };
    expect(toSpVisit(unOnly, FETCHED, FETCHED.url)).toMatchObject({
      mechanism: { id: 'un-sp' },
      jointWith: [],
      mandateLabels: [MEXICO_2010.mandate],
      typeLabel: unOnly.typeLabel,
    });
  });
});
