import type { MechanismRef } from '../../schema/types.ts';
import { mechanismNamedIn, mechanismRefOf } from '../../schema/reference/mechanisms.ts';

/** "joint visit with …", "joint official visit with …", "joint mission with …": the partners, to the end of the clause. */
const JOINT_WITH = /\bjoint\s+(?:official\s+)?(?:visit|mission)\s+with\s+([^()]+)/i;
/** Partners are listed "A and the B" or "A; B" (mandate names hold "and" too: "opinion and expression"). */
const PARTNER_SEPARATOR = /;|,?\s+and\s+(?=the\b)/i;

/**
 * The other mechanisms a visit's wording names as its joint partners (Visit.jointWith), once each, in the order named.
 * A partner named without its system is taken to be the page's own mechanism, like the visit's own mechanism it is not
 * listed: on the UN page, "the Special Rapporteur on …" is another special-procedure mandate, i.e. un-sp again.
 * jointWithIn('official visit (joint visit with the IACHR Special Rapporteur for Freedom of Expression)', 'un-sp') → [{ id: 'ia-iachr', … }]
 * jointWithIn('joint promotion mission', 'af-achpr') → [] (joint, but with no one named)
 */
export function jointWithIn(wording: string | null, self: string): MechanismRef[] {
  const partners = wording?.match(JOINT_WITH)?.[1].split(PARTNER_SEPARATOR) ?? [];
  const ids = new Set(partners.map((p) => mechanismNamedIn(p)?.id).filter((id): id is string => id !== undefined && id !== self));
  return [...ids].map((id) => mechanismRefOf(id));
}
