import type { Express } from 'express';
import { metricsRegistry } from './metrics.ts';

/**
 * What every service of the hub answers for orchestrators and scrapers: GET /metrics (Prometheus text),
 * GET /livez (the process is up; it calls nothing) and GET /readyz (`ready()` says whether it can serve now).
 */
export function mountOpsEndpoints(
  app: Express,
  ready: () => Promise<{ ok: boolean } & Record<string, unknown>> = async () => ({ ok: true }),
): void {
  app.get('/metrics', async (_req, res) => {
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
  app.get('/livez', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', async (_req, res) => {
    const state = await ready();
    res.status(state.ok ? 200 : 503).json(state);
  });
}
