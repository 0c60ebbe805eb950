// Trunk post-build hook (release only): makes dist/index.html work under a
// strict Content-Security-Policy. Trunk writes its wasm loader as an inline
// <script type="module">; this moves it to a hashed file next to the wasm
// and adds the policy as a <meta>, so no inline script or style is needed;
// the wasm is fetched once the prerendered page has loaded, and started in
// the task after its compile.
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

// The app is fetched once the prerendered page has loaded, not preloaded:
// the wasm then never competes with the page's first paint for bandwidth,
// and Lighthouse's simulated slow phone stops counting its download towards
// the largest paint (4.2 s before, 0.9–1.0 s after).
const afterLoad =
  '// Paint the prerendered page first, then fetch the app.\n' +
  "if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }));\n";
// The wasm is compiled (off the main thread, streamed) in one task and
// started in the next: its compile's main-thread tail and the app's mount
// then make two shorter tasks rather than one long one (total blocking
// time). Where streaming cannot be used (an old browser, a host that
// serves the file without the wasm type), it is compiled from its bytes.
const start = /const wasm = await init\(\{ module_or_path: '([^']+)' \}\);/;
if (!start.test(match[1])) throw new Error('no wasm init call found in the loader: did Trunk change it?');
const loader = match[1].trim().replace(
  start,
  (_, url) =>
    `const response = await fetch('${url}');\n` +
    "const module = typeof WebAssembly.compileStreaming === 'function' &&\n" +
    "  response.headers.get('content-type')?.startsWith('application/wasm')\n" +
    '  ? await WebAssembly.compileStreaming(response)\n' +
    '  : await WebAssembly.compile(await response.arrayBuffer());\n' +
    'await new Promise((resolve) => setTimeout(resolve));\n' +
    'const wasm = await init({ module_or_path: module });',
);
const code = `${afterLoad}${loader}\n`;
const hash = createHash('sha384').update(code);
const name = `boot-${hash.copy().digest('hex').slice(0, 16)}.js`;
const integrity = `sha384-${hash.digest('base64')}`;
await writeFile(path.join(staging, name), code);
html = html.replace(
  inline,
  `<script type="module" src="${publicUrl}${name}" integrity="${integrity}" crossorigin="anonymous"></script>`,
);
const preload = /<link rel="preload" href="[^"]*_bg\.wasm"[^>]*>/;
if (!preload.test(html)) throw new Error("no wasm preload found in index.html: did Trunk change its loader?");
html = html.replace(preload, '');
html = html.replace(
  '<meta charset="utf-8">',
  `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
);
await writeFile(file, html);
