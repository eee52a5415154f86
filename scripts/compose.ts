// npm run compose: writes gateway/supergraph.graphql from the subgraphs' SDL, and gateway/fan-out.json from the
// sources' declarations, so a schema or source change is a reviewable diff.
import { writeFileSync } from 'node:fs';
import { SUPERGRAPH_PATH } from '../gateway/supergraph.ts';
import { FAN_OUT_PATH } from '../gateway/fan-out.ts';
import { composeDefaultSupergraph } from './composition.ts';
import { defaultFanOutJson } from './hub.ts';

writeFileSync(SUPERGRAPH_PATH, composeDefaultSupergraph());
writeFileSync(FAN_OUT_PATH, defaultFanOutJson());
console.log(`wrote ${SUPERGRAPH_PATH} and ${FAN_OUT_PATH}`);
