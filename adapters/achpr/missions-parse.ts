import { elementsOf, hasClass, linksOf, textOf } from '../_kit/html.ts';

/** One entry of the missions listing, its fields as written (null where the entry has none). */
export interface MissionEntry {
  country: string;
  missionType: string;
  dates: string | null;
  delegation: string | null;
  /** The mission report's page (path as written), where the entry links one. */
  reportPath: string | null;
}

const REPORT = /^\/[a-z]{2}\/mission-reports\/[^"#?]+$/;

/** The text of the first `<span class="name">` of an entry, or null. */
function field(html: string, name: string): string | null {
  const span = elementsOf(html, (e) => e.name === 'span' && hasClass(e, name))[0];
  const text = span ? textOf(span.html) : '';
  return text === '' ? null : text;
}

/**
 * A missions listing page → its entries in page order; list items without a country (menus) are not entries:
 * parseMissions('<li><span class="country">Angola</span> <span class="mission-type">joint promotion mission</span>
 *   <span class="dates">from 3 to 7 October 2016</span> <a href="/en/mission-reports/anghwla-btht-altrwyj-2016-0">Mission report</a></li>')
 *   → [{ country: 'Angola', missionType: 'joint promotion mission', dates: 'from 3 to 7 October 2016', delegation: null,
 *        reportPath: '/en/mission-reports/anghwla-btht-altrwyj-2016-0' }]
 * A page past the last one lists none: [].
 */
export function parseMissions(html: string): MissionEntry[] {
  const entries: MissionEntry[] = [];
  for (const { html: item } of elementsOf(html, (e) => e.name === 'li')) {
    const country = field(item, 'country');
    if (!country) continue;
    entries.push({
      country,
      missionType: field(item, 'mission-type') ?? '',
      dates: field(item, 'dates'),
      delegation: field(item, 'delegation'),
      reportPath:
        linksOf(item)
          .map((l) => l.href)
          .find((href) => REPORT.test(href)) ?? null,
    });
  }
  return entries;
}
