import { readFileSync } from 'node:fs';
import { contactFieldOf, type SystemEntry } from '../../schema/systems.ts';
import type { FocalPointContact } from '../../schema/types.ts';
import { mechanismById, mechanismRefOf } from '../../schema/reference/mechanisms.ts';

/**
 * Focal points for cooperation: each system subgraph answers FocalPoint.<prefix>Contact for its own mechanisms from its
 * configuration (subgraphs/<system>/focal-points.ts); the registry shows the contact of the mechanism's own system only.
 * A mechanism hosting its system's subgraph sets its own with RH_FOCAL_POINTS_FILE (JSON: mechanism id → contact).
 */

/** The FocalPoint entity as a system subgraph contributes to it. */
export function focalPointSdl(entry: SystemEntry): string {
  return `type FocalPoint @key(fields: "mechanismId") {\n  mechanismId: ID!\n  ${contactFieldOf(entry)}: FocalPointContact @inaccessible\n}`;
}

/** What a system's focal-points file says for one mechanism, with the liaisons by mechanism id. */
export interface FocalPointEntry extends Omit<FocalPointContact, 'liaisesWith'> {
  liaisesWith: { mechanism: string; basis: string; sourceUrl: string | null }[];
}

/** A contact from its configuration entry; a mechanism id the hub does not know is a configuration error and throws. */
function contactOf(entry: FocalPointEntry): FocalPointContact {
  return { ...entry, liaisesWith: entry.liaisesWith.map((l) => ({ ...l, mechanism: mechanismRefOf(l.mechanism) })) };
}

/** The override file's entries for this system's mechanisms (another system's subgraph takes its own), checked. */
function overridesFrom(entry: SystemEntry, file: string | undefined): Record<string, FocalPointEntry> {
  if (!file) return {};
  let raw: Record<string, Partial<FocalPointEntry>>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`RH_FOCAL_POINTS_FILE: ${file} could not be read as JSON (${(err as Error).message})`);
  }
  for (const id of Object.keys(raw))
    if (!mechanismById(id)) throw new Error(`RH_FOCAL_POINTS_FILE: ${id} is no mechanism id the hub knows`);
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([id]) => mechanismById(id)!.system === entry.system)
      .map(([id, e]) => {
        if (typeof e.office !== 'string' || !e.office.trim())
          throw new Error(`RH_FOCAL_POINTS_FILE: ${id}.office must be the office's name`);
        return [
          id,
          {
            office: e.office,
            webPage: e.webPage ?? null,
            email: e.email ?? null,
            languages: e.languages ?? [],
            liaisesWith: e.liaisesWith ?? [],
          },
        ];
      }),
  );
}

/** The system subgraph's FocalPoint resolvers: its configuration, with RH_FOCAL_POINTS_FILE's entries in place of its own. */
export function focalPointResolvers(entry: SystemEntry, config: Readonly<Record<string, FocalPointEntry>>, env: NodeJS.ProcessEnv) {
  const contacts = new Map(
    Object.entries({ ...config, ...overridesFrom(entry, env.RH_FOCAL_POINTS_FILE) }).map(([id, e]) => [id, contactOf(e)]),
  );
  return {
    FocalPoint: {
      __resolveReference: ({ mechanismId }: { mechanismId: string }) => ({ mechanismId }),
      [contactFieldOf(entry)]: ({ mechanismId }: { mechanismId: string }) => contacts.get(mechanismId) ?? null,
    },
  };
}
