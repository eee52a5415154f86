import { describe, expect, it } from 'vitest';
import { durationMs, runSoak, soakQuery } from '../../bench/soak.bench.ts';

describe('the soak benchmark (npm run bench:soak)', () => {
  it('runs the whole hub under the mixed load for a short duration, sampling memory and counting requests', async () => {
    const lines: string[] = [];
    const report = await runSoak({ durationMs: 4_000, rate: 10, concurrency: 4, sampleEveryMs: 1_000, log: (line) => lines.push(line) });
    expect(report.requests).toBeGreaterThan(5);
    expect(report.requests).toBeLessThanOrEqual(40); // bounded: duration × rate
    expect(report.failures).toBe(0);
    expect(report.samples.length).toBeGreaterThanOrEqual(3);
    expect(lines.map((l) => Object.keys(JSON.parse(l)))).toContainEqual([
      'atS',
      'rssMB',
      'heapUsedMB',
      'sourceCacheMB',
      'requests',
      'failures',
    ]);
    expect(Number.isFinite(report.rssGrowthPct) && Number.isFinite(report.heapGrowthPct)).toBe(true);
  }, 60_000);

  it('mixes warm, cold and bad queries, and reads its duration as written', () => {
    const queries = Array.from({ length: 600 }, (_, i) => soakQuery(i));
    expect(new Set(queries.slice(0, 12).filter((_, i) => i % 6 < 3)).size).toBe(3); // warm: a few repeated questions
    expect(new Set(queries.filter((_, i) => i % 6 === 3 || i % 6 === 4)).size).toBe(200); // cold: every one new
    expect(queries.filter((q) => /"XXX"|first: 1000|not-a-cursor|2024-13-45|__typename $/.test(q)).length).toBe(100);
    expect([durationMs('10m'), durationMs('90s'), durationMs('5000')]).toEqual([600_000, 90_000, 5_000]);
    expect(() => durationMs('ten minutes')).toThrow(/--duration/);
  });
});
