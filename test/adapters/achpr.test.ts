import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHttpClient } from '../../adapters/_kit/http.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createAchprAdapter, listingUrl, parseListing, slugNumber } from '../../adapters/achpr/index.ts';
import { startReplayServer } from '../../replay/server.ts';
import { validateAchprConfig } from '../../adapters/achpr/config.ts';
import { mapListingLink } from '../../adapters/achpr/map.ts';

const page = (n: number) => readFileSync(new URL(`../fixtures/achpr/decisions-page-${n}.html`, import.meta.url), 'utf8');

describe('ACHPR decisions listing', () => {
  it('reads the links to communication pages, and not the menu or the pager', () => {
    expect(parseListing(page(0))).toEqual([
      {
        path: '/en/decisions-communications/communication-59916',
        title:
          'Communication 599/16- Robert F. Kennedy Human Rights and Institute for Human Rights in Africa v the Federal Democratic Republic of Ethiopia',
      },
      {
        path: '/en/decisions-communications/communication-82523',
        title: 'Communication 825/23 - Jean Paul BELFIS contre Republique du Congo',
      },
    ]);
    expect(parseListing(page(2))).toEqual([]);
  });

  it('takes the numbers from the title, else from the slug, and the States from after "v" or "contre"', () => {
    const [ethiopia, congo] = parseListing(page(0)).map((l) => mapListingLink(l, 'https://achpr.au.int'));
    expect(ethiopia).toMatchObject({
      id: '599/16',
      numbers: ['599/16'],
      url: 'https://achpr.au.int/en/decisions-communications/communication-59916',
      respondentText: 'the Federal Democratic Republic of Ethiopia',
    });
    expect(congo.respondentText).toBe('Republique du Congo');
    expect(
      mapListingLink({ path: '/en/decisions-communications/communication-42412', title: 'A decision' }, 'https://achpr.au.int').numbers,
    ).toEqual(['424/12']);
    expect(slugNumber('/en/decisions-communications/communication-82523')).toBe('825/23');
  });

  it("pages the category listing with Drupal's pager from 0, and checks its settings", () => {
    expect(listingUrl(validateAchprConfig({}), 2)).toBe('https://achpr.au.int/en/category/decisions-communications?page=2');
    expect(() => validateAchprConfig({ maxPages: 0 })).toThrow(/adapters\.achpr\.maxPages must be a positive integer/);
  });
});

describe('ACHPR listing through the replay server', () => {
  it('refuses a first page that names no decision (a maintenance page), so that it is never served as an empty list', async () => {
    const server = await startReplayServer({ achpr: () => ({ status: 200, headers: { 'content-type': 'text/html' }, body: page(2) }) });
    const http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [503] } });
    try {
      const adapter = createAchprAdapter({ baseUrl: server.baseUrl('achpr') });
      await expect(adapter.decisions(createCachedFetcher(http, createSourceCache()))).rejects.toMatchObject({ code: 'RH_SOURCE_INSANE' });
    } finally {
      await http.close();
      await server.close();
    }
  });
});
