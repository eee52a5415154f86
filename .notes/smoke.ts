import { buildSourceSubgraph } from '../subgraphs/_shared/source-subgraph.ts';
import { serveSubgraph } from '../subgraphs/_shared/serve.ts';
import { registrySchema } from '../subgraphs/registry/index.ts';
import { createSourceRuntime } from '../subgraphs/_shared/runtime.ts';
import { SYSTEMS } from '../schema/systems.ts';
import { startGateway } from '../gateway/server.ts';
import type { ContractSource } from '../subgraphs/_shared/contract-source.ts';

const prov = (system: any, source: string) => ({ system, source, owner: 'x', sourceUrl: null, fetchedAt: '2026-01-01T00:00:00Z', fromCache: false, stale: false });
const mk = (system: any, source: string, n: number): ContractSource => ({
  name: source, system, mechanisms: [], canFilterBy: { themes: true, text: true },
  decisions: async (q) => {
    const all = Array.from({ length: n }, (_, i) => ({ id: `${source}:${i}`, mechanism: { id: 'm', acronym: 'M', name: 'M', system }, title: 't', caseNumbers: [], respondents: [], date: `2020-0${(i % 9) + 1}-1${i % 10}`, sourceDate: null, kind: null, kindLabel: null, articles: [], conclusion: null, violations: [], nonViolations: [], importance: null, ecli: null, url: null, languages: [], provenance: prov(system, source) }));
    all.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1));
    await new Promise((r) => setTimeout(r, 150));
    return { rows: all.slice(q.offset, q.offset + q.limit), total: all.length, fetched: [], warnings: [] };
  },
});
const runtime = createSourceRuntime();
const reg = await serveSubgraph({ name: 'registry', schema: registrySchema, context: () => ({}), health: () => ({}) });
const subs = [];
for (const entry of SYSTEMS) {
  const sg = buildSourceSubgraph(entry, [mk(entry.system, entry.subgraph + '-src', 7)], runtime);
  subs.push({ name: entry.subgraph, served: await serveSubgraph({ name: entry.subgraph, schema: sg.schema, context: sg.context, health: () => ({ sources: sg.lastStatuses() }) }) });
}
const gw = await startGateway({ port: 0, subgraphs: [{ name: 'registry', url: reg.url }, ...subs.map((s) => ({ name: s.name, url: s.served.url }))] });
const q = async (query: string, variables = {}) => (await fetch(gw.origin + '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })).json();
let t = Date.now();
const r1: any = await q('{ decisions(first: 5) { nodes { id date } endCursor hasNextPage totalCount sources { system source ok code count total latencyMs } } }');
console.log(Date.now() - t, JSON.stringify(r1, null, 0));
const r2: any = await q('query($a:String){ decisions(first: 5, after: $a) { nodes { id date } endCursor hasNextPage } }', { a: r1.data.decisions.endCursor });
console.log(JSON.stringify(r2));
await subs[1].served.close();
const r3: any = await q('{ decisions(first: 3) { nodes { id date } endCursor hasNextPage sources { system source ok code message } } }');
console.log(JSON.stringify(r3));
const r4: any = await q('{ decisions(first: 300, filter: {countries: ["XX"]}) { nodes { id } } }');
console.log(JSON.stringify(r4));
await gw.close(); await reg.close(); await subs[0].served.close(); await runtime.close();
