import type { SdgRef } from '../types.ts';
import { cleanLabel } from './label-text.ts';

/**
 * "<goal>[.<target>] - <title>", optionally after the "- " list marker of OHCHR's exports. Goals are 1–17,
 * targets a number ("16.2", "17.18") or a letter ("16.a").
 */
const SDG_LABEL = /^(?:- )?((\d{1,2})(?:\.(?:\d{1,2}|[a-z]))?) - \S/;

/**
 * An SDG goal or target label as an SdgRef: the code it starts with, and the label cleaned (entities, spaces, list marker).
 * parseSdgLabel('16.2 - Protect children from abuse, exploitation, trafficking and violence').code === '16.2';
 * parseSdgLabel('- 1 - NO POVERTY') → { code: '1', label: '1 - NO POVERTY' };
 * parseSdgLabel('2030 Agenda & other voluntary commitments') → { code: null, label: '2030 Agenda & other voluntary commitments' }.
 */
export function parseSdgLabel(label: string): SdgRef {
  const text = cleanLabel(label);
  const match = SDG_LABEL.exec(text);
  const goal = Number(match?.[2]);
  if (!match || goal < 1 || goal > 17) return { code: null, label: text };
  return { code: match[1], label: text.replace(/^- /, '') };
}
