import { systemSubgraph } from '../_shared/system-subgraph.ts';
import { SOURCES } from './sources.ts';
import { FOCAL_POINTS } from './focal-points.ts';

/**
 * The Inter-American subgraph: its sources (./sources.ts), its focal points (./focal-points.ts). `npm run compose`
 * writes its whole SDL to ./schema.graphql, which composition reads.
 */
export const SUBGRAPH = systemSubgraph('inter-american', SOURCES, FOCAL_POINTS);
export const typeDefs = SUBGRAPH.typeDefs;
