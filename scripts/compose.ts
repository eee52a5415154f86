// npm run compose: writes each system's source list (subgraphs/<system>/sources.ts, from its declarations), each
// subgraph's SDL (subgraphs/<name>/schema.graphql), then gateway/supergraph.graphql composed from those files as
// subgraphs/supergraph.json lists them, the sources' fan-out (gateway/fan-out.json) and the contract's TypeScript
// types (npm run codegen), so a schema or source change is a reviewable diff.
import { SUPERGRAPH_PATH } from '../gateway/supergraph.ts';
import { FAN_OUT_PATH } from '../gateway/fan-out.ts';
import { composeDefaultSupergraph } from './composition.ts';
import { writeGenerated } from './generated-file.ts';
import { sourceListFiles } from './source-lists.ts';
import { subgraphSdlFiles } from './subgraph-sdl.ts';
import { contractTypesFile } from './contract-types.ts';

// The source lists first, and the subgraph code only after: a list naming a declaration since removed would not load.
for (const file of sourceListFiles()) writeGenerated(file);
const { defaultFanOutJson } = await import('./hub.ts');
for (const file of await subgraphSdlFiles()) writeGenerated(file);
writeGenerated({ path: SUPERGRAPH_PATH, text: composeDefaultSupergraph() });
writeGenerated({ path: FAN_OUT_PATH, text: defaultFanOutJson() });
writeGenerated(await contractTypesFile());
