import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import type { HudocColumns } from '../../adapters/hudoc/parse.ts';
import { HUDOC_SITES } from '../../adapters/hudoc/index.ts';
import { hudocReplay } from '../../adapters/hudoc/replay.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import type { ContractSource, SourceContext } from '../../subgraphs/_shared/contract-source.ts';
import { readSlice } from '../../subgraphs/_shared/system-slice.ts';
import { hudocEchrSource, hudocEscSource } from '../../subgraphs/council-of-europe/hudoc-sources.ts';
import { canonicalFilter, type RecordFilterInput } from '../../schema/filter.ts';
import type { Decision } from '../../schema/types.ts';

const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url);
const RECORDS: HudocColumns[] = JSON.parse(readFileSync(fixture('hudoc-echr/records.json'), 'utf8'));

/** The system slice applying text, themes and kind for sources that cannot (the ECtHR API and the ESC feed), on their recorded answers. */
describe('filters the slice applies for a source that cannot', () => {
  let server: ReplayServer;
  let http: HttpClient;
  let ctx: SourceContext;
  let sources: ContractSource[];
  const slice = (filter: RecordFilterInput, window = { offset: 0, limit: 100 }, localScanLimit?: number) =>
    readSlice('decisions', sources, { filter: canonicalFilter(filter), ...window }, ctx, { localScanLimit });

  beforeAll(async () => {
    server = await startReplayServer({
      'hudoc-echr': hudocReplay({ records: RECORDS }),
      'hudoc-esc': hudocReplay({ rssFile: fixture('hudoc-rss/esc.xml'), contentSiteName: 'ESC' }),
    });
    sources = [
      hudocEchrSource({ ...HUDOC_SITES.echr, baseUrl: server.baseUrl('hudoc-echr') }),
      hudocEscSource({ ...HUDOC_SITES.esc, baseUrl: server.baseUrl('hudoc-esc') }),
    ];
    http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [] } });
    ctx = { fetcher: createCachedFetcher(http, createSourceCache()), http };
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  const statusOf = (page: Awaited<ReturnType<typeof slice>>, source: string) => page.sources.find((s) => s.source === source)!;

  it('reads the sources without the text and matches it on what they return, with exact totals when it read them whole', async () => {
    const page = await slice({ text: 'torture' });
    const decisions = page.items as Decision[];
    // Two ECtHR judgments whose conclusions find a violation of Article 3 (Prohibition of torture); no ESC decision says torture.
    expect(decisions.map((d) => d.provenance.source)).toEqual(['hudoc-echr', 'hudoc-echr']);
    expect(decisions.every((d) => /Prohibition of torture/.test(d.conclusion ?? ''))).toBe(true);
    expect(page.total).toBe(2);
    expect(statusOf(page, 'hudoc-echr')).toMatchObject({ ok: true, total: 2 });
    expect(statusOf(page, 'hudoc-echr').warnings).toContain(
      'hudoc-echr: text "torture" (stemmed word match) applied by the hub to all 77 records it returned: 2 matched',
    );
    expect(statusOf(page, 'hudoc-esc').warnings).toContain(
      'hudoc-esc: text "torture" (stemmed word match) applied by the hub to all 70 records it returned: 0 matched',
    );
  });

  it('pages the matches the same way on every page', async () => {
    const whole = (await slice({ text: 'violation OR inadmissible' })).items.map((d) => d.id);
    expect(whole.length).toBeGreaterThan(3);
    const second = await slice({ text: 'violation OR inadmissible' }, { offset: 1, limit: 2 });
    expect(second.items.map((d) => d.id)).toEqual(whole.slice(1, 3));
  });

  it('says when it matched only the newest part of a source, whose total is then unknown', async () => {
    const page = await slice({ text: 'torture' }, { offset: 0, limit: 100 }, 10);
    expect(page.total).toBeNull();
    expect(statusOf(page, 'hudoc-echr')).toMatchObject({ total: null });
    expect(statusOf(page, 'hudoc-echr').warnings.join(' ')).toMatch(/applied by the hub to the newest 10 of 77 records it returned/);
  });

  it('filters by kind, and by themes derived from the articles, in sources that apply neither', async () => {
    const conclusions = await slice({ kind: ['CONCLUSIONS'], countries: ['NOR'] });
    expect(conclusions.items.length).toBeGreaterThan(0);
    expect(conclusions.items.every((d) => (d as Decision).kind === 'CONCLUSIONS' && d.provenance.source === 'hudoc-esc')).toBe(true);
    // "Conclusions 2023 - Norway - Article 31-1": housing, E2, derived from the Charter's Article 31.
    const housing = await slice({ themes: ['E2'], countries: ['NOR'] });
    expect(housing.items.length).toBeGreaterThan(0);
    for (const d of housing.items as Decision[]) {
      expect(d.articles[0]).toMatch(/^31-/);
      expect(d.themes).toContainEqual({
        code: 'E2',
        label: 'Right to an adequate standard of living',
        derived: true,
        derivedFrom: 'European Social Charter Article 31, right to housing',
      });
    }
  });
});
