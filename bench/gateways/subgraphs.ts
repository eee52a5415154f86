// The subgraphs every gateway of the benchmark stands in front of (the registry and one per system), in a process of
// their own with an empty cache, their sources pointed at the replay servers by BENCH_ENV (JSON). Prints
// "READY <endpoints as JSON>".
import { startHub } from '../../scripts/hub.ts';

// startHub also starts the hub's gateway in this process; the benchmark does not use that one.
const hub = await startHub({ env: JSON.parse(process.env.BENCH_ENV!) as NodeJS.ProcessEnv, gatewayPort: 0, fixedSubgraphPorts: false });
console.log(`READY ${JSON.stringify([...hub.subgraphs].map(([name, s]) => ({ name, url: s.url })))}`);
