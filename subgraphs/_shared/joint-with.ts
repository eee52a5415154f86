import type { MechanismRef } from '../../schema/types.ts';
import { mechanismRefOf, mechanismsNamedIn } from '../../schema/reference/mechanisms.ts';

/**
 * "joint visit with …", "joint official visit with …", "joint fact-finding mission with …": the partners' clause, up to
 * a bracket, a semicolon or a full stop (what follows is no longer about the partners).
 */
const JOINT_WITH = /\bjoint\s+(?:[\w-]+\s+){0,2}?(?:visit|mission)\s+with\s+([^();.]+)/i;

/**
 * The other mechanisms a visit's wording names as its joint partners (Visit.jointWith), once each, in the order named.
 * A partner named without its system is taken to be the page's own mechanism, like the visit's own mechanism it is not
 * listed: on the UN page, "the Special Rapporteur on …" is another special-procedure mandate, i.e. un-sp again.
 * jointWithIn('official visit (joint visit with the IACHR Special Rapporteur for Freedom of Expression)', 'un-sp') → [{ id: 'ia-iachr', … }]
 * jointWithIn('joint promotion mission', 'af-achpr') → [] (joint, but with no one named)
 */
export function jointWithIn(wording: string | null, self: string): MechanismRef[] {
  const clause = wording?.match(JOINT_WITH)?.[1] ?? '';
  return mechanismsNamedIn(clause)
    .filter((m) => m.id !== self)
    .map((m) => mechanismRefOf(m.id));
}
