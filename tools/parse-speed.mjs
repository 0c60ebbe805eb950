// The core's parse and index build times, natively and in wasm, as one
// Markdown table: criterion's medians from `cargo bench --bench scale`
// beside those `worker/tests/parse_speed.rs` logged in headless Chromium
// (the file given). `./run bench-scale` runs both, then this.
//
//   node tools/parse-speed.mjs target/scale/wasm-parse.txt

import { existsSync, readFileSync } from 'node:fs';

// Where criterion keeps its results, found as criterion finds it.
const target = process.env.CARGO_TARGET_DIR ?? 'target';
const criterion = process.env.CRITERION_HOME ?? `${target}/criterion`;

/** Criterion's median for `scale/<what>/<n>` in ms, or undefined. */
function native(what, n) {
  const file = `${criterion}/scale/${what}/${n}/new/estimates.json`;
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')).median.point_estimate / 1e6;
}

// Lines `wasm <n> <what>: <ms> ms, median of <runs>`.
const wasm = new Map();
for (const [, n, what, ms] of readFileSync(process.argv[2], 'utf8').matchAll(
  /^wasm (\d+) ([\w-]+): ([\d.]+) ms/gm,
)) {
  wasm.set(`${what} ${n}`, Number(ms));
}

function time(ms) {
  if (ms === undefined) return '–';
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
const ratio = (a, b) => (a === undefined || b === undefined ? '–' : `${(b / a).toFixed(1)}×`);
const quotes = (n) => (n % 1000 === 0 ? `${n / 1000}k` : `${n}`);

const sizes = [...new Set([...wasm.keys()].map((key) => Number(key.split(' ')[1])))];
console.log(
  '| quotes | parse: native / wasm | wasm ÷ native | index build: native / wasm | wasm ÷ native |',
);
console.log('|---|---|---|---|---|');
for (const n of sizes.sort((a, b) => a - b)) {
  const cells = ['parse', 'index-build'].flatMap((what) => {
    const [a, b] = [native(what, n), wasm.get(`${what} ${n}`)];
    return [`${time(a)} / ${time(b)}`, ratio(a, b)];
  });
  console.log(`| ${quotes(n)} | ${cells.join(' | ')} |`);
}
