import type { FocalPointContact, System } from '../../schema/types.ts';
import { SYSTEMS, contactFieldOf } from '../../schema/systems.ts';
import { MECHANISMS, mechanismById, type Mechanism } from '../../schema/reference/mechanisms.ts';
import { selectionOf } from '../../schema/index.ts';
import { badInput, echoed } from '../../schema/filter.ts';

/**
 * The focal points as the registry shows them: a FocalPoint per mechanism, whose fields are those of the contact the
 * mechanism's own system's subgraph configures (its <prefix>Contact, @requires); what another system's subgraph says of
 * it is not believed. Every system is asked in parallel; none reads a source.
 */

const CONTACT_FIELDS = SYSTEMS.map(contactFieldOf);
const REQUIRES = `@requires(fields: "${CONTACT_FIELDS.map((f) => `${f} ${selectionOf('FocalPointContact')}`).join(' ')}")`;

export const FOCAL_POINT_SDL = `"""
A mechanism's public cooperation contact, as its own system's subgraph configures it (or a mechanism hosting that
subgraph). Only what the mechanism publishes about itself; never a person's name; what no source states is null.
"""
type FocalPoint @key(fields: "mechanismId") {
  "The mechanism's id (Query.mechanisms)."
  mechanismId: ID!
${CONTACT_FIELDS.map((f) => `  ${f}: FocalPointContact @external`).join('\n')}
  mechanism: Mechanism!
  "The subgraph whose configuration this is (the mechanism's own system's); null when it did not answer or configures none."
  configuredBy: String ${REQUIRES}
  "The office or secretariat that serves the mechanism and publishes its records."
  office: String ${REQUIRES}
  "The mechanism's own public web page: the site the hub reads its records from."
  webPage: String ${REQUIRES}
  "A public functional email, only where the mechanism publishes one (none of the sources the hub holds does: null)."
  email: String ${REQUIRES}
  "Languages of work as the mechanism states them; empty where no source the hub holds states them."
  languages: [String!]! ${REQUIRES}
  "Mechanisms it liaises with, each with the published fact that shows it."
  liaisesWith: [FocalPointLiaison!]! ${REQUIRES}
}`;

type FocalPointRef = { mechanismId: string } & Record<string, FocalPointContact | null | undefined>;

/** The contact of the mechanism's own system's subgraph, or null. */
function contactOf(ref: FocalPointRef): { subgraph: string; contact: FocalPointContact } | null {
  const entry = SYSTEMS.find((s) => s.system === mechanismById(ref.mechanismId)?.system);
  const contact = entry && ref[contactFieldOf(entry)];
  return entry && contact ? { subgraph: entry.subgraph, contact } : null;
}

const refOf = (m: Mechanism) => ({ mechanismId: m.id });

export const focalPointResolvers = {
  query: (_: unknown, { system, mechanism }: { system?: System | null; mechanism?: string | null }) => {
    if (mechanism && !mechanismById(mechanism)) throw badInput('mechanism', `unknown mechanism ${echoed(mechanism)}; see Query.mechanisms`);
    return MECHANISMS.filter((m) => (!system || m.system === system) && (!mechanism || m.id === mechanism)).map(refOf);
  },
  mechanismField: (m: Mechanism) => [refOf(m)],
  FocalPoint: {
    __resolveReference: (ref: FocalPointRef) => ref,
    mechanism: (ref: FocalPointRef) => mechanismById(ref.mechanismId),
    configuredBy: (ref: FocalPointRef) => contactOf(ref)?.subgraph ?? null,
    office: (ref: FocalPointRef) => contactOf(ref)?.contact.office ?? null,
    webPage: (ref: FocalPointRef) => contactOf(ref)?.contact.webPage ?? null,
    email: (ref: FocalPointRef) => contactOf(ref)?.contact.email ?? null,
    languages: (ref: FocalPointRef) => contactOf(ref)?.contact.languages ?? [],
    liaisesWith: (ref: FocalPointRef) => contactOf(ref)?.contact.liaisesWith ?? [],
  },
};
