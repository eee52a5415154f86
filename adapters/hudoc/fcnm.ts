import { reportSectionOf } from './items.ts';
import type { HudocRssItem } from './rss.ts';

/**
 * The Advisory Committee on the Framework Convention for the Protection of National Minorities (ACFC) publishes its
 * country opinions on HUDOC-FCNM section by section: each feed item is one section, described
 * '<round> opinion on <State> - <part>/<parts> - <section title>' ('Fifth Opinion on Ireland - 1/10 - Executive
 * summary '), identified '<report id>-<part>' ('5th_OP_Ireland_EN-1'), and dated 'Mon, 01 Jan 0001' (no date).
 * The recorded feed gives Georgia's every section twice (the RSS reader keeps an id's first item: its part 3 is 'Key
 * findings', not the repeat's 'Monitoring Process'), leaves parts out (Lithuania's 13 and 14) and writes ids as they
 * were typed ('5th_OP_ Lithuania_EN'): kept as the source gives them.
 */
export interface FcnmOpinion {
  /** The report id the sections share, as written: '5th_OP_Ireland_EN', '4th_Com_Georgia_EN'. */
  reportId: string;
  /** 'Fifth Opinion on Ireland', as the feed writes it (its case kept: 'Fourth opinion on Georgia'). */
  title: string;
  /** The monitoring round as written: 'Fifth'; null for an opinion titled without one ('Opinion on Montenegro'). */
  round: string | null;
  /** The State as written: 'Ireland'. */
  state: string;
  /** How many parts the opinion has, as its sections say ('1/10' → 10). */
  parts: number;
  /** Its sections in part order: the part number and its title ('Executive summary', 'Article 3'; null when untitled). */
  sections: { part: number; title: string | null; item: HudocRssItem }[];
}

/**
 * 'Fifth Opinion on Ireland - 1/10 - Executive summary': the opinion as titled, its round (none in 'Opinion on
 * Montenegro'), State, part, parts, and the section's title (none in 'Second Opinion on Kosovo* - 1/9').
 */
const SECTION = /^\s*((?:(\S+)\s+)?opinion\s+on\s+(.+?))\s*[-–—]\s*(\d+)\s*\/\s*(\d+)\s*(?:[-–—]\s*(.*?))?\s*$/is;

/**
 * The opinions the feed's sections make up, in feed order, and the descriptions of the items that are no opinion
 * section (for a warning): an item without a part number in its id, or whose description reads otherwise. Sections
 * whose ids differ only in spacing ('5th_OP_ Lithuania_EN-1', '5th_OP_Lithuania_EN-2') are of one opinion, known by the
 * first id as written.
 * fcnmOpinions(items).opinions[0] → { reportId: '5th_OP_Ireland_EN', title: 'Fifth Opinion on Ireland', round: 'Fifth',
 *   state: 'Ireland', parts: 10, sections: [{ part: 1, title: 'Executive summary', item }, …] }
 */
export function fcnmOpinions(items: readonly HudocRssItem[]): { opinions: FcnmOpinion[]; unread: string[] } {
  const unread: string[] = [];
  const reports = new Map<string, { reportId: string; read: { part: number; m: RegExpMatchArray; item: HudocRssItem }[] }>();
  for (const item of items) {
    const section = reportSectionOf(item);
    const m = section && item.description.match(SECTION);
    if (!section || !m) {
      unread.push(item.description.trim());
      continue;
    }
    const key = section.reportId.replace(/\s+/g, '');
    const report = reports.get(key) ?? { reportId: section.reportId, read: [] };
    report.read.push({ part: section.part, m, item });
    reports.set(key, report);
  }
  const opinions = [...reports.values()].map(({ reportId, read }): FcnmOpinion => {
    read.sort((a, b) => a.part - b.part);
    const [, title, round, state] = read[0].m;
    return {
      reportId,
      title: title.replace(/\s+/g, ' '),
      round: round ?? null,
      state,
      parts: Math.max(...read.map((r) => Number(r.m[5]))),
      sections: read.map((r) => ({ part: r.part, title: r.m[6] || null, item: r.item })),
    };
  });
  return { opinions, unread };
}
