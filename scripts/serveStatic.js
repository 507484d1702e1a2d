// A small static file server for the built app (build/): correct MIME types (application/wasm
// for compileStreaming), no caching surprises for the service worker, 404.html as the SPA
// fallback. Used by `npm start` and the Playwright journeys.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1:`port` (0 = any free port). Resolves to the server and its URL.
 * `routes` maps extra paths to generated content (e.g. `/chain.json`, the runtime config).
 * @param {{ root: string, port?: number, host?: string, routes?: Record<string, () => string> }} options
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function serveStatic({ root, port = 0, host = '127.0.0.1', routes = {} }) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes[path];
    if (route) {
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'text/plain',
        'cache-control': 'no-store',
      });
      res.end(route());
      return;
    }
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    let status = 200;
    if (!existsSync(file)) {
      file = join(base, '404.html');
      status = 404;
      if (!existsSync(file)) {
        res.writeHead(404).end('not found');
        return;
      }
    }
    res.writeHead(status, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      const p = typeof address === 'object' && address ? address.port : port;
      ok({ server, url: `http://${host}:${p}/` });
    });
  });
}
