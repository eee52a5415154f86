import { mechanismById } from '../../schema/reference/mechanisms.ts';
import type { FocalPointEntry } from './focal-points.ts';

/**
 * A focal-points entry for a mechanism: its office is who publishes its records (schema/reference/mechanisms.ts), its web
 * page the site the hub reads them from; no email or languages unless a source the hub holds states them.
 * focalPointOf('coe-cpt', 'https://hudoc.cpt.coe.int').office === 'Council of Europe'
 */
export function focalPointOf(id: string, webPage: string | null, more: Partial<FocalPointEntry> = {}): [string, FocalPointEntry] {
  const mechanism = mechanismById(id);
  if (!mechanism) throw new Error(`Unknown mechanism id "${id}" in a focal-points configuration`);
  return [id, { office: mechanism.owner, webPage, email: null, languages: [], liaisesWith: [], ...more }];
}
