import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { AccessLevel } from '../../../schema/access-level.ts';
import { isoFromName } from '../../../schema/reference/countries.ts';
import type { Database } from '../../_kit/database.ts';

/** One row of cpt_visits_facts.csv (../shared/data/facts, copied beside this file): real facts from the CPT's own pages. */
export interface CptFact {
  country: string;
  visit_period_as_stated: string;
  start_date: string;
  end_date: string;
  visit_type: string;
  event: string;
  event_date: string;
  notes: string;
  source_url: string;
}

export const FACTS_FILE = new URL('./cpt_visits_facts.csv', import.meta.url);

export function readFacts(file: URL = FACTS_FILE): CptFact[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as CptFact[];
}

/**
 * The level the CPT gives each record (the owner's choice; the content stays as its pages state it):
 * - a visit report adopted at a plenary but not (by the page's account) published is MECHANISMS: the CPT's reports are
 *   confidential until the State agrees to publish them, so the existence and timing of the report is shared with the
 *   other mechanisms (visit planning, joint work) but not with the public;
 * - high-level talks with a Government are OWNER: the CPT's confidential dialogue (one names a detainee);
 * - everything else (visits carried out as the general reports list them, reports, responses and statements published) is PUBLIC.
 */
export function accessLevelOf(fact: CptFact): AccessLevel {
  if (/^visit report adopted\b/i.test(fact.event)) return 'MECHANISMS';
  if (/^high-level talks\b/i.test(fact.event)) return 'OWNER';
  return 'PUBLIC';
}

/** The natural key (the table's UNIQUE constraint), blanks as null. */
function naturalKey(f: CptFact): (string | null)[] {
  return [f.country, f.visit_period_as_stated, f.start_date, f.event, f.event_date].map((v) => v || null);
}

/** A record id made from the natural key alone, so every database seeded from the same facts gives the same ids: 'svn-1995-02-19-<hash>'. */
export function recordIdOf(f: CptFact): string {
  const hash = createHash('sha256')
    .update(JSON.stringify(naturalKey(f)))
    .digest('hex')
    .slice(0, 10);
  return `${(isoFromName(f.country) ?? 'xxx').toLowerCase()}-${f.start_date || f.event_date || 'undated'}-${hash}`;
}

const INSERT = `INSERT INTO cpt_visits (id, country, country_code, period_as_stated, start_date, end_date, visit_type, event, event_date, notes, source_url, access_level)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
  ON CONFLICT DO NOTHING RETURNING id`;

/**
 * Loads the facts; idempotent: a row whose natural key (or id) is already there is left as it is, so a second run
 * changes nothing and a level the owner has changed since is kept. Returns how many rows were added now.
 */
export async function seed(db: Database, facts: readonly CptFact[] = readFacts()): Promise<number> {
  let added = 0;
  for (const f of facts) {
    const [country, period, start, event, eventDate] = naturalKey(f);
    const rows = await db.query(INSERT, [
      recordIdOf(f),
      country,
      isoFromName(f.country) ?? null,
      period,
      start,
      f.end_date || null,
      f.visit_type || null,
      event,
      eventDate,
      f.notes || null,
      f.source_url,
      accessLevelOf(f),
    ]);
    added += rows.length;
  }
  return added;
}
