import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemChecks } from '../../subgraphs/checks.ts';
import { readFileSync } from 'node:fs';
import { MockAgent } from 'undici';
import { createHttpClient } from '../../adapters/_kit/http.ts';

const cptFeed = readFileSync(new URL('../fixtures/hudoc-rss/cpt.xml', import.meta.url), 'utf8');
const NO_RETRY = { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 1, statusCodes: [] };

describe('the live drift check (offline: the live origins are mocked)', () => {
  let agent: MockAgent;
  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
  });
  afterEach(() => agent.close());
  const cpt = () => systemChecks('council-of-europe').find((c) => c.source === 'hudoc-cpt')!;

  it('counts the records the adapter parses from a page that still has the expected structure', async () => {
    agent
      .get('https://hudoc.cpt.coe.int')
      .intercept({ path: /^\/app\/transform\/rss/ })
      .reply(200, cptFeed);
    await expect(cpt().run(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent }))).resolves.toEqual({ records: 70, problems: [] });
  });

  it('reports drift when the page has changed under the parser', async () => {
    agent
      .get('https://hudoc.cpt.coe.int')
      .intercept({ path: /^\/app\/transform\/rss/ })
      .reply(200, '<html><body>New HUDOC</body></html>');
    const result = await cpt().run(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent }));
    expect(result.records).toBe(0);
    expect(result.problems).not.toEqual([]);
  });
});
