import { AMERICAN_CONVENTION_PARTIES, AU_MEMBERS, COE_MEMBERS, OAS_MEMBERS } from './memberships.ts';

/*
 * The States on which each system's sources can hold records: the system's members now, those that were members
 * when records were made on them, and the non-member parties to a convention whose body publishes in that system.
 * A source asked only about other States is not asked at all (subgraphs/_shared/system-slice.ts): it can only
 * answer nothing. Reviewable here, one list per line of reasoning, each with where it comes from.
 */

/**
 * Russia: a Council of Europe member from 28 February 1996 until its expulsion on 16 March 2022 (Committee of
 * Ministers Resolution CM/Res(2022)2); the Court's judgments on it, their execution and the CPT's, ECRI's and GRETA's
 * reports on it stay on HUDOC.
 */
export const FORMER_COE_MEMBERS: readonly string[] = ['RUS'];

/**
 * Belarus: not a member, but a party to the Council of Europe Convention on Action against Trafficking in Human
 * Beings (CETS No. 197; Treaty Office chart of signatures and ratifications: ratified 26 November 2013), so GRETA
 * evaluates it and publishes its reports on HUDOC.
 */
export const COE_CONVENTION_NON_MEMBER_PARTIES: readonly string[] = ['BLR'];

/**
 * The Inter-American system: the OAS members (memberships.ts, from oas.org "Member States") and the parties to the
 * American Convention (memberships.ts), which adds Nicaragua. Trinidad and Tobago and Venezuela, which denounced the
 * Convention, are OAS members, so the Court's judgments on them from before their denunciation are held.
 */
const INTER_AMERICAN: readonly string[] = [...OAS_MEMBERS, ...AMERICAN_CONVENTION_PARTIES];

/** The States a regional system's sources can hold records on, and how a skipped source says so. */
export interface Jurisdiction {
  states: ReadonlySet<string>;
  holds: string;
}

/** Council of Europe members, Russia (records from its membership) and Belarus (GRETA). */
export const EUROPEAN_JURISDICTION: Jurisdiction = {
  states: new Set([...COE_MEMBERS, ...FORMER_COE_MEMBERS, ...COE_CONVENTION_NON_MEMBER_PARTIES]),
  holds: 'it holds records only on Council of Europe member States (and Russia, Belarus)',
};

export const INTER_AMERICAN_JURISDICTION: Jurisdiction = {
  states: new Set(INTER_AMERICAN),
  holds: 'it holds records only on OAS member States and American Convention parties',
};

/**
 * The African system: the 55 African Union members (memberships.ts), every State its Commission, Court and the
 * sub-regional courts IHRDA collects can hold records on.
 */
export const AFRICAN_JURISDICTION: Jurisdiction = {
  states: new Set(AU_MEMBERS),
  holds: 'it holds records only on African Union member States',
};

/**
 * Why a jurisdiction's sources cannot hold a record on any of these States (alpha-3 codes), or undefined when they
 * may (always for a system of every State, the UN's: no jurisdiction; and for no States):
 * outsideOf(INTER_AMERICAN_JURISDICTION, ['SVN']) → 'it holds records only on OAS member States …, not on SVN'.
 */
export function outsideOf(jurisdiction: Jurisdiction | undefined, countries: readonly string[]): string | undefined {
  if (!jurisdiction || countries.length === 0 || countries.some((c) => jurisdiction.states.has(c))) return undefined;
  return `${jurisdiction.holds}, not on ${countries.join(', ')}`;
}
