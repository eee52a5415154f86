// npm run subgraph:cpt: the CPT's own subgraph over its own database, as the CPT would host it beside its data
// (embedded PostgreSQL, or DATABASE_URL). The hub federates it as its Council of Europe subgraph (RH_COUNCIL_OF_EUROPE_URL);
// it needs the hub's RH_SCOPE_KEY. PORT (default 4110), HOST (default 127.0.0.1).
import { serveMechanismSubgraph } from '../../_kit/mechanism-subgraph.ts';
import { scopeKeyOf } from '../../_shared/runtime.ts';
import { cptDatabase, cptDatabaseOptions } from './database.ts';
import { createCptSubgraph } from './source.ts';

const scopeKey = scopeKeyOf(process.env);
const options = cptDatabaseOptions({ ...process.env, RH_CPT_DATABASE: undefined });
if (!scopeKey || !options) {
  console.error("RH_SCOPE_KEY must be set: the same key as the hub's registry, which signs the part scopes this subgraph verifies");
  process.exit(2);
}
const db = cptDatabase(options);
await db();
const subgraph = createCptSubgraph(db, { scopeKey });
const served = await serveMechanismSubgraph(subgraph, { port: Number(process.env.PORT ?? 4110), host: process.env.HOST ?? '127.0.0.1' });
console.log(`the CPT's subgraph (${options.url ? 'PostgreSQL server' : 'embedded PostgreSQL'}) on ${served.url}`);
