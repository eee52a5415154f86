// npm run compose: writes each subgraph's SDL (subgraphs/<name>/schema.graphql), then gateway/supergraph.graphql composed
// from those files as subgraphs/supergraph.json lists them, so a schema change is a reviewable diff.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { SUPERGRAPH_PATH } from '../gateway/supergraph.ts';
import { composeDefaultSupergraph } from './composition.ts';
import { subgraphSdlFiles, type GeneratedFile } from './subgraph-sdl.ts';

const write = ({ path, text }: GeneratedFile) => {
  writeFileSync(path, text);
  console.log(`wrote ${relative(process.cwd(), path)}`);
};

for (const file of await subgraphSdlFiles()) write(file);
write({ path: SUPERGRAPH_PATH, text: composeDefaultSupergraph() });
