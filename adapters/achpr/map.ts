import type { ListingLink } from './parse.ts';

/** One decision on a communication, as the Commission's listing names it (wording kept). */
export interface AchprCommunication {
  /** The first communication number, e.g. '599/16'. */
  id: string;
  /** Every number the title names ('143/95 and 150/96' → both). */
  numbers: string[];
  title: string;
  /** The communication's page on the site (absolute). */
  url: string;
  /** The part of the title after the last " v " / " v. " / " contre ": the State(s) complained against. */
  respondentText: string | null;
}

const NUMBER = /\b(\d{1,4})\s*\/\s*(\d{2,4})\b/g;
const VERSUS = /\s+(?:v\.?|vs\.?|contre)\s+/i;

/** The number a slug spells without its slash: slugNumber('communication-59916') === '599/16' (the site's rule). */
export function slugNumber(path: string): string | null {
  const digits = path.match(/communication-(\d{3,6})$/)?.[1];
  return digits ? `${digits.slice(0, -2)}/${digits.slice(-2)}` : null;
}

/**
 * A listing link → AchprCommunication; numbers from the title (as the Commission writes them), else from the slug:
 * mapListingLink({ path: '/en/decisions-communications/communication-59916', title: 'Communication 599/16- Robert F.
 * Kennedy … v the Federal Democratic Republic of Ethiopia' }, 'https://achpr.au.int')
 *   → { id: '599/16', numbers: ['599/16'], url: 'https://achpr.au.int/en/decisions-communications/communication-59916',
 * respondentText: 'the Federal Democratic Republic of Ethiopia', … }
 */
export function mapListingLink(link: ListingLink, baseUrl: string): AchprCommunication {
  const inTitle = [...link.title.matchAll(NUMBER)].map((m) => `${m[1]}/${m[2]}`);
  const numbers = inTitle.length > 0 ? [...new Set(inTitle)] : [slugNumber(link.path)].filter((n): n is string => n !== null);
  const parts = link.title.split(VERSUS);
  return {
    id: numbers[0] ?? link.path.split('/').pop()!,
    numbers,
    title: link.title,
    url: `${baseUrl}${link.path}`,
    respondentText: parts.length > 1 ? parts[parts.length - 1].trim() : null,
  };
}
