// npm run compose: writes gateway/supergraph.graphql from the subgraphs' SDL, so a schema change is a reviewable diff.
import { writeFileSync } from 'node:fs';
import { SUPERGRAPH_PATH } from '../gateway/supergraph.ts';
import { composeDefaultSupergraph } from './composition.ts';

writeFileSync(SUPERGRAPH_PATH, composeDefaultSupergraph());
console.log(`wrote ${SUPERGRAPH_PATH}`);
