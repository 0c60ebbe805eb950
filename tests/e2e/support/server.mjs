// Serves a built dist/ folder over HTTP on a free loopback port, the way a
// static host would: files as they are, index.html for unknown paths, and
// optionally everything under a sub-path (`/quotes/`) as a host would
// for a site deployed with `--public-url`.
import http from 'node:http';
import path from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

export const root = path.resolve(import.meta.dirname, '../../..');

/**
 * Starts a server for `dir` at `prefix` and returns `{ url, close }`.
 * The repo's `examples/` (the blog page with embeds) is served at
 * `/examples/`, as a blogger's own site would serve it. `compress` gzips
 * responses as static hosts do, for measurements of what readers download.
 */
export async function serve({ dir = path.join(root, 'dist'), prefix = '/', compress = false } = {}) {
  const files = sirv(dir, { single: true, dev: false, etag: true });
  const examples = sirv(path.join(root, 'examples'), { dev: false });
  const gzip = compress ? compression({ threshold: 0 }) : (_req, _res, next) => next();
  const server = http.createServer((request, response) =>
    gzip(request, response, () => route(request, response)),
  );
  function route(req, res) {
    if (req.url.startsWith('/examples/')) {
      req.url = req.url.slice('/examples'.length);
      examples(req, res, () => res.writeHead(404).end('no such example'));
      return;
    }
    if (!req.url.startsWith(prefix)) {
      res.writeHead(404).end('not here');
      return;
    }
    req.url = `/${req.url.slice(prefix.length)}`;
    files(req, res);
  }
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
