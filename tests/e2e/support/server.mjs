// Serves a built dist/ folder over HTTP on a free loopback port, the way a
// static host would: files as they are, index.html for unknown paths.
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

const root = path.resolve(import.meta.dirname, '../../..');

/** Starts a server for `dir` (default: dist/) and returns `{ url, close }`. */
export async function serve(dir = path.join(root, 'dist')) {
  const files = sirv(dir, { single: true, dev: false, etag: true });
  const server = http.createServer((req, res) => files(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
