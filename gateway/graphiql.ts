import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Request, RequestHandler, Response } from 'express';
import { DEFAULT_QUERY, EXAMPLE_TABS } from './default-query.ts';
import { etagOf } from './etag.ts';

/**
 * GraphiQL from @graphql-yoga/render-graphiql's own bundle (no CDN, works offline), built once per process on the
 * first request and kept compressed. renderGraphiQL inlines its 9 MB of script and style into every page; here the
 * same pieces are split into a small page (ETag, revalidated on each visit, so new example tabs show at once) and
 * assets named by their content hash (cached for a year, immutable), each sent as brotli or gzip as the browser accepts.
 */

/** One response body in each encoding, with its ETag. */
interface Variant {
  type: string;
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

function variant(type: string, content: string | Buffer): Variant {
  const identity = Buffer.from(content);
  return {
    type,
    etag: etagOf(identity),
    identity,
    gzip: gzipSync(identity, { level: 9 }),
    // Quality 7: within 2 % of quality 9's size on the bundle, in half its time (about 2 s, once per process).
    br: brotliCompressSync(identity, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 7, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length },
    }),
  };
}

export const GRAPHIQL_ASSETS = '/graphiql';

interface Built {
  page: Variant;
  assets: Map<string, Variant>;
}

async function build(): Promise<Built> {
  const { css, js, favicon, editorWorkerService, jsonWorker, graphqlWorker } = await import('@graphql-yoga/render-graphiql/graphiql');
  // The bundle and the workers it starts from Blob URLs, as renderGraphiQL's page sets them up.
  const script = variant(
    'text/javascript',
    `(() => {
  const blobUrl = (content) => URL.createObjectURL(new Blob([content], { type: 'application/javascript' }));
  const workers = { editorWorkerService: blobUrl(${JSON.stringify(editorWorkerService)}), json: blobUrl(${JSON.stringify(jsonWorker)}), graphql: blobUrl(${JSON.stringify(graphqlWorker)}) };
  self['MonacoEnvironment'] = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] };
})();
${js};`,
  );
  const style = variant('text/css', css);
  // The icon, a 150 kB data: URL in the package, as a file of its own.
  const [, iconType, iconBase64] = /^data:([^;]+);base64,(.*)$/s.exec(favicon)!;
  const icon = variant(iconType, Buffer.from(iconBase64, 'base64'));
  const pathOf = (v: Variant, extension: string) => `${GRAPHIQL_ASSETS}/${v.etag.slice(1, -1)}.${extension}`;
  const [scriptPath, stylePath, iconPath] = [pathOf(script, 'js'), pathOf(style, 'css'), pathOf(icon, 'ico')];
  const options = { endpoint: '/graphql', title: 'Rights Hub', defaultQuery: DEFAULT_QUERY, defaultTabs: EXAMPLE_TABS };
  const page = variant(
    'text/html; charset=utf-8',
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${options.title}</title>
    <link rel="icon" href="${iconPath}" />
    <link rel="stylesheet" href="${stylePath}" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script src="${scriptPath}"></script>
    <script>YogaGraphiQL.renderYogaGraphiQL(window.document.querySelector('#root'), ${JSON.stringify(options).replace(/</g, '\\u003c')});</script>
  </body>
</html>
`,
  );
  return {
    page,
    assets: new Map([
      [scriptPath, script],
      [stylePath, style],
      [iconPath, icon],
    ]),
  };
}

/** Sends a variant in the encoding the client prefers, or 304 when its copy is current. */
function send(req: Request, res: Response, v: Variant, cacheControl: string): void {
  res.set({ 'content-type': v.type, etag: v.etag, 'cache-control': cacheControl, vary: 'Accept-Encoding' });
  if (req.fresh) return void res.status(304).end();
  // The server's preference, brotli first, among what the client accepts (its own order does not count).
  const encoding = (['br', 'gzip'] as const).find((e) => req.acceptsEncodings(e) === e);
  if (encoding) res.set('content-encoding', encoding);
  res.end(encoding ? v[encoding] : v.identity);
}

/** The page and its assets, built on first use and shared by every request after. */
export function graphiql(): { page: RequestHandler; assets: RequestHandler } {
  let built: Promise<Built> | undefined;
  const once = () => (built ??= build());
  return {
    page: (req, res, next) => {
      once().then((b) => send(req, res, b.page, 'no-cache'), next);
    },
    assets: (req, res, next) => {
      once().then((b) => {
        const asset = b.assets.get(`${GRAPHIQL_ASSETS}${req.path}`);
        if (!asset) return next();
        send(req, res, asset, 'public, max-age=31536000, immutable');
      }, next);
    },
  };
}
