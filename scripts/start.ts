// npm start: the whole hub against the mechanisms' live websites (see README for the environment variables).
import { startHub } from './hub.ts';

process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
const hub = await startHub({ fixedSubgraphPorts: true });
console.log(
  `Rights Hub (live sources) on ${hub.gateway.origin}/graphql — GraphiQL at ${hub.gateway.origin}/ — health at ${hub.gateway.origin}/health`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void hub.close().then(() => process.exit(0)));
