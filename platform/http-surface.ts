import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';

/**
 * The HTTP surface every hub server shares (the gateway, the registry, each system subgraph): whatever fails
 * before GraphQL runs (a body that is not JSON, too large, in another charset or encoding, the wrong content
 * type, an unknown path) is answered as a GraphQL-over-HTTP error in JSON, never Express's HTML page, and
 * never with a stack or a file path, whatever NODE_ENV says.
 */

/** The one error shape: { errors: [{ message, extensions: { code } }] }. */
export function errorBody(message: string, code: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}

/** An express app without `x-powered-by`. */
export function hubApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  return app;
}

const JSON_TYPE = /^application\/(graphql-response\+)?json\s*(;|$)/i;
/** A declared charset other than UTF-8 (the only one GraphQL over HTTP allows for JSON). */
const OTHER_CHARSET = /;\s*charset\s*=\s*"?(?!utf-?8"?\s*(;|$))/i;

/** POST /graphql: JSON only (415 otherwise), parsed with `limit` bytes at most; errors go to jsonErrors. */
export function graphqlJsonBody(limit: string): RequestHandler[] {
  const requireJson: RequestHandler = (req, res, next) => {
    const type = req.headers['content-type'] ?? '';
    if (req.method !== 'POST' || (JSON_TYPE.test(type) && !OTHER_CHARSET.test(type))) return next();
    res.status(415).json(errorBody('A GraphQL POST must have content-type: application/json in UTF-8.', 'RH_HTTP_UNSUPPORTED_MEDIA_TYPE'));
  };
  return [requireJson, express.json({ limit, type: () => true })];
}

/** body-parser's error types, as the hub's statuses, codes and messages. */
const BODY_ERRORS: Record<string, { status: number; code: string; message: (limit: string) => string }> = {
  'entity.parse.failed': {
    status: 400,
    code: 'RH_HTTP_BAD_JSON',
    message: () => 'The request body is not a JSON object: send {"query": "...", "variables": {...}}.',
  },
  'entity.too.large': {
    status: 413,
    code: 'RH_HTTP_BODY_TOO_LARGE',
    message: (limit) => `The request body is over the limit of ${limit}.`,
  },
  'charset.unsupported': { status: 415, code: 'RH_HTTP_UNSUPPORTED_MEDIA_TYPE', message: () => 'The request body must be UTF-8 JSON.' },
  'encoding.unsupported': {
    status: 415,
    code: 'RH_HTTP_UNSUPPORTED_MEDIA_TYPE',
    message: () => "The request body's content-encoding is not supported (use identity, gzip, deflate or br).",
  },
  'request.aborted': { status: 400, code: 'RH_HTTP_BAD_REQUEST', message: () => 'The request body was not received whole.' },
  'request.size.invalid': {
    status: 400,
    code: 'RH_HTTP_BAD_REQUEST',
    message: () => 'The request body does not match its content-length.',
  },
};

/** The last handlers of an app: unknown paths as a JSON 404, and every error as JSON without its stack. */
export function jsonErrors(bodyLimit: string): [RequestHandler, ErrorRequestHandler] {
  const notFound: RequestHandler = (req, res) => {
    res
      .status(404)
      .json(errorBody(`Nothing is served at ${req.method} ${req.path.slice(0, 60)}; GraphQL is at POST /graphql.`, 'RH_HTTP_NOT_FOUND'));
  };
  const onError: ErrorRequestHandler = (err: { type?: string; status?: number }, _req, res, next) => {
    if (res.headersSent) return next(err);
    const known = err.type ? BODY_ERRORS[err.type] : undefined;
    if (known) return void res.status(known.status).json(errorBody(known.message(bodyLimit), known.code));
    const clientError = err.status !== undefined && err.status >= 400 && err.status < 500;
    res
      .status(clientError ? err.status! : 500)
      .json(
        clientError
          ? errorBody('The request could not be read.', 'RH_HTTP_BAD_REQUEST')
          : errorBody('The server failed on this request.', 'INTERNAL_SERVER_ERROR'),
      );
  };
  return [notFound, onError];
}
