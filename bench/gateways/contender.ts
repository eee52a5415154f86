// One gateway of the side-by-side benchmark (bench/gateways.bench.ts), in a process of its own so that its memory
// and CPU are its own: BENCH_KIND is hub | stock | hive | bare, BENCH_SUBGRAPHS the subgraphs' endpoints (JSON),
// BENCH_BARE_ANSWERS (bare only) a JSON file of request body → the answer's bytes (base64); the hub's gateway plans the
// operations of HUB_PLAN_AHEAD's manifest at start, as it does in production. Prints "READY <origin>".
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { SubgraphEndpoint } from '../../platform/subgraphs.ts';

const kind = process.env.BENCH_KIND;
const subgraphs = JSON.parse(process.env.BENCH_SUBGRAPHS ?? '[]') as SubgraphEndpoint[];

async function start(): Promise<string> {
  if (kind === 'hub') {
    const [{ startGateway }, { operationsToPlanFromEnv }] = await Promise.all([
      import('../../gateway/server.ts'),
      import('../../gateway/plan-ahead.ts'),
    ]);
    return (await startGateway({ subgraphs, port: 0, planAhead: operationsToPlanFromEnv(process.env) })).origin;
  }
  if (kind === 'hive') return (await (await import('../../gateway/hive.ts')).startHiveGateway({ subgraphs, port: 0 })).origin;
  if (kind === 'stock') {
    // @apollo/gateway and @apollo/server as their documentation starts them: no plugin, no option.
    const [{ ApolloServer }, { startStandaloneServer }, { ApolloGateway }, { supergraphAt }] = await Promise.all([
      import('@apollo/server'),
      import('@apollo/server/standalone'),
      import('@apollo/gateway'),
      import('../../gateway/supergraph.ts'),
    ]);
    const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: supergraphAt(subgraphs) }) });
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
    return new URL(url).origin;
  }
  if (kind === 'bare') {
    // The floor: node:http sending the bytes the hub's gateway answered, with no GraphQL work at all.
    const answers = new Map(
      Object.entries(JSON.parse(readFileSync(process.env.BENCH_BARE_ANSWERS!, 'utf8')) as Record<string, string>).map(([body, bytes]) => [
        body,
        Buffer.from(bytes, 'base64'),
      ]),
    );
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const answer = answers.get(Buffer.concat(chunks).toString());
        res.writeHead(answer ? 200 : 404, { 'content-type': 'application/json; charset=utf-8' }).end(answer ?? '{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }
  throw new Error(`BENCH_KIND must be hub, stock, hive or bare, not ${kind}`);
}

console.log(`READY ${await start()}`);
