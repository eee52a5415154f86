/**
 * "joint visit with …", "joint official visit with …", "joint fact-finding mission with …": the partners' clause, up to
 * a bracket, a semicolon or a full stop (what follows is no longer about the partners).
 */
const JOINT_WITH = /\bjoint\s+(?:[\w-]+\s+){0,2}?(?:visit|mission)\s+with\s+([^();.]+)/i;

/**
 * The partners' clause of a visit's wording, as written (the special procedures' and the ACHPR's visit kinds):
 * jointPartnersOf('official visit (joint visit with the IACHR Special Rapporteur for Freedom of Expression)')
 * === 'the IACHR Special Rapporteur for Freedom of Expression'; jointPartnersOf('joint promotion mission') === null
 * (joint, but with no one named); null for no wording.
 */
export function jointPartnersOf(wording: string | null): string | null {
  return wording?.match(JOINT_WITH)?.[1] ?? null;
}
