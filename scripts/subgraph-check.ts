// npm run subgraph:check -- <url>: the conformance check a mechanism runs against its running subgraph (subgraphs/_kit/conformance.ts).
// Needs the hub's RH_SCOPE_KEY, to sign the part scopes it asks as the registry would. Exits 1 on a failed check, 2 on bad arguments.
import { checkSubgraph } from '../subgraphs/_kit/conformance.ts';
import { scopeKeyOf } from '../subgraphs/_shared/runtime.ts';

const url = process.argv[2];
const scopeKey = scopeKeyOf(process.env);
if (!url || !/^https?:\/\//.test(url) || !scopeKey) {
  console.error("usage: RH_SCOPE_KEY=<the hub's key> npm run subgraph:check -- http://host:port/graphql");
  process.exit(2);
}
const results = await checkSubgraph(url, { scopeKey });
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.check}: ${r.detail}`);
const failed = results.filter((r) => !r.ok).length;
console.log(failed === 0 ? `all ${results.length} checks passed` : `${failed} of ${results.length} checks failed`);
process.exit(failed === 0 ? 0 : 1);
