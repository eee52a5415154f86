import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ReplayFault, ReplayHandler, ReplayResponse } from '../adapters/_kit/replay-types.ts';

export interface ReplayServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The base URL of a mount, to hand to an adapter: baseUrl('hudoc-echr') → http://127.0.0.1:PORT/hudoc-echr */
  baseUrl(mount: string): string;
  /** Makes every request to `mount` fail this way until cleared with undefined. */
  setFault(mount: string, fault: ReplayFault | undefined): void;
  /** Requests each mount has received, for tests that check what was (not) fetched. */
  hits(mount: string): string[];
  close(): Promise<void>;
}

/**
 * The loopback stand-in for the mechanisms' websites: each mount (/hudoc-echr, /uhri, …) answers its
 * source's real paths and query parameters with recorded responses (see test/fixtures/README.md).
 */
export async function startReplayServer(mounts: Record<string, ReplayHandler>, port = 0, host = '127.0.0.1'): Promise<ReplayServer> {
  const faults = new Map<string, ReplayFault>();
  const hits = new Map<string, string[]>();

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`replay server error: ${(err as Error).message}`);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://replay.invalid');
    const [, mount = '', ...rest] = url.pathname.split('/');
    const handler = mounts[mount];
    if (!handler) return send(res, { status: 404, body: `no replayed source is mounted at /${mount}` });
    hits.set(mount, [...(hits.get(mount) ?? []), `${req.method} /${rest.join('/')}${url.search}`]);
    const fault = faults.get(mount);
    if (fault?.kind === 'reset') return void req.socket.destroy();
    if (fault?.kind === 'delay') await sleep(fault.ms);
    if (fault?.kind === 'status') return send(res, { status: fault.status, headers: fault.headers, body: fault.body ?? '' });
    if (fault?.kind === 'garbage') return send(res, { status: 200, headers: { 'content-type': fault.contentType }, body: fault.body });
    const body = await readBody(req);
    const answer = await handler({ method: req.method ?? 'GET', path: `/${rest.join('/')}`, query: url.searchParams, body });
    send(res, answer ?? { status: 404, body: `no recorded response for ${url.pathname}${url.search}` });
  }

  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    baseUrl: (mount) => `${origin}/${mount}`,
    setFault: (mount, fault) => (fault ? faults.set(mount, fault) : faults.delete(mount)),
    hits: (mount) => hits.get(mount) ?? [],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, answer: ReplayResponse): void {
  res.writeHead(answer.status, { 'content-type': 'text/plain; charset=utf-8', ...answer.headers });
  if (answer.body instanceof Readable) answer.body.pipe(res);
  else res.end(answer.body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
