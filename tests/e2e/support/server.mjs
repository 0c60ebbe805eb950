// Serves a built dist/ folder over HTTP on a free loopback port, the way a
// static host would: files as they are, with the headers the build's
// `_headers` gives them, index.html for unknown paths, and optionally
// everything under a sub-path (`/quotes/`) as a host would for a site
// deployed with `--public-url`. Every error response is noted in the
// server's `errors`, so a test can check for them in any browser.
import { readFile } from 'node:fs/promises';
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
 * `probe` puts `probe.js` first into the page (see there), for a browser
 * whose driver cannot report the page's errors.
 */
export async function serve({ dir = path.join(root, 'dist'), prefix = '/', compress = false, probe = false } = {}) {
  const rules = await headerRules(dir);
  // As a static host would: the build's `_headers`, after sirv's own,
  // matched on the whole path (a sub-path build's rules name it).
  const setHeaders = (res, pathname) => {
    const whole = `${prefix}${pathname.slice(1)}`;
    for (const { pattern, headers } of rules) {
      if (!pattern.test(whole)) continue;
      for (const [name, value] of headers) res.setHeader(name, value);
    }
  };
  const files = sirv(dir, { single: true, dev: false, etag: true, setHeaders });
  const probed = probe ? await probedFiles(dir, prefix, setHeaders) : null;
  const errors = [];
  const examples = sirv(path.join(root, 'examples'), { dev: false });
  const gzip = compress ? compression({ threshold: 0 }) : (_req, _res, next) => next();
  const server = http.createServer((request, response) => {
    response.on('finish', () => {
      if (response.statusCode >= 400) errors.push(`HTTP ${response.statusCode}: ${request.originalUrl}`);
    });
    request.originalUrl = request.url;
    gzip(request, response, () => route(request, response));
  });
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
    if (!probed?.(req, res)) files(req, res);
  }
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    errors,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

const PROBE = '/e2e-probe.js';

/**
 * The page with `probe.js` as its first script, and the probe itself: a
 * handler that answers the page's paths and the probe's (true), or leaves
 * the request to the static files (false). The page keeps the headers
 * `_headers` gives it, policy included: the probe is a file of the origin.
 */
async function probedFiles(dir, prefix, setHeaders) {
  const script = await readFile(path.join(import.meta.dirname, 'probe.js'));
  const html = (await readFile(path.join(dir, 'index.html'), 'utf8')).replace(
    '<meta charset="utf-8">',
    (charset) => `${charset}<script src="${prefix}${PROBE.slice(1)}"></script>`,
  );
  if (!html.includes(PROBE)) throw new Error('no <meta charset="utf-8"> in index.html to put the probe after');
  return (req, res) => {
    const { pathname } = new URL(req.url, 'http://host');
    const [type, body] =
      pathname === PROBE
        ? ['text/javascript', script]
        : pathname === '/index.html' || !path.extname(pathname)
          ? ['text/html; charset=utf-8', html]
          : [];
    if (!body) return false;
    setHeaders(res, pathname);
    res.setHeader('Content-Type', type);
    res.end(body);
    return true;
  };
}

/**
 * The rules of `dir/_headers`, if the build has one, in the format
 * Netlify and Cloudflare Pages read: a path (`*` matches any characters),
 * then its headers indented below it, one `Name: value` a line.
 */
export async function headerRules(dir) {
  const text = await readFile(path.join(dir, '_headers'), 'utf8').catch(() => '');
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const at = line.indexOf(':');
    if (at < 0 || !rules.length) throw new Error(`_headers: cannot read ${JSON.stringify(line)}`);
    rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}
