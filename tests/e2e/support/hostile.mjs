// Hostile links for the explorer, generated from a seed so that a failure
// can be replayed: each holds at least one value the page must drop, among
// noise. (No raw `#` in the query: it would start the fragment and hide
// the rest.) Used by hostile.test.mjs (500 in Chromium) and
// engines.test.mjs (a few in each engine).

/** A small seeded generator (mulberry32), so a failure can be replayed. */
export function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (xs) => xs[int(xs.length)];
  const junk = (max) =>
    Array.from({ length: int(max) }, () =>
      pick(['a', 'Z', '9', '-', '_', '.', '%', '%2', '%ZZ', '%E0%A4', '%00', '+', ',', '<', '>', '"', "'",
        '%3Cscript%3E', 'é', '日', '🙂', '\u202e', '&', '=', '/', '\\', ' ']),
    ).join('');
  return { int, pick, junk };
}

/** One link: noise around at least one value the decoder must drop. */
export function hostileLink(rng, i) {
  const { int, pick, junk } = rng;
  const word = () => Array.from({ length: 1 + int(12) }, () => pick('abcdefghijklmnopqrstuvwxyz-'.split(''))).join('');
  const dropped = pick([
    () => `speaker=zz${word()}`,
    () => `theme=zz${word()}`,
    () => `kind=zz${word()}`,
    () => `view=zz${word()}`,
    () => `quote=zz${word()}`,
    () => `q=${encodeURIComponent('<b>')}${word()}`,
    () => `q=${'x'.repeat(201 + int(3000))}`,
    () => `${pick(['speaker', 'theme', 'kind', 'q', 'view'])}=%${pick(['ZZ', 'G1', '', 'E0%A4', 'FF'])}`,
    () => `#a=${junk(60).replace(/#/g, '')}x`,
  ])();
  const noise = Array.from({ length: int(6) }, () =>
    pick([
      () => `${pick(['speaker', 'theme', 'kind', 'q', 'view', 'quote', 'embed', 'controls', 'theme'])}=${junk(20)}`,
      () => `${junk(8)}=${junk(30)}`,
      () => pick(['speaker=mikey-madison', 'theme=tears', 'kind=phrase', 'view=article', 'embed=1', 'controls=0', 'theme=dark']),
      () => pick(['', '&&', '=', '==', '?', 'speaker', 'speaker=,,,', 'q=']),
    ])(),
  );
  const [query, hash] = dropped.startsWith('#') ? [noise, dropped] : [[...noise, dropped], ''];
  // A nonce, ignored by the page, makes every link a fresh page load.
  query.splice(int(query.length + 1), 0, `n=${i}`);
  return `?${query.join('&')}${hash}`;
}
