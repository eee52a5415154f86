import { linksOf } from '../_kit/html.ts';

/** One link of the listing: the communication's page (path as written) and the link text. */
export interface ListingLink {
  path: string;
  title: string;
}

const COMMUNICATION_PAGE = /^\/[a-z]{2}\/decisions-communications\/[^"#?]+$/;

/**
 * A listing page → its links to communication pages, once each, in page order (menus and pagers link elsewhere):
 * parseListing('<a href="/en/decisions-communications/communication-59916">Communication 599/16- … v the Federal Democratic Republic of Ethiopia</a>')
 *   → [{ path: '/en/decisions-communications/communication-59916', title: 'Communication 599/16- … v the Federal Democratic Republic of Ethiopia' }]
 * A page past the last one lists none: [].
 */
export function parseListing(html: string): ListingLink[] {
  const seen = new Map<string, ListingLink>();
  for (const { href: path, text: title } of linksOf(html)) {
    if (COMMUNICATION_PAGE.test(path) && !seen.has(path) && title) seen.set(path, { path, title });
  }
  return [...seen.values()];
}
