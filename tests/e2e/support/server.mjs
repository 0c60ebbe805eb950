// Serves a built dist/ folder over HTTP on a free loopback port, the way a
// static host would: files as they are, with the headers the build's
// `_headers` gives them, index.html for unknown paths, and optionally
// everything under a sub-path (`/quotes/`) as a host would for a site
// deployed with `--public-url`.
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
 */
export async function serve({ dir = path.join(root, 'dist'), prefix = '/', compress = false } = {}) {
  const rules = await headerRules(dir);
  const files = sirv(dir, {
    single: true,
    dev: false,
    etag: true,
    // As a static host would: the build's `_headers`, after sirv's own,
    // matched on the whole path (a sub-path build's rules name it).
    setHeaders: (res, pathname) => {
      const whole = `${prefix}${pathname.slice(1)}`;
      for (const { pattern, headers } of rules) {
        if (!pattern.test(whole)) continue;
        for (const [name, value] of headers) res.setHeader(name, value);
      }
    },
  });
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
