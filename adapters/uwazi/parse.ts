import { SourceInsaneError, SourceParseError } from '../_kit/errors.ts';
import { parseSourceJson } from '../_kit/body-shape.ts';

/** One metadata value as Uwazi returns it: `{ value, label }` for thesauri and relationships, `{ value }` for text, numbers and dates. */
export interface UwaziMetadataValue {
  value: unknown;
  label?: string;
}

/**
 * One Uwazi entity as `/api/search` returns it (the fields the hub reads). Dates in metadata are unix seconds;
 * `creationDate` is epoch milliseconds.
 */
export interface UwaziEntity {
  sharedId: string;
  title: string;
  template: string;
  language: string | null;
  creationDate: number | null;
  published: boolean | null;
  metadata: Record<string, UwaziMetadataValue[]>;
}

/** `/api/search`'s answer: one page of entities and the count for the whole query. */
export interface UwaziSearchResult {
  rows: UwaziEntity[];
  totalRows: number;
}

/** A template property as `/api/templates` describes it: `content` is the thesaurus id of select/multiselect properties. */
export interface UwaziProperty {
  name: string;
  label: string | null;
  type: string;
  content: string | null;
}

export interface UwaziTemplate {
  _id: string;
  name: string;
  properties: UwaziProperty[];
}

/** A thesaurus value; groups hold their own `values`. */
export interface UwaziThesaurusValue {
  id: string;
  label: string;
  values?: UwaziThesaurusValue[];
}

export interface UwaziThesaurus {
  _id: string;
  name: string;
  values: UwaziThesaurusValue[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** `{ rows: [...] }`, the envelope of every Uwazi list endpoint, or RH_SOURCE_PARSE naming what came instead. */
function rowsOf(body: string, source: string, url: string): { envelope: Record<string, unknown>; rows: unknown[] } {
  const envelope = parseSourceJson(body, source, url, "Uwazi's JSON");
  if (!isObject(envelope) || !Array.isArray(envelope.rows))
    throw new SourceParseError(`${source}: expected Uwazi's {"rows": [...]} envelope (GET ${url})`, source, { url });
  return { envelope, rows: envelope.rows };
}

function metadataOf(raw: unknown): Record<string, UwaziMetadataValue[]> {
  const out: Record<string, UwaziMetadataValue[]> = {};
  if (!isObject(raw)) return out;
  for (const [key, values] of Object.entries(raw)) {
    if (!Array.isArray(values)) continue;
    out[key] = values.filter(isObject).map((v) => (typeof v.label === 'string' ? { value: v.value, label: v.label } : { value: v.value }));
  }
  return out;
}

/** One search row as a UwaziEntity; `template` may come as a string or as Mongo's `{"$oid": …}` (database dumps). */
function entityOf(row: Record<string, unknown>): UwaziEntity {
  const template = isObject(row.template) ? str(row.template.$oid) : str(row.template);
  return {
    sharedId: str(row.sharedId) ?? '',
    title: str(row.title) ?? '',
    template: template ?? '',
    language: str(row.language),
    creationDate: typeof row.creationDate === 'number' ? row.creationDate : null,
    published: typeof row.published === 'boolean' ? row.published : null,
    metadata: metadataOf(row.metadata),
  };
}

/**
 * `/api/search`'s body → entities and totalRows.
 * parseUwaziSearch('{"rows":[{"sharedId":"h7d4ud9p40ewncj2jucndygb9","title":"135/94 Kenya Human Rights Commission v
 * Kenya",…}],"totalRows":1}', 'ihrda-achpr', url)
 *   → { rows: [{ sharedId: 'h7d4ud9p40ewncj2jucndygb9', … }], totalRows: 1 }
 * A page of rows without a sharedId means the API changed: RH_SOURCE_INSANE.
 */
export function parseUwaziSearch(body: string, source: string, url: string): UwaziSearchResult {
  const { envelope, rows } = rowsOf(body, source, url);
  if (typeof envelope.totalRows !== 'number')
    throw new SourceParseError(`${source}: the search answer has no totalRows (GET ${url})`, source, { url });
  const entities = rows.filter(isObject).map(entityOf);
  if (entities.length > 0 && entities.every((e) => !e.sharedId))
    throw new SourceInsaneError(`${source}: no search row has a sharedId; has the Uwazi API changed? (GET ${url})`, source, { url });
  return { rows: entities, totalRows: envelope.totalRows };
}

/** `/api/templates`'s body → templates with their properties (name, type, thesaurus id in `content`). */
export function parseUwaziTemplates(body: string, source: string, url: string): UwaziTemplate[] {
  return rowsOf(body, source, url)
    .rows.filter(isObject)
    .map((t) => ({
      _id: (isObject(t._id) ? str(t._id.$oid) : str(t._id)) ?? '',
      name: str(t.name) ?? '',
      properties: (Array.isArray(t.properties) ? t.properties : []).filter(isObject).map((p) => ({
        name: str(p.name) ?? '',
        label: str(p.label),
        type: str(p.type) ?? '',
        content: str(p.content),
      })),
    }));
}

function thesaurusValuesOf(raw: unknown): UwaziThesaurusValue[] {
  return (Array.isArray(raw) ? raw : []).filter(isObject).map((v) => {
    const value: UwaziThesaurusValue = { id: str(v.id) ?? '', label: str(v.label) ?? '' };
    if (Array.isArray(v.values)) value.values = thesaurusValuesOf(v.values);
    return value;
  });
}

/** `/api/thesauris`'s body → thesauri with their values (ids and labels, groups nested). */
export function parseUwaziThesauri(body: string, source: string, url: string): UwaziThesaurus[] {
  return rowsOf(body, source, url)
    .rows.filter(isObject)
    .map((t) => ({
      _id: (isObject(t._id) ? str(t._id.$oid) : str(t._id)) ?? '',
      name: str(t.name) ?? '',
      values: thesaurusValuesOf(t.values),
    }));
}
