import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import { execCaseOf, type ExecCase, type HudocRssItem } from '../../adapters/hudoc/index.ts';
import type { Decision } from '../../schema/types.ts';
import { provenanceFrom } from '../_shared/provenance.ts';
import { COE_OWNER, COE_SYSTEM } from './to-contract.ts';

/** HUDOC-EXEC's case cards by application number, with the feed answer they were read from. */
export interface ExecutionIndex {
  byAppNumber: Map<string, ExecCase[]>;
  fetched: Fetched;
}

/** EXEC RSS items → index: '15884/20 - KIR v. Türkiye' is filed under '15884/20'. */
export function indexExecution(items: readonly HudocRssItem[], fetched: Fetched): ExecutionIndex {
  const byAppNumber = new Map<string, ExecCase[]>();
  for (const card of items.map(execCaseOf)) {
    if (!card) continue;
    for (const appno of card.appNumbers) byAppNumber.set(appno, [...(byAppNumber.get(appno) ?? []), card]);
  }
  return { byAppNumber, fetched };
}

/**
 * An ECtHR decision with the HUDOC-EXEC case cards of its application numbers in `alsoIn` (source 'hudoc-exec',
 * sourceUrl = the card's link). The EXEC feed says that a card exists and when it changed, not the execution
 * status, supervision track or last Committee of Ministers decision, so `compliance` stays null: it is never guessed.
 * withExecution(gorse, index).alsoIn → [{ source: 'hudoc-exec', sourceUrl: 'http://hudoc.exec.coe.int/eng#{"execidentifier":["004-…"]}', … }]
 */
export function withExecution(decision: Decision, index: ExecutionIndex): Decision {
  const cards = [...new Set(decision.caseNumbers.flatMap((n) => index.byAppNumber.get(n) ?? []))];
  if (cards.length === 0) return decision;
  const seen = cards.map((card) => provenanceFrom(COE_SYSTEM, 'hudoc-exec', COE_OWNER, index.fetched, card.item.link || null));
  return { ...decision, alsoIn: [...decision.alsoIn, ...seen] };
}
