// Writes src/extract/given_names.txt, the parser's table of English given
// names with their usual gender, from the npm package
// gender-detection-from-name (MIT, Copyright (c) 2019 Davide Violante; its
// English list). Run by `./run lexicon`; a test checks the file's form.
//
// One line per name: the name in lowercase, a tab, `f` or `m`; sorted by
// byte, so the parser binary-searches the text as it is.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const english = require('gender-detection-from-name/names/en.js');

// Two-letter names ("al", "jo") are mostly words or initials in news text;
// past ten letters a name is too rare to be worth its bytes.
const MIN = 3;
const MAX = 10;

const lines = [...english]
  .filter(([name]) => /^[a-z]+$/.test(name) && name.length >= MIN && name.length <= MAX)
  .map(([name, gender]) => `${name}\t${gender === 'female' ? 'f' : 'm'}`)
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

const out = fileURLToPath(new URL('../src/extract/given_names.txt', import.meta.url));
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${out}: ${lines.length} names`);
