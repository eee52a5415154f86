import type { System } from '../types.ts';
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

/**
 * Each regional system's States; the UN's sources take every State (no list: a UN source is always asked).
 * The African system: the 55 African Union members (memberships.ts), every State its Commission, Court and the
 * sub-regional courts IHRDA collects can hold records on.
 */
const REGIONAL: Record<Exclude<System, 'UN'>, ReadonlySet<string>> = {
  EUROPEAN: new Set([...COE_MEMBERS, ...FORMER_COE_MEMBERS, ...COE_CONVENTION_NON_MEMBER_PARTIES]),
  INTER_AMERICAN: new Set(INTER_AMERICAN),
  AFRICAN: new Set(AU_MEMBERS),
};

/** How a skipped source says whose records it holds. */
const HOLDS: Record<Exclude<System, 'UN'>, string> = {
  EUROPEAN: 'it holds records only on Council of Europe member States (and Russia, Belarus)',
  INTER_AMERICAN: 'it holds records only on OAS member States and American Convention parties',
  AFRICAN: 'it holds records only on African Union member States',
};

/**
 * Why a system's sources cannot hold a record on any of these States (alpha-3 codes), or undefined when they may
 * (always for the UN, and for no States):
 * outsideJurisdiction('INTER_AMERICAN', ['SVN']) → 'it holds records only on OAS member States …, not on SVN';
 * outsideJurisdiction('EUROPEAN', ['MEX', 'SVN']) === undefined; outsideJurisdiction('UN', ['SVN']) === undefined.
 */
export function outsideJurisdiction(system: System, countries: readonly string[]): string | undefined {
  if (system === 'UN' || countries.length === 0 || countries.some((c) => REGIONAL[system].has(c))) return undefined;
  return `${HOLDS[system]}, not on ${countries.join(', ')}`;
}
