import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/** Not a timed test: BENCH_QUICK=1 runs every part once, briefly, and the report must come out whole. */
describe('the gateways benchmark (npm run bench:gateways)', () => {
  it('runs every gateway, warm and cold, and prints each target as held or not', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/gateways.bench.ts'], {
      env: { ...process.env, BENCH_QUICK: '1', APOLLO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 10 * 2 ** 20,
    });
    for (const part of [
      '### warm: cross-system',
      '### warm: registry-only',
      '### warm: visit forecast',
      '### cold: cross-system',
      '### start-up weight',
    ])
      expect(stdout).toContain(part);
    for (const gateway of ["hub's gateway", 'stock @apollo/gateway', 'Hive Gateway (Rust planner)', 'bare node:http'])
      expect(stdout).toContain(`| ${gateway} |`);
    const targets = stdout
      .slice(stdout.indexOf('### targets'))
      .split('\n')
      .filter((l) => /^\| (warm|cold|a cold|gateway RSS)/.test(l));
    expect(targets).toHaveLength(7);
    for (const line of targets) expect(line).toMatch(/\| (held|NOT held) \|$/);
    // What does not depend on the machine's speed: every gateway gave the hub's data, and Slovenia reached no
    // Inter-American or African source.
    expect(stdout).not.toMatch(/\| NO \|/);
    expect(stdout).toMatch(/\| a cold Slovenia query asks no source that cannot hold a Slovenian record \| 0 requests \| held \|/);
  }, 900_000);
});
