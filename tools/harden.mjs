// Trunk post-build hook (release only): makes dist/index.html work under a
// strict Content-Security-Policy. Trunk writes its wasm loader as an inline
// <script type="module">; this moves it to a hashed file next to the wasm
// and adds the policy as a <meta>, so no inline script or style is needed;
// the wasm is fetched once the prerendered page has loaded, and started in
// the task after its compile. It also gives the worker's files hashed
// names (the second bundle's too), minifies the stylesheet and the
// bundles' JavaScript glue, and writes `_headers` for hosts.
// Dev builds (`./run serve`) keep Trunk's inline reload script untouched.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { transform } from 'lightningcss';
import { minify } from 'terser';

export const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * A file's name by its content, as Trunk names its own (`base-` and 16 hex
 * digits of its SHA-384), and its subresource integrity.
 */
function named(base, ext, bytes) {
  const hash = createHash('sha384').update(bytes);
  return {
    name: `${base}-${hash.copy().digest('hex').slice(0, 16)}${ext}`,
    integrity: `sha384-${hash.digest('base64')}`,
  };
}

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
const glued = await minifyGlue(html, loader);
html = glued.html;
const code = `${afterLoad}${glued.loader}\n`;
const { name, integrity } = named('boot', '.js', code);
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
html = await hashBundle(html, 'quotes-worker', false);
html = await hashBundle(html, 'quotes-extra', true);
html = await minifyStyle(html);
await writeFile(file, html);
await writeHeaders();

/**
 * Minifies the stylesheet with lightningcss (Trunk's own `minify` would
 * rewrite index.html too, under these hooks): a fifth of its gzipped
 * size is comments and spaces. No targets, so nothing is rewritten for
 * older browsers. Its name and integrity follow its new content.
 */
async function minifyStyle(html) {
  const link = /<link rel="stylesheet" href="([^"]*?)(main-[0-9a-f]{8,16})\.css" integrity="[^"]+"\/?>/;
  const match = html.match(link);
  if (!match) throw new Error('no stylesheet link found in index.html: did Trunk change it?');
  const [, prefix, base] = match;
  const from = path.join(staging, `${base}.css`);
  const code = minifyCss(await readFile(from), base);
  const { name, integrity } = named('main', '.css', code);
  await writeFile(path.join(staging, name), code);
  if (name !== `${base}.css`) await rm(from);
  return html.replace(
    link,
    `<link rel="stylesheet" href="${prefix}${name}" integrity="${integrity}"/>`,
  );
}

/** A stylesheet minified by lightningcss, as it is, for any browser. */
function minifyCss(code, base) {
  return transform({ filename: `${base}.css`, code, minify: true }).code;
}

/**
 * Writes `_headers` (the format Netlify and Cloudflare Pages read; the
 * README has the same for nginx): the policy as a real header too, no
 * MIME sniffing, origin-only referrers, files named by their content
 * cached for a year, and the rest (index.html, embed.js, robots.txt)
 * revalidated on every load, so a redeploy reaches readers at once. No
 * header forbids framing: blogs embed the page.
 */
async function writeHeaders() {
  // Trunk writes its 64-bit hash without leading zeros: up to 16 digits.
  const hashed = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|svg)$/;
  const files = (await readdir(staging)).filter((name) => hashed.test(name)).sort();
  const rule = (pathname, ...headers) => [`${publicUrl}${pathname}`, ...headers.map((h) => `  ${h}`)].join('\n');
  const rules = [
    rule(
      '*',
      `Content-Security-Policy: ${POLICY}`,
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
    ),
    ...['', 'index.html', 'embed.js', 'robots.txt'].map((name) => rule(name, 'Cache-Control: no-cache')),
    ...files.map((name) =>
      rule(
        name,
        'Cache-Control: public, max-age=31536000, immutable',
        ...(name.endsWith('.wasm') ? ['Content-Type: application/wasm'] : []),
      ),
    ),
    // A big collection's files, each named by a hash of its contents.
    ...(existsSync(path.join(staging, 'shards'))
      ? [rule('shards/*', 'Cache-Control: public, max-age=31536000, immutable')]
      : []),
  ];
  await writeFile(path.join(staging, '_headers'), `${rules.join('\n')}\n`);
}

/**
 * Minifies the page's wasm-bindgen glue, which the `loader` code imports,
 * under a new content-hashed name: `html` and `loader` with its preload
 * and its import following the new name.
 */
async function minifyGlue(html, loader) {
  const imported = /from '([^']*\/)(quotes-web-[0-9a-f]{8,16})\.js'/;
  const match = loader.match(imported);
  if (!match) throw new Error("no import of the page's glue found in the loader: did Trunk change it?");
  const [, prefix, base] = match;
  const preload = new RegExp(`<link rel="modulepreload" href="${prefix}${base}\\.js" crossorigin="anonymous" integrity="[^"]+">`);
  if (!preload.test(html)) throw new Error("no preload of the page's glue found in index.html: did Trunk change it?");
  const glue = await rename(`${base}.js`, 'quotes-web', '.js', (bytes) => minifyScript(bytes, true));
  return {
    html: html.replace(
      preload,
      `<link rel="modulepreload" href="${prefix}${glue.name}" crossorigin="anonymous" integrity="${glue.integrity}">`,
    ),
    loader: loader.replace(imported, `from '${prefix}${glue.name}'`),
  };
}

/**
 * wasm-bindgen's glue, minified by terser: it is written to be read, with
 * its doc comments and long names, and minified it is a quarter smaller
 * gzipped (the page's 9.2 KB -> 7.0 KB). A `module` keeps its exports; a
 * classic script (the worker's) keeps its global names.
 */
async function minifyScript(bytes, module) {
  const { code } = await minify(bytes.toString('utf8'), { module, ecma: 2020 });
  return Buffer.from(code);
}

/**
 * Moves `from` in dist/ to its content-hashed name (after `transform`):
 * that name and the integrity of its bytes.
 */
async function rename(from, base, ext, transform = (bytes) => bytes) {
  const bytes = await transform(await readFile(path.join(staging, from)));
  const to = named(base, ext, bytes);
  await writeFile(path.join(staging, to.name), bytes);
  await rm(path.join(staging, from));
  return to;
}

/**
 * Gives a bundle's files (Trunk's glue and wasm, which it names without a
 * hash, and our loader that names them: `public/quotes-worker-loader.js`
 * for the article reader, `public/quotes-extra-loader.js` for the second
 * bundle, web/src/extra.rs) content-hashed names, like every other file
 * the page loads, so that a redeploy never pairs a cached bundle with a
 * new page; the page finds the loader in a `<meta name="BASE">`. The glue
 * is minified, as an ES `module` or a classic script (the worker's).
 */
async function hashBundle(html, base, module) {
  const files = [
    [`${base}.js`, (await rename(`${base}.js`, base, '.js', (bytes) => minifyScript(bytes, module))).name],
    [`${base}_bg.wasm`, (await rename(`${base}_bg.wasm`, base, '_bg.wasm')).name],
  ];
  // Its own stylesheet, if it has one (style/quotes-extra.css).
  if ((await readdir(staging)).includes(`${base}.css`)) {
    files.push([`${base}.css`, (await rename(`${base}.css`, base, '.css', (code) => minifyCss(code, base))).name]);
  }
  const loader = await rename(`${base}-loader.js`, `${base}-loader`, '.js', (bytes) => {
    let text = bytes.toString('utf8');
    for (const [name, hashed] of files) {
      if (!text.includes(`'./${name}'`)) throw new Error(`the ${base} loader no longer names ./${name}`);
      text = text.replace(`'./${name}'`, `'./${hashed}'`);
    }
    return Buffer.from(text);
  });
  return html.replace(
    '<meta charset="utf-8">',
    `<meta charset="utf-8">\n  <meta name="${base}" content="${loader.name}">`,
  );
}
