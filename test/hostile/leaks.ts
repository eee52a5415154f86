import { expect } from 'vitest';

/** Fails if an answer carries a stack frame, a file path or an internal URL (a loopback address or a subgraph URL). */
export function expectNoLeak(text: string): void {
  expect(text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\/(home|work|tmp|usr)\/|file:\/\/|[A-Z]:\\\\/);
  expect(text).not.toMatch(/127\.0\.0\.1:\d+|localhost:\d+|\[::1\]/);
}

/** The median duration of `run` over `times` runs, in milliseconds. */
export async function medianMs(run: () => Promise<unknown>, times = 3): Promise<number> {
  const durations: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    durations.push(performance.now() - started);
  }
  return durations.sort((a, b) => a - b)[Math.floor(times / 2)];
}
