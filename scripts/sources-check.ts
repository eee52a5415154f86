// npm run sources:check — hits the LIVE sites (never run in CI): per source, reachable or not, records parsed from
// the first page, and whether the page still has the structure the parser expects. Exits 1 on drift.
import { createHttpClient } from '../adapters/_kit/http.ts';
import { SourceError } from '../adapters/_kit/errors.ts';
import { allSourceChecks } from '../subgraphs/checks.ts';

const http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 1, statusCodes: [] } });
let drift = 0;
for (const check of allSourceChecks()) {
  try {
    const { records, problems } = await check.run(http);
    if (problems.length > 0) drift++;
    console.log(
      `${problems.length ? 'DRIFT' : 'ok   '} ${check.source.padEnd(22)} reachable, ${records} records parsed${problems.length ? `: ${problems.join('; ')}` : ''}`,
    );
  } catch (err) {
    const code = err instanceof SourceError ? err.code : 'ERROR';
    console.log(`down  ${check.source.padEnd(22)} not reachable (${code}): ${(err as Error).message}`);
  }
}
await http.close();
process.exitCode = drift > 0 ? 1 : 0;
