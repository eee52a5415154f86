import { readFileSync } from 'node:fs';
import type { ReplayHandler, ReplayResponse } from '../_kit/replay-types.ts';

/** A recorded (or reconstructed) Uwazi entity, as `/api/search` returns it. */
export interface UwaziReplayEntity {
  sharedId: string;
  title: string;
  template: string;
  metadata: Record<string, { value: unknown; label?: string }[]>;
  [field: string]: unknown;
}

export interface UwaziReplayOptions {
  /** Entities `/api/search` searches. */
  entities: readonly UwaziReplayEntity[];
  /** `/api/templates` rows (each `{ _id, name, properties: [{ name, type, content }] }`); omitted → 404. */
  templates?: readonly unknown[];
  /** `/api/thesauris` rows (each `{ _id, name, values: [{ id, label }] }`); omitted → 404. */
  thesauri?: readonly unknown[];
}

type Filter = { values?: unknown[]; from?: unknown; to?: unknown };

const json = (status: number, body: unknown): ReplayResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null || text === '') return fallback;
  return JSON.parse(text) as T;
}

/** Uwazi's filter semantics for the shapes clients send: any of `values` ('missing' = no value), or a numeric range. */
function matches(entity: UwaziReplayEntity, property: string, filter: Filter): boolean {
  const values = (entity.metadata[property] ?? []).map((v) => v.value);
  if (Array.isArray(filter.values))
    return filter.values.some((wanted) => (wanted === 'missing' ? values.length === 0 : values.includes(wanted)));
  const n = Number(values[0]);
  if (values.length === 0 || !Number.isFinite(n)) return false;
  return (typeof filter.from !== 'number' || n >= filter.from) && (typeof filter.to !== 'number' || n <= filter.to);
}

/** 'metadata.year_decided' / 'creationDate' / 'title' → the entity's sort value (absent values sort last, as Uwazi does). */
function sortValue(entity: UwaziReplayEntity, property: string): string | number | null {
  const raw = property.startsWith('metadata.') ? entity.metadata[property.slice(9)]?.[0]?.value : entity[property];
  return typeof raw === 'number' || typeof raw === 'string' ? raw : null;
}

/**
 * A Uwazi instance on loopback, over recorded entities: `GET /api/search` filters by `types` (template ids),
 * `filters` (metadata values, 'missing', unix ranges), `searchTerm` (in titles, ignoring case), sorts by `sort` /
 * `order` and pages by `from` / `limit`, answering `{ rows, totalRows }`; a filter id that matches nothing answers
 * 200 with 0 rows, as Uwazi does. `/api/templates` and `/api/thesauris` answer `{ rows }`.
 * Mount it under any name: startReplayServer({ 'ihrda': uwaziReplay({ entities, templates, thesauri }) }).
 */
export function uwaziReplay(options: UwaziReplayOptions): ReplayHandler {
  return (req) => {
    if (req.method !== 'GET') return undefined;
    if (req.path === '/api/templates' && options.templates) return json(200, { rows: options.templates });
    if (req.path === '/api/thesauris' && options.thesauri) return json(200, { rows: options.thesauri });
    if (req.path !== '/api/search') return undefined;
    let types: string[], filters: Record<string, Filter>;
    try {
      types = parseJson<string[]>(req.query.get('types'), []);
      filters = parseJson<Record<string, Filter>>(req.query.get('filters'), {});
    } catch {
      return json(400, { error: 'types and filters must be JSON', status: 400 });
    }
    const term = (req.query.get('searchTerm') ?? '').toLowerCase();
    const found = options.entities.filter(
      (e) =>
        (types.length === 0 || types.includes(e.template)) &&
        Object.entries(filters).every(([property, f]) => matches(e, property, f)) &&
        (!term || e.title.toLowerCase().includes(term)),
    );
    const sort = req.query.get('sort');
    const direction = req.query.get('order') === 'asc' ? 1 : -1;
    const sorted = sort
      ? [...found].sort((a, b) => {
          const [va, vb] = [sortValue(a, sort), sortValue(b, sort)];
          if (va === vb) return 0;
          if (va === null) return 1;
          if (vb === null) return -1;
          return (va < vb ? -1 : 1) * direction;
        })
      : found;
    const from = Number(req.query.get('from') ?? 0);
    const limit = Number(req.query.get('limit') ?? 30);
    return json(200, { rows: sorted.slice(from, from + limit), totalRows: found.length });
  };
}

/**
 * A Uwazi instance replayed from a fixture folder holding entities.json, templates.json and thesauri.json:
 * recordedUwazi('ihrda') serves test/fixtures/ihrda/ (see test/fixtures/README.md for what each holds).
 */
export function recordedUwazi(folder: string): ReplayHandler {
  const read = (file: string) => JSON.parse(readFileSync(new URL(`../../test/fixtures/${folder}/${file}`, import.meta.url), 'utf8'));
  return uwaziReplay({
    entities: read('entities.json') as UwaziReplayEntity[],
    templates: read('templates.json'),
    thesauri: read('thesauri.json'),
  });
}
