// npm run demo: the whole hub, offline, on recorded real responses (replay server on 127.0.0.1:4900).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReplayServer } from '../replay/server.ts';
import { recordedSources, replayEnvironment } from '../replay/recorded.ts';
import { startHub } from './hub.ts';
import { DEMO_ISSUER_FILE, startLocalIssuer } from '../access/local-issuer.ts';
import { cptDatabaseOptions } from '../subgraphs/council-of-europe/cpt-database/database.ts';

const replay = await startReplayServer(recordedSources(), Number(process.env.REPLAY_PORT ?? 4900));
// The demo's own token issuer: a key made now, its JWKS on loopback; `npm run token` signs with the key it writes.
const issuer = await startLocalIssuer({ keyFile: DEMO_ISSUER_FILE });
const env = { ...process.env, ...replayEnvironment(replay, mkdtempSync(join(tmpdir(), 'rights-hub-demo-uhri-'))), ...issuer.env };
// The CPT's own database (embedded unless DATABASE_URL names a server): startHub opens it before the first query.
const cpt = cptDatabaseOptions(env);
const hub = await startHub({ env, fixedSubgraphPorts: true });
console.log(`Rights Hub demo (recorded responses from ${replay.origin})`);
console.log(`  GraphiQL  ${hub.gateway.origin}/`);
console.log(`  GraphQL   ${hub.gateway.origin}/graphql`);
console.log(`  health    ${hub.gateway.origin}/health`);
console.log(`  tokens    npm run token -- --mechanism coe-cpt --role staff   (issuer ${issuer.issuer})`);
console.log(
  `  CPT       ${cpt ? `its own database (${cpt.url ? 'PostgreSQL server' : 'embedded PostgreSQL'}) beside HUDOC-CPT` : 'HUDOC-CPT alone (RH_CPT_DATABASE=off)'}`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(
    signal,
    () =>
      void hub
        .close()
        .then(() => replay.close())
        .then(() => issuer.close())
        .then(() => process.exit(0)),
  );
