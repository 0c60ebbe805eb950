// Trunk post-build hook (release only): makes dist/index.html work under a
// strict Content-Security-Policy. Trunk writes its wasm loader as an inline
// <script type="module">; this moves it to a hashed file next to the wasm
// and adds the policy as a <meta>, so no inline script or style is needed.
// Dev builds (`./run serve`) keep Trunk's inline reload script untouched.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const staging = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
if (!staging) throw new Error('harden.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');

const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
const file = path.join(staging, 'index.html');
let html = await readFile(file, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error('no inline module script found in index.html: did Trunk change its loader?');

const code = `${match[1].trim()}\n`;
const hash = createHash('sha384').update(code);
const name = `boot-${hash.copy().digest('hex').slice(0, 16)}.js`;
const integrity = `sha384-${hash.digest('base64')}`;
await writeFile(path.join(staging, name), code);
html = html.replace(
  inline,
  `<script type="module" src="${publicUrl}${name}" integrity="${integrity}" crossorigin="anonymous"></script>`,
);
html = html.replace(
  '<meta charset="utf-8">',
  `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
);
await writeFile(file, html);
