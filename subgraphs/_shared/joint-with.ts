import type { MechanismRef } from '../../schema/types.ts';
import { mechanismRefOf, mechanismsNamedIn } from '../../schema/reference/mechanisms.ts';

/**
 * The other mechanisms a visit's partners' clause (adapters/_kit/joint-with.ts, jointPartnersOf) names (Visit.jointWith),
 * once each, in the order named. A partner named without its system is taken to be the page's own mechanism, like the
 * visit's own mechanism it is not listed: on the UN page, "the Special Rapporteur on …" is another special-procedure
 * mandate, i.e. un-sp again.
 * jointWithIn('the IACHR Special Rapporteur for Freedom of Expression', 'un-sp') → [{ id: 'ia-iachr', … }]
 * jointWithIn(null, 'af-achpr') → [] (joint with no one named, or not joint)
 */
export function jointWithIn(partners: string | null, self: string): MechanismRef[] {
  return mechanismsNamedIn(partners ?? '')
    .filter((m) => m.id !== self)
    .map((m) => mechanismRefOf(m.id));
}
