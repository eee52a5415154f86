import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import dns from 'node:dns';
import { request } from 'undici';
import { getIntrospectionQuery } from 'graphql';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { DEFAULT_QUERY } from '../../gateway/default-query.ts';

// The hub started as the README says (scripts/hub.ts, here over the replay server) with nothing in the environment
// turning telemetry off: it may connect to its configured sources (the replay server), its own subgraphs and
// gateway, and nothing else. Every connection and every name lookup in the process is recorded.
const connections: string[] = [];
const lookups: string[] = [];
const originalConnect = net.Socket.prototype.connect;
const originalLookup = dns.lookup;
let hub: ReplayHub;
let telemetryVariable: string | undefined;

beforeAll(async () => {
  telemetryVariable = process.env.APOLLO_TELEMETRY_DISABLED;
  delete process.env.APOLLO_TELEMETRY_DISABLED;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    // net.connect() hands the socket its arguments normalized: [[options, callback]].
    const [first, second] = (Array.isArray(args[0]) ? args[0] : args) as [unknown, unknown];
    const target =
      typeof first === 'object' && first !== null
        ? ((first as { path?: string; host?: string; port?: number }).path ??
          `${(first as { host?: string }).host ?? 'localhost'}:${(first as { port?: number }).port}`)
        : `${typeof second === 'string' ? second : 'localhost'}:${String(first)}`;
    connections.push(target);
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
  (dns as { lookup: unknown }).lookup = (hostname: string, ...rest: unknown[]) => {
    lookups.push(hostname);
    return (originalLookup as (...a: unknown[]) => void)(hostname, ...rest);
  };
  hub = await startReplayHub();
}, 60_000);

afterAll(async () => {
  await hub?.close();
  net.Socket.prototype.connect = originalConnect;
  (dns as { lookup: unknown }).lookup = originalLookup;
  if (telemetryVariable !== undefined) process.env.APOLLO_TELEMETRY_DISABLED = telemetryVariable;
});

describe('outbound traffic', () => {
  it('goes to the configured sources and the hub’s own loopback services only', async () => {
    for (const query of [DEFAULT_QUERY, getIntrospectionQuery()]) expect((await hub.query(query)).errors).toBeUndefined();
    expect((await request(`${hub.hub.gateway.origin}/health`)).statusCode).toBe(200);
    // Anything the gateway would set up at start (an exporter, a cloud-metadata probe) has had its turn by now.
    await new Promise((resolve) => setImmediate(resolve));
    const allowed = new Set(
      [hub.replay.origin, hub.hub.gateway.origin, ...[...hub.hub.subgraphs.values()].map((s) => new URL(s.url).origin)].map(
        (origin) => new URL(origin).host,
      ),
    );
    allowed.add('127.0.0.1:6379'); // the shared cache, when HUB_CACHE_URL names it
    expect(connections.length).toBeGreaterThan(0);
    expect(connections.filter((c) => !allowed.has(c))).toEqual([]);
    expect(lookups.filter((h) => h !== 'localhost' && h !== '127.0.0.1')).toEqual([]);
  }, 60_000);
});
