// npm run subgraph -- <name>: one subgraph alone, e.g. for a mechanism that hosts its own next to its data.
import { SYSTEMS } from '../schema/systems.ts';
import { buildRegistrySchema } from './registry/index.ts';
import { todayFrom } from './registry/forecast/window.ts';
import { createSourceRuntime, runtimeHealth, scopeKeyOf } from './_shared/runtime.ts';
import { serveSubgraph } from './_shared/serve.ts';
import { prepareSources, sourceNamesBySystem, systemSubgraphOf } from './systems.ts';
import { subgraphEndpoints } from '../platform/subgraphs.ts';
import { watchStores } from '../observability/metrics.ts';

const name = process.argv[2] ?? '';
const known = subgraphEndpoints({});
const endpoint = known.find((e) => e.name === name);
if (!endpoint) {
  console.error(`Unknown subgraph "${name}"; known: ${known.map((e) => e.name).join(', ')}`);
  process.exit(2);
}
const port = Number(process.env.PORT ?? new URL(endpoint.url).port);
const host = process.env.HOST ?? '127.0.0.1';
const entry = SYSTEMS.find((s) => s.subgraph === name);
// Run apart, a subgraph must share the registry's key: a key of its own would refuse every scope.
const scopeKey = scopeKeyOf(process.env);
if (!scopeKey) {
  console.error('RH_SCOPE_KEY must be set when a subgraph runs alone: the same key as the registry and every other subgraph of this hub');
  process.exit(2);
}
const runtime = createSourceRuntime({ cacheUrl: process.env.HUB_CACHE_URL, cacheNamespace: process.env.HUB_CACHE_NAMESPACE, scopeKey });
watchStores(() => runtimeHealth(runtime));
const served = entry
  ? await (async () => {
      await prepareSources(name, process.env);
      const subgraph = systemSubgraphOf(name).build(process.env, runtime);
      return serveSubgraph({
        name,
        schema: subgraph.schema,
        context: subgraph.context,
        health: () => ({ sources: subgraph.sourceHealth(), stores: runtimeHealth(runtime) }),
        port,
        host,
        makesSourceStatuses: true,
      });
    })()
  : await serveSubgraph({
      name,
      schema: buildRegistrySchema({ tokens: runtime.tokens, sourcesOf: sourceNamesBySystem(process.env) }, todayFrom(process.env)),
      context: () => ({}),
      health: () => ({ sources: [] }),
      port,
      host,
    });
console.log(`subgraph ${name} on ${served.url}`);
