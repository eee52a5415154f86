import type { Request, Response, Router } from 'express';
import { ExportArgumentError, filterOf, kindOf } from '../export/run.ts';
import { asCaller, ExportRefused } from '../export/walk.ts';
import { credentialHeaders } from '../../access/identity.ts';
import { buildCalendar } from './calendar.ts';
import { buildAtom } from './atom.ts';
import { etagOf } from '../etag.ts';
import { buildMatrixCsv } from './matrix-csv.ts';

/**
 * Calendar clients poll hourly: within the hour they keep their copy; after it, an unchanged feed is a 304. A feed
 * asked with credentials may hold restricted records: only the caller's own client may keep it (private), and a
 * shared cache must key it by the credentials (Vary), so it is never served to a lesser caller.
 */
const cacheControlOf = (req: Request) =>
  Object.keys(credentialHeaders(req.headers)).length > 0 ? 'private, max-age=3600' : 'public, max-age=3600';

interface Built {
  body: string;
  lastModified: Date | null;
}

/**
 * Sends a feed with ETag, Last-Modified and Cache-Control, and answers 304 when the client's copy is current
 * (If-None-Match first, then If-Modified-Since, as RFC 9110 orders them). The sources are read through the hub's
 * caches, so a poll while nothing changed costs them nothing.
 */
function sendFeed(req: Request, res: Response, contentType: string, feed: Built): void {
  const etag = etagOf(feed.body);
  res.setHeader('etag', etag);
  res.setHeader('cache-control', cacheControlOf(req));
  res.setHeader('vary', 'authorization, x-api-key');
  if (feed.lastModified) res.setHeader('last-modified', feed.lastModified.toUTCString());
  const ifNoneMatch = req.headers['if-none-match'];
  const ifModifiedSince = Date.parse(req.headers['if-modified-since'] ?? '');
  const current =
    ifNoneMatch !== undefined
      ? ifNoneMatch
          .split(',')
          .map((t) => t.trim().replace(/^W\//, ''))
          .some((t) => t === etag || t === '*')
      : Boolean(feed.lastModified) &&
        !Number.isNaN(ifModifiedSince) &&
        Math.floor(feed.lastModified!.getTime() / 1000) <= ifModifiedSince / 1000;
  if (current) {
    res.status(304).end();
    return;
  }
  res.status(200).type(contentType).send(feed.body);
}

/** A feed that cannot be built: a refused filter is a 400 with the API's reason, anything else a plain 502. */
function sendFailure(res: Response, err: unknown): void {
  const known = err instanceof ExportArgumentError || err instanceof ExportRefused;
  res.status(known ? 400 : 502).json({
    errors: [
      {
        message: known ? (err as Error).message : 'The feed could not be built.',
        extensions: { code: known ? 'BAD_USER_INPUT' : 'RH_FEED_FAILED' },
      },
    ],
  });
}

/**
 * GET /feeds/visits.ics, /feeds/calendar.ics (visits and review sessions) and /feeds/new.atom, filterable by
 * country, mechanism, system (and, for the Atom feed, kind and any list filter: from, to, since, text), and
 * /feeds/matrix.csv?country=SVN (the recommendations matrix; system, mechanism, theme, from, to, since, text narrow it). Each reads the
 * gateway's own public API as the caller, so every limit and access rule a client has applies to it too.
 */
export function mountFeeds(app: Router, graphqlUrlOf: () => string): void {
  const query = (req: Request) => req.query as Record<string, string | string[]>;
  const calendar = (withReviews: boolean, name: string) => async (req: Request, res: Response) => {
    try {
      sendFeed(
        req,
        res,
        'text/calendar; charset=utf-8',
        await buildCalendar(asCaller(graphqlUrlOf(), req.headers), filterOf(query(req)), { name, withReviews }),
      );
    } catch (err) {
      sendFailure(res, err);
    }
  };
  app.get('/feeds/visits.ics', calendar(false, 'Rights Hub: country visits'));
  app.get('/feeds/calendar.ics', calendar(true, 'Rights Hub: visits and review sessions'));
  app.get('/feeds/matrix.csv', async (req, res) => {
    try {
      const { country, ...rest } = query(req);
      const feed = await buildMatrixCsv(
        asCaller(graphqlUrlOf(), req.headers),
        Array.isArray(country) ? country[0] : country,
        filterOf(rest),
      );
      sendFeed(req, res, 'text/csv; charset=utf-8; header=present', feed);
    } catch (err) {
      sendFailure(res, err);
    }
  });
  app.get('/feeds/new.atom', async (req, res) => {
    try {
      const kind = kindOf(query(req));
      const origin = `${req.protocol}://${req.get('host')}`;
      const described = Object.entries(filterOf(query(req)))
        .map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(', ') : String(v)}`)
        .join('; ');
      const feed = await buildAtom(asCaller(graphqlUrlOf(), req.headers), kind, filterOf(query(req)), {
        selfUrl: `${origin}${req.originalUrl}`,
        publicGraphqlUrl: `${origin}/graphql`,
        title: `Rights Hub: what's new (${kind}${described ? `; ${described}` : ''})`,
      });
      sendFeed(req, res, 'application/atom+xml; charset=utf-8', feed);
    } catch (err) {
      sendFailure(res, err);
    }
  });
}
