// npm run compose: writes each system's source list (subgraphs/<system>/sources.ts, from its declarations) and the
// subgraph list (subgraphs/supergraph.json, from schema/systems.ts), each subgraph's SDL
// (subgraphs/<name>/schema.graphql), then gateway/supergraph.graphql composed from those files as the list names them,
// the sources' fan-out (gateway/fan-out.json) and the contract's TypeScript types (npm run codegen), so a schema or
// source change is a reviewable diff.
import { writeGenerated } from './generated-file.ts';
import { sourceListFiles } from './source-lists.ts';
import { supergraphConfigFile } from './supergraph-config.ts';

// The lists first, and the code that reads them only after: a list naming a declaration since removed would not load,
// and the subgraph list is read once, when its module loads.
for (const file of sourceListFiles()) writeGenerated(file);
writeGenerated(supergraphConfigFile());
const [
  { SUPERGRAPH_PATH },
  { FAN_OUT_PATH },
  { composeDefaultSupergraph },
  { subgraphSdlFiles },
  { contractTypesFile },
  { defaultFanOutJson },
] = await Promise.all([
  import('../gateway/supergraph.ts'),
  import('../gateway/fan-out.ts'),
  import('./composition.ts'),
  import('./subgraph-sdl.ts'),
  import('./contract-types.ts'),
  import('./hub.ts'),
]);
for (const file of await subgraphSdlFiles()) writeGenerated(file);
writeGenerated({ path: SUPERGRAPH_PATH, text: composeDefaultSupergraph() });
writeGenerated({ path: FAN_OUT_PATH, text: defaultFanOutJson() });
writeGenerated(await contractTypesFile());
