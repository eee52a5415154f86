import type { RequestHandler, Response } from 'express';
import { errorBody } from '../platform/http-surface.ts';
import { ANONYMOUS, type Caller } from './caller.ts';
import { IdentityRefused, type Identity } from './identity.ts';

/**
 * The gateway's door: a request without credentials goes on as PUBLIC; one whose token or API key fails is answered
 * 401 (503 if the issuer's keys cannot be read) in the hub's JSON error shape, never served as PUBLIC instead.
 * The verified caller is kept in res.locals for the routes (the export and feeds query the API as the caller).
 */
export function requireValidIdentity(identity: Identity): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.caller = await identity.callerOf(req.headers);
      next();
    } catch (err) {
      if (!(err instanceof IdentityRefused)) return next(err);
      if (err.status === 401)
        res.setHeader('www-authenticate', `Bearer error="invalid_token", error_description="${err.message.replace(/"/g, "'")}"`);
      res.status(err.status).json(errorBody(err.message, err.code));
    }
  };
}

/** The caller requireValidIdentity verified for this request (ANONYMOUS where it did not run). */
export function callerOfResponse(res: Response): Caller {
  return (res.locals.caller as Caller | undefined) ?? ANONYMOUS;
}
