// npm run compose: writes each subgraph's SDL (subgraphs/<name>/schema.graphql), then gateway/supergraph.graphql composed
// from those files as subgraphs/supergraph.json lists them, then the contract's TypeScript types (npm run codegen), so a
// schema change is a reviewable diff.
import { SUPERGRAPH_PATH } from '../gateway/supergraph.ts';
import { composeDefaultSupergraph } from './composition.ts';
import { writeGenerated } from './generated-file.ts';
import { subgraphSdlFiles } from './subgraph-sdl.ts';
import { contractTypesFile } from './contract-types.ts';

for (const file of await subgraphSdlFiles()) writeGenerated(file);
writeGenerated({ path: SUPERGRAPH_PATH, text: composeDefaultSupergraph() });
writeGenerated(await contractTypesFile());
