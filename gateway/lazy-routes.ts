import express, { type RequestHandler, type Router } from 'express';

/**
 * Routes under `prefix` whose module is imported on the first request for them, so what only some requests use
 * (the export, the feeds) costs the gateway no start-up time or memory: lazyRoutes('/feeds/', async () => (r) => r.get(…)).
 */
export function lazyRoutes(prefix: string, load: () => Promise<(router: Router) => void>): RequestHandler {
  let router: Promise<Router> | undefined;
  return (req, res, next) => {
    if (!req.path.startsWith(prefix)) return next();
    router ??= load().then((mount) => {
      const r = express.Router();
      mount(r);
      return r;
    });
    router.then((r) => r(req, res, next), next);
  };
}
