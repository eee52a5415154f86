import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MockAgent } from 'undici';
import { createHttpClient, decodeBody, isChallengePage, retryAfterMs } from '../../adapters/_kit/http.ts';
import { InvalidConfigError } from '../../adapters/_kit/errors.ts';
import { bodyLimitsFromEnv, bodyLimitVariable } from '../../adapters/_kit/config.ts';

const ORIGIN = 'http://127.0.0.1:4999';
const FAST_RETRY = { maxRetries: 2, minDelayMs: 1, factor: 2, maxDelayMs: 50, statusCodes: [429, 502, 503, 504] };

describe('the shared HTTP client', () => {
  let agent: MockAgent;
  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
  });
  afterEach(() => agent.close());

  const client = (extra = {}) => createHttpClient({ retry: FAST_RETRY, ...extra }, { dispatcher: agent });

  it('sends the descriptive User-Agent on every request', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/a', headers: { 'user-agent': /RightsHub\/0\.1/ } })
      .reply(200, 'ok');
    await expect(client().getText(`${ORIGIN}/a`, { source: 'test' })).resolves.toMatchObject({ status: 200, body: 'ok' });
  });

  it('retries a 503 and returns the answer that follows', async () => {
    const pool = agent.get(ORIGIN);
    pool.intercept({ path: '/flaky' }).reply(503, 'busy');
    pool.intercept({ path: '/flaky' }).reply(200, '{"resultcount":0}');
    await expect(client().getText(`${ORIGIN}/flaky`, { source: 'hudoc' })).resolves.toMatchObject({ body: '{"resultcount":0}' });
  });

  it('gives up after maxRetries with RH_SOURCE_HTTP, the status and the URL', async () => {
    agent.get(ORIGIN).intercept({ path: '/down' }).reply(503, '').times(3);
    await expect(client().getText(`${ORIGIN}/down`, { source: 'hudoc' })).rejects.toMatchObject({
      code: 'RH_SOURCE_HTTP',
      status: 503,
      source: 'hudoc',
      url: `${ORIGIN}/down`,
    });
  });

  it('never retries a 404', async () => {
    agent.get(ORIGIN).intercept({ path: '/missing' }).reply(404, 'not found');
    agent.get(ORIGIN).intercept({ path: '/missing' }).reply(200, 'would be wrong');
    await expect(client().getText(`${ORIGIN}/missing`, { source: 'x' })).rejects.toMatchObject({ code: 'RH_SOURCE_HTTP', status: 404 });
  });

  it('reports 429 as RH_SOURCE_RATE_LIMITED and does not retry when Retry-After is beyond the cap', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/limited' })
      .reply(429, 'slow down', { headers: { 'retry-after': '3600' } });
    await expect(client().getText(`${ORIGIN}/limited`, { source: 'uwazi' })).rejects.toMatchObject({
      code: 'RH_SOURCE_RATE_LIMITED',
      status: 429,
    });
  });

  it('reports a Cloudflare challenge page as RH_SOURCE_BLOCKED, never as data', async () => {
    const challenge =
      '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div id="challenge-platform"></div></body></html>';
    agent
      .get(ORIGIN)
      .intercept({ path: '/oas' })
      .reply(403, challenge, { headers: { 'content-type': 'text/html' } });
    await expect(client().getText(`${ORIGIN}/oas`, { source: 'iachr' })).rejects.toMatchObject({ code: 'RH_SOURCE_BLOCKED', status: 403 });
  });

  it('times out a slow answer with RH_SOURCE_TIMEOUT', async () => {
    agent.get(ORIGIN).intercept({ path: '/slow' }).reply(200, 'late').delay(500);
    await expect(
      client({ timeoutMs: 50, retry: { ...FAST_RETRY, maxRetries: 0 } }).getText(`${ORIGIN}/slow`, { source: 'x' }),
    ).rejects.toMatchObject({ code: 'RH_SOURCE_TIMEOUT' });
  });

  it('posts a form once, with its content type, and never retries it', async () => {
    const pool = agent.get(ORIGIN);
    pool
      .intercept({
        path: '/search',
        method: 'POST',
        body: 'nId_Tipo_Jurisprudencia=CC',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      })
      .reply(503, 'busy');
    pool.intercept({ path: '/search', method: 'POST' }).reply(200, 'would be a retry');
    await expect(
      client().postForm(`${ORIGIN}/search`, new URLSearchParams({ nId_Tipo_Jurisprudencia: 'CC' }), { source: 'corteidh' }),
    ).rejects.toMatchObject({ code: 'RH_SOURCE_HTTP', status: 503, message: `corteidh answered 503 to POST ${ORIGIN}/search` });
  });

  it('decodes an iso-8859-1 page by its declared charset', async () => {
    const latin1 = Buffer.from('Informe No. 12/19, Perú', 'latin1');
    agent
      .get(ORIGIN)
      .intercept({ path: '/es' })
      .reply(200, latin1, { headers: { 'content-type': 'text/html; charset=ISO-8859-1' } });
    await expect(client().getText(`${ORIGIN}/es`, { source: 'iachr' })).resolves.toMatchObject({ body: 'Informe No. 12/19, Perú' });
  });

  it('refuses a bad setting at start-up, naming it', () => {
    expect(() => createHttpClient({ timeoutMs: -1 }, { dispatcher: agent })).toThrow(InvalidConfigError);
    expect(() => createHttpClient({ timeoutMs: -1 }, { dispatcher: agent })).toThrow(
      /http\.timeoutMs must be a positive integer \(ms\); got -1/,
    );
  });
});

describe('HTTP helpers', () => {
  it('reads Retry-After in seconds and as an HTTP date', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMs(undefined)).toBeUndefined();
  });

  it('recognises challenge pages and leaves ordinary pages alone', () => {
    expect(isChallengePage('<title>Just a moment...</title>')).toBe(true);
    expect(isChallengePage('<table id="cases"><tr><td>001/2011</td></tr></table>')).toBe(false);
  });

  it('decodes windows-1252 punctuation that Latin-1 would turn into control codes', () => {
    expect(decodeBody(Uint8Array.of(0x64, 0x92, 0x80, 0xe9), 'text/html; charset=windows-1252')).toBe('d’€é');
    expect(decodeBody(Uint8Array.of(0x93, 0x94), 'text/html; charset=iso-8859-1')).toBe('“”');
  });

  it('falls back to UTF-8 when no charset is declared', () => {
    expect(decodeBody(Buffer.from('TÜRKİYE', 'utf8'), 'application/json')).toBe('TÜRKİYE');
  });
});

describe('body limits from the environment', () => {
  it('reads RH_MAX_BODY_BYTES and RH_<SOURCE>_MAX_BODY_BYTES, and refuses a value that is no positive integer', () => {
    expect(bodyLimitsFromEnv({ RH_MAX_BODY_BYTES: '1000', RH_HUDOC_ECHR_MAX_BODY_BYTES: '9000' })).toEqual({
      maxBodyBytes: 1000,
      maxBodyBytesBySource: { 'hudoc-echr': 9000 },
    });
    expect(bodyLimitsFromEnv({})).toEqual({ maxBodyBytesBySource: {} });
    expect(bodyLimitVariable('iachr-decisions')).toBe('RH_IACHR_DECISIONS_MAX_BODY_BYTES');
    expect(() => bodyLimitsFromEnv({ RH_MAX_BODY_BYTES: 'lots' })).toThrow(/RH_MAX_BODY_BYTES must be a positive integer/);
  });
});
